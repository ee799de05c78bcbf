package app.rapport.demo;

import app.rapport.domain.Contact;
import app.rapport.domain.NetworkBatch;
import app.rapport.service.ContactRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A synthetic but believable network for demos, screenshots and load tests: people and
 * organisations from several cultures (English, German, Russian in Cyrillic, Thai in Thai script,
 * French, Spanish, Japanese, Turkish), grouped in communities that share a city, an industry and
 * a conference. Every address, number and domain is fictional (.example, .test, numbers from
 * ranges reserved for fiction where a country has one), and everything passes the validation the
 * app applies on save.
 *
 * <p>The same arguments always give the same contacts: there is no wall clock and no shared
 * random state. Organisations come first in the list, then people.
 *
 * <p>Ties, relationships (some with cadences, a few flagged), tag cadences and three years of
 * interactions come from {@link NetworkFactory}: {@link DemoPlan} knows each person's community and
 * employer from (seed, index) alone, and a contact only ties to contacts before it in the list.
 */
public final class DemoNetwork {
    /** Contacts written per transaction by {@link #fill}; big enough to be fast, small enough to cancel promptly. */
    public static final int CHUNK = 2_000;
    /** The instant the default network's dates are relative to. */
    public static final Instant REFERENCE = Instant.parse("2026-11-01T09:00:00Z");

    private final DemoPlan plan;
    private final PersonFactory people;
    private final NetworkFactory relations;
    private final int peopleCount;
    private int next;

    private DemoNetwork(int peopleCount, int organisationCount, long seed, Instant reference) {
        if (peopleCount < 0 || organisationCount < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + peopleCount + ", " + organisationCount);
        }
        this.plan = new DemoPlan(organisationCount, seed, reference);
        this.people = new PersonFactory(plan, seed, reference);
        this.relations = new NetworkFactory(plan, seed, reference);
        this.peopleCount = peopleCount;
    }

    /** The network with dates relative to {@link #REFERENCE}. */
    public static List<Contact> generate(int people, int orgs, long seed) {
        return generate(people, orgs, seed, REFERENCE);
    }

    /** The network with creation and change dates spread over the three years before {@code reference}. */
    public static List<Contact> generate(int people, int orgs, long seed, Instant reference) {
        DemoNetwork network = new DemoNetwork(people, orgs, seed, reference);
        return network.take(network.total()).stream().map(network.relations::spoken).toList();
    }

    /**
     * The ties, relationships, tag cadences and interactions of the network {@link #generate} makes,
     * for its contacts written to an empty database (ids 1, 2, 3… in list order).
     */
    public static NetworkBatch relations(int people, int orgs, long seed, Instant reference) {
        DemoNetwork network = new DemoNetwork(people, orgs, seed, reference);
        List<Contact> contacts = network.take(network.total());
        return network.relations.relations(contacts, 0, 1);
    }

    /** {@link #fill(ContactRepository, int, int, long, Instant, ProgressListener, BooleanSupplier)} relative to {@link #REFERENCE}. */
    public static long fill(ContactRepository target, int people, int orgs, long seed, ProgressListener progress,
                            BooleanSupplier cancelled) {
        return fill(target, people, orgs, seed, REFERENCE, progress, cancelled);
    }

    /**
     * Writes the network into {@code target}, {@link #CHUNK} contacts per transaction followed by
     * their ties, relationships and interactions in another, telling {@code progress} after each
     * chunk. When {@code cancelled} turns true it stops before the next chunk; the chunks already
     * written stay, with their ties and interactions.
     *
     * @return how many contacts were written
     */
    public static long fill(ContactRepository target, int people, int orgs, long seed, Instant reference,
                            ProgressListener progress, BooleanSupplier cancelled) {
        DemoNetwork network = new DemoNetwork(people, orgs, seed, reference);
        long total = network.total();
        long written = 0;
        long base = 0;
        progress.done(0, total);
        while (written < total && !cancelled.getAsBoolean()) {
            List<Contact> chunk = network.take((int) Math.min(CHUNK, total - written));
            long first = target.insertAll(chunk.stream().map(network.relations::spoken).toList());
            if (written == 0) {
                base = first;
            } else if (first != base + written) {
                // ties refer to earlier contacts by position; someone else wrote contacts in between
                throw new IllegalStateException("Contact ids are not consecutive: " + first + " after " + (base + written));
            }
            target.insertNetwork(network.relations.relations(chunk, (int) written, base));
            written += chunk.size();
            progress.done(written, total);
        }
        return written;
    }

    private int total() {
        return plan.organisations().size() + peopleCount;
    }

    /** The next {@code count} contacts: organisations first, then people. */
    private List<Contact> take(int count) {
        int organisations = plan.organisations().size();
        List<Contact> contacts = new ArrayList<>(count);
        for (int end = next + count; next < end; next++) {
            contacts.add(next < organisations
                    ? plan.organisations().get(next).contact()
                    : people.person(next - organisations));
        }
        return contacts;
    }
}
