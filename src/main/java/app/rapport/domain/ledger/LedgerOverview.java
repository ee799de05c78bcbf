package app.rapport.domain.ledger;

import java.util.List;

/**
 * The ledger over all contacts. {@code referredMe}: who referred business to me in the last 12 months
 * ({@code received} = referrals, most first). {@code iOweMost}: received minus given, largest first.
 * {@code receivedWithoutGiving}: contacts I gave to who never gave back ({@code given}, most first).
 */
public record LedgerOverview(List<LedgerRow> referredMe, List<LedgerRow> iOweMost, List<LedgerRow> receivedWithoutGiving) {
    public LedgerOverview {
        referredMe = List.copyOf(referredMe);
        iOweMost = List.copyOf(iOweMost);
        receivedWithoutGiving = List.copyOf(receivedWithoutGiving);
    }
}
