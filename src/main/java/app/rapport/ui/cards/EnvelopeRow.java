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

    /** The day of the envelope's status (sent, received, returned), or null while it is planned. */
    public java.time.LocalDate statusDay() {
        return switch (envelope.status()) {
            case SENT -> envelope.sentOn();
            case RECEIVED -> envelope.receivedOn();
            case RETURNED -> envelope.returnedOn();
            case PLANNED -> null;
        };
    }

    /** "'24 → · '25 ⇄ · '26 ←": sent, both, received; a dash for neither. */
    public String historyMarks() {
        StringBuilder sb = new StringBuilder();
        for (CardYear y : years) {
            if (sb.length() > 0) {
                sb.append("  ");
            }
            String mark = y.sent() && y.received() ? "\u21c4" : y.sent() ? "\u2192" : y.received() ? "\u2190" : "\u2013";
            sb.append(y.year() % 100 < 10 ? "'0" : "'").append(y.year() % 100).append(' ').append(mark);
        }
        return sb.toString();
    }

    /** The addressee, with how many live at the address when it is a household: "Anna and Boris Ivanov  (2)". */
    public String addresseeShown() {
        return envelope.addressee() + (envelope.isHousehold() ? "  (" + envelope.recipients().size() + ")" : "");
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
