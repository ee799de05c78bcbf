package app.rapport.demo;

import app.rapport.domain.Contact;
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
 * <p>Ties and interactions will come from {@link DemoPlan}: it knows each person's community and
 * employer from (seed, index) alone, and written to an empty database the contacts get the ids
 * 1, 2, 3… in list order.
 */
public final class DemoNetwork {
    /** Contacts written per transaction by {@link #fill}; big enough to be fast, small enough to cancel promptly. */
    public static final int CHUNK = 2_000;
    /** The instant the default network's dates are relative to. */
    public static final Instant REFERENCE = Instant.parse("2026-11-01T09:00:00Z");

    private final DemoPlan plan;
    private final PersonFactory people;
    private final int peopleCount;
    private int next;

    private DemoNetwork(int peopleCount, int organisationCount, long seed, Instant reference) {
        if (peopleCount < 0 || organisationCount < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + peopleCount + ", " + organisationCount);
        }
        this.plan = new DemoPlan(organisationCount, seed, reference);
        this.people = new PersonFactory(plan, seed, reference);
        this.peopleCount = peopleCount;
    }

    /** The network with dates relative to {@link #REFERENCE}. */
    public static List<Contact> generate(int people, int orgs, long seed) {
        return generate(people, orgs, seed, REFERENCE);
    }

    /** The network with creation and change dates spread over the three years before {@code reference}. */
    public static List<Contact> generate(int people, int orgs, long seed, Instant reference) {
        DemoNetwork network = new DemoNetwork(people, orgs, seed, reference);
        return network.take(network.total());
    }

    /** {@link #fill(ContactRepository, int, int, long, Instant, ProgressListener, BooleanSupplier)} relative to {@link #REFERENCE}. */
    public static long fill(ContactRepository target, int people, int orgs, long seed, ProgressListener progress,
                            BooleanSupplier cancelled) {
        return fill(target, people, orgs, seed, REFERENCE, progress, cancelled);
    }

    /**
     * Writes the network into {@code target}, {@link #CHUNK} contacts per transaction, telling
     * {@code progress} after each. When {@code cancelled} turns true it stops before the next chunk;
     * the chunks already written stay.
     *
     * @return how many contacts were written
     */
    public static long fill(ContactRepository target, int people, int orgs, long seed, Instant reference,
                            ProgressListener progress, BooleanSupplier cancelled) {
        DemoNetwork network = new DemoNetwork(people, orgs, seed, reference);
        long total = network.total();
        long written = 0;
        progress.done(0, total);
        while (written < total && !cancelled.getAsBoolean()) {
            List<Contact> chunk = network.take((int) Math.min(CHUNK, total - written));
            target.insertAll(chunk);
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
