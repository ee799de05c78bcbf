package app.rapport.domain.ledger;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reciprocity ledger with one contact, from their interactions. Only favours, introductions,
 * referrals and gifts count; GIVEN is what I gave them, RECEIVED what they gave me, MUTUAL counts for
 * neither side. Entries after {@code today} (planned ones) are left out. "Received since last gave"
 * counts what they gave me after the latest thing I gave them, or everything they gave when I never did.
 */
public final class LedgerRules {
    /** The kinds the ledger counts, in the order it shows them. */
    public static final List<InteractionType> KINDS = List.of(InteractionType.FAVOUR, InteractionType.INTRODUCTION,
            InteractionType.REFERRAL, InteractionType.GIFT);

    private LedgerRules() {
    }

    public static LedgerBalance balance(long contactId, List<LedgerEntry> entries, LocalDate today) {
        List<LedgerEntry> counted = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (e.type().isLedger() && !e.occurredAt().toLocalDate().isAfter(today)) {
                counted.add(e);
            }
        }
        counted.sort(Comparator.comparing(LedgerEntry::occurredAt).reversed());
        List<LedgerLine> lines = new ArrayList<>();
        int given = 0;
        int received = 0;
        for (InteractionType kind : KINDS) {
            int g = 0;
            int r = 0;
            for (LedgerEntry e : counted) {
                if (e.type() == kind) {
                    g += e.direction() == Direction.GIVEN ? 1 : 0;
                    r += e.direction() == Direction.RECEIVED ? 1 : 0;
                }
            }
            lines.add(new LedgerLine(kind, g, r));
            given += g;
            received += r;
        }
        int sinceLastGave = 0;
        for (LedgerEntry e : counted) { // newest first
            if (e.direction() == Direction.GIVEN) {
                break;
            }
            sinceLastGave += e.direction() == Direction.RECEIVED ? 1 : 0;
        }
        return new LedgerBalance(contactId, lines, given, received, sinceLastGave, counted);
    }
}
