package app.rapport.demo;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.matrix.Cooperation;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.matrix.CooperationService;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places some of the demo's organisations on the cooperation matrix, so the Matrix area has
 * something to show: about one in three, spread over the four quadrants, the same for the same seed.
 */
public final class DemoMatrix {
    private static final List<String> MUTUAL = List.of("", "Yes, both sides asked for the pilot.",
            "Not yet: they buy, we deliver.", "They keep inviting us; we have not answered.");
    private static final List<String> ASSETS = List.of("", "Our know-how in their market; introductions.",
            "Shared events and our client community.", "Case studies and a joint newsletter.");
    private static final List<String> CREDIBLE = List.of("", "Yes: five years of work together.",
            "Too early to say.", "They see us as a supplier, not yet a partner.");

    private DemoMatrix() {
    }

    /** @return how many organisations were placed */
    public static int fill(ContactService contacts, CooperationService cooperation, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5EED_003L);
        long[] organisations = contacts.search(ContactQuery.ALL.withKind(ContactKind.ORGANISATION));
        int placed = 0;
        for (long id : organisations) {
            if (rng.nextInt(3) != 0) {
                continue;
            }
            int ours = rng.nextInt(11);
            int theirs = Math.max(0, Math.min(10, ours + rng.nextInt(-4, 5)));
            if (rng.nextBoolean()) {
                theirs = rng.nextInt(11);
            }
            int note = rng.nextInt(MUTUAL.size());
            if (cooperation.save(new Cooperation(id, ours, theirs, MUTUAL.get(note), ASSETS.get(note),
                    CREDIBLE.get(note))).ok()) {
                placed++;
            }
        }
        return placed;
    }
}
