package app.rapport.demo;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.network.NetworkBatch;
import app.rapport.service.FaultPoint;
import app.rapport.service.contacts.ContactRepository;
import app.rapport.service.settings.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        this(peopleCount, organisationCount, seed, reference, Locale.ENGLISH);
    }

    private DemoNetwork(int peopleCount, int organisationCount, long seed, Instant reference, Locale language) {
        if (peopleCount < 0 || organisationCount < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + peopleCount + ", " + organisationCount);
        }
        this.plan = new DemoPlan(organisationCount, seed, reference);
        this.people = new PersonFactory(plan, seed, reference);
        this.relations = new NetworkFactory(plan, seed, reference, language);
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
     * Writes the network into {@code target}, {@link #CHUNK} contacts per transaction together with their
     * ties, relationships and interactions and a note of how far it got ({@link Settings#UNFINISHED_DEMO}),
     * telling {@code progress} after each chunk. When {@code cancelled} turns true it stops before the next
     * chunk; the chunks already written stay, with their ties and interactions. The caller removes the note
     * once it has finished the demo; until then {@link #resume} can finish a fill that was stopped or killed.
     *
     * @return how many contacts were written
     */
    public static long fill(ContactRepository target, int people, int orgs, long seed, Instant reference,
                            ProgressListener progress, BooleanSupplier cancelled) {
        return fill(target, people, orgs, seed, reference, Locale.ENGLISH, progress, cancelled);
    }

    /**
     * {@link #fill(ContactRepository, int, int, long, Instant, ProgressListener, BooleanSupplier)} in the
     * user's {@code language}: role tags and the like read like the user's own network ("Kunde" in German).
     */
    public static long fill(ContactRepository target, int people, int orgs, long seed, Instant reference,
                            Locale language, ProgressListener progress, BooleanSupplier cancelled) {
        DemoNetwork network = new DemoNetwork(people, orgs, seed, reference, language);
        Unfinished start = new Unfinished(people, orgs, seed, reference, 0, 0, network.total());
        return network.write(target, start, progress, cancelled);
    }

    /**
     * Finishes a fill that stopped part way: the same network, from the first chunk it had not written.
     *
     * @return how many contacts are written now, those from before included
     * @throws IllegalStateException when other contacts were added to the file since
     */
    public static long resume(ContactRepository target, Unfinished unfinished, ProgressListener progress,
                              BooleanSupplier cancelled) {
        return resume(target, unfinished, Locale.ENGLISH, progress, cancelled);
    }

    /** {@link #resume(ContactRepository, Unfinished, ProgressListener, BooleanSupplier)} in the user's {@code language}. */
    public static long resume(ContactRepository target, Unfinished unfinished, Locale language,
                              ProgressListener progress, BooleanSupplier cancelled) {
        DemoNetwork network = new DemoNetwork(unfinished.people(), unfinished.orgs(), unfinished.seed(),
                unfinished.reference(), language);
        // made again and dropped: ties reach back to earlier contacts, so the factory must have seen them
        for (long skipped = 0; skipped < unfinished.written(); ) {
            List<Contact> chunk = network.take((int) Math.min(CHUNK, unfinished.written() - skipped));
            network.relations.relations(chunk, (int) skipped, unfinished.base());
            skipped += chunk.size();
        }
        return network.write(target, unfinished, progress, cancelled);
    }

    private long write(ContactRepository target, Unfinished from, ProgressListener progress, BooleanSupplier cancelled) {
        long total = from.total();
        long written = from.written();
        long base = from.base();
        progress.done(written, total);
        while (written < total && !cancelled.getAsBoolean()) {
            List<Contact> chunk = take((int) Math.min(CHUNK, total - written));
            long at = written;
            long expected = base;
            long first = target.insertChunk(chunk.stream().map(relations::spoken).toList(), id -> {
                // ties refer to earlier contacts by position; someone else wrote contacts in between
                if (at > 0 && id != expected + at) {
                    throw new IllegalStateException("Contact ids are not consecutive: " + id + " after " + (expected + at - 1));
                }
                return relations.relations(chunk, (int) at, at == 0 ? id : expected);
            }, Settings.UNFINISHED_DEMO, id -> from.after(at == 0 ? id : expected, at + chunk.size()).text());
            if (written == 0) {
                base = first;
            }
            written += chunk.size();
            progress.done(written, total);
            FaultPoint.reached("demo:chunk");
        }
        return written;
    }

    /**
     * A fill that has not finished: what it makes, the id of its first contact and how many it wrote.
     * Kept as one line of text in the database, so a later run can finish it.
     */
    public record Unfinished(int people, int orgs, long seed, Instant reference, long base, long written, long total) {
        private static final String VERSION = "1";

        Unfinished after(long firstId, long writtenNow) {
            return new Unfinished(people, orgs, seed, reference, firstId, writtenNow, total);
        }

        String text() {
            return String.join(" ", VERSION, Integer.toString(people), Integer.toString(orgs), Long.toString(seed),
                    reference.toString(), Long.toString(base), Long.toString(written), Long.toString(total));
        }

        /** The note read back; empty when it is not one this version of Rapport wrote. */
        public static Optional<Unfinished> parse(String text) {
            String[] parts = text.strip().split(" ");
            if (parts.length != 8 || !parts[0].equals(VERSION)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Unfinished(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                        Long.parseLong(parts[3]), Instant.parse(parts[4]), Long.parseLong(parts[5]),
                        Long.parseLong(parts[6]), Long.parseLong(parts[7])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        /** True when it makes the network these arguments ask for. */
        public boolean makes(int people, int orgs, long seed) {
            return this.people == people && this.orgs == orgs && this.seed == seed;
        }
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
