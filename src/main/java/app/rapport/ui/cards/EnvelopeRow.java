package app.rapport.ui.cards;

import app.rapport.domain.cards.CardHistory;
import app.rapport.domain.cards.CardYear;
import app.rapport.domain.cards.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of the envelope table: the envelope and its recipients' cards over the last three years,
 * merged (a household's card is one card).
 */
public record EnvelopeRow(Envelope envelope, List<CardYear> years, boolean neverSendsBack) {
    public EnvelopeRow {
        years = List.copyOf(years);
    }

    public long id() {
        return envelope.id();
    }

    static EnvelopeRow of(Envelope envelope, Map<Long, CardHistory> histories) {
        List<CardYear> merged = new ArrayList<>();
        boolean anyReceived = false;
        boolean neverBack = !envelope.recipients().isEmpty();
        for (var r : envelope.recipients()) {
            CardHistory h = histories.get(r.contactId());
            if (h == null) {
                neverBack = false;
                continue;
            }
            anyReceived |= h.sendsBack();
            neverBack &= h.neverSendsBack();
            for (int i = 0; i < h.years().size(); i++) {
                CardYear y = h.years().get(i);
                if (merged.size() <= i) {
                    merged.add(y);
                } else {
                    CardYear m = merged.get(i);
                    merged.set(i, new CardYear(m.year(), m.sent() || y.sent(), m.received() || y.received()));
                }
            }
        }
        return new EnvelopeRow(envelope, merged, neverBack && !anyReceived);
    }
}
