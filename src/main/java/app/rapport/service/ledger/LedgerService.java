package app.rapport.service.ledger;

import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.domain.ledger.LedgerOverview;
import app.rapport.domain.ledger.LedgerRules;
import app.rapport.service.interactions.InteractionRepository;
import java.time.LocalDate;

/** The reciprocity ledger: per contact, and over all contacts. Blocking calls. */
public class LedgerService {
    /** "In the last 12 months" (the card playbook, step 2). */
    public static final int REFERRAL_MONTHS = 12;

    private final InteractionRepository repository;

    public LedgerService(InteractionRepository repository) {
        this.repository = repository;
    }

    public LedgerBalance balance(long contactId, LocalDate today) {
        return LedgerRules.balance(contactId, repository.ledgerEntries(contactId), today);
    }

    /** Each list holds at most {@code limit} rows. */
    public LedgerOverview overview(LocalDate today, int limit) {
        return new LedgerOverview(repository.referredMeSince(today.minusMonths(REFERRAL_MONTHS), limit),
                repository.oweMost(limit), repository.receivedWithoutGiving(limit));
    }
}
