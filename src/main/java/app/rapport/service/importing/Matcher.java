package app.rapport.service.importing;

import app.rapport.domain.contacts.Birthday;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two contacts are the same one, as a score of {@link Evidence}: at or above
 * {@link #MERGE_AT} they are merged (strong evidence), from {@link #POSSIBLE_AT} they are a possible
 * duplicate for the user to decide, below that they are two contacts. A person and an organisation are
 * never the same contact. Reusable for any two sets of contacts; {@link Index} finds the candidates
 * worth comparing (those sharing a UID, an email, a phone or a name).
 */
public final class Matcher {
    public static final int MERGE_AT = 60;
    public static final int POSSIBLE_AT = 30;

    /** What the score says. */
    public enum Decision {
        /** strong evidence: merged unless the user says otherwise */
        MERGE,
        /** a possible duplicate: kept apart unless the user says merge */
        POSSIBLE,
        /** two contacts */
        NEW
    }

    /** One piece of evidence and what it was ("anna@example.org", "+4930123456", "1980-05-02 / 1981-05-02"). */
    public record Found(Evidence evidence, String detail) {
    }

    /** The evidence for and against, its score and the decision. */
    public record Match(int score, List<Found> found) {
        public Match {
            found = List.copyOf(found);
        }

        public Decision decision() {
            return score >= MERGE_AT ? Decision.MERGE : score >= POSSIBLE_AT ? Decision.POSSIBLE : Decision.NEW;
        }

        public boolean has(Evidence e) {
            return found.stream().anyMatch(f -> f.evidence() == e);
        }
    }

    public static final Match NONE = new Match(0, List.of());

    public Match compare(MatchKeys a, MatchKeys b) {
        if (a.kind() != b.kind()) {
            return NONE;
        }
        List<Found> found = new ArrayList<>();
        if (!a.uid().isEmpty() && !b.uid().isEmpty()) {
            if (a.uid().equals(b.uid())) {
                found.add(new Found(Evidence.SAME_UID, a.uid()));
            } else if (!a.book().isEmpty() && a.book().equals(b.book())) {
                found.add(new Found(Evidence.OTHER_UID, a.uid() + " / " + b.uid()));
            }
        }
        String email = first(a.emails(), b.emails());
        if (email != null) {
            found.add(new Found(Evidence.SAME_EMAIL, email));
        } else if (!a.emails().isEmpty() && !b.emails().isEmpty() && first(domains(a), domains(b)) == null) {
            found.add(new Found(Evidence.OTHER_EMAIL_DOMAIN,
                    String.join(", ", domains(a)) + " / " + String.join(", ", domains(b))));
        }
        String phone = first(a.phones(), b.phones());
        if (phone != null) {
            found.add(new Found(Evidence.SAME_PHONE, phone));
        }
        Evidence name = names(a, b);
        if (name != null) {
            // the names as written: "Maximilian Böhm", not the folded key it was compared by
            found.add(new Found(name, name == Evidence.SAME_NAME ? a.shownName() : a.shownName() + " / " + b.shownName()));
        }
        Birthday x = a.birthday();
        Birthday y = b.birthday();
        if (x != null && y != null) {
            boolean sameDay = x.month() == y.month() && x.day() == y.day();
            boolean yearsAgree = x.year() == null || y.year() == null || Objects.equals(x.year(), y.year());
            found.add(sameDay && yearsAgree ? new Found(Evidence.SAME_BIRTHDAY, day(x))
                    : new Found(Evidence.OTHER_BIRTHDAY, day(x) + " / " + day(y)));
        }
        if (!a.employer().isEmpty() && !b.employer().isEmpty() && !a.employer().equals(b.employer())) {
            found.add(new Found(Evidence.OTHER_EMPLOYER, a.shownEmployer() + " / " + b.shownEmployer()));
        }
        if (name == Evidence.SAME_NAME && (!a.emails().isEmpty() || !a.phones().isEmpty())
                && a.emails().equals(b.emails()) && a.phones().equals(b.phones())
                && Objects.equals(a.birthday(), b.birthday()) && a.employer().equals(b.employer())) {
            found.add(new Found(Evidence.SAME_DETAILS, ""));
        }
        int score = found.stream().mapToInt(f -> f.evidence().weight()).sum();
        return new Match(score, found);
    }

    /** SAME_NAME, OTHER_NAME, or null when the names say nothing (one is missing, or only part compares). */
    private static Evidence names(MatchKeys a, MatchKeys b) {
        if (a.name().isEmpty() || b.name().isEmpty()) {
            return null;
        }
        if (a.name().equals(b.name())) {
            return Evidence.SAME_NAME;
        }
        int bar = a.name().indexOf('|');
        if (bar < 0) { // organisations
            return Evidence.OTHER_NAME;
        }
        String[] p = a.name().split("\\|", -1);
        String[] q = b.name().split("\\|", -1);
        if (whole(p).equals(whole(q))) { // "Anna Müller" written all in the given name
            return Evidence.SAME_NAME;
        }
        boolean givenDiffers = !p[0].isEmpty() && !q[0].isEmpty() && !p[0].equals(q[0]);
        boolean familyDiffers = !p[1].isEmpty() && !q[1].isEmpty() && !p[1].equals(q[1]);
        return givenDiffers || familyDiffers ? Evidence.OTHER_NAME : null;
    }

    private static String whole(String[] parts) {
        return (parts[0] + " " + parts[1]).strip();
    }

    private static String day(Birthday b) {
        return (b.year() == null ? "--" : b.year() + "-") + String.format(Locale.ROOT, "%02d-%02d", b.month(), b.day());
    }

    private static Set<String> domains(MatchKeys k) {
        Set<String> d = new LinkedHashSet<>();
        k.emails().forEach(e -> {
            String domain = MatchKeys.domain(e);
            if (!domain.isEmpty()) {
                d.add(domain);
            }
        });
        return d;
    }

    private static String first(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Contacts by UID, email, phone and name, to find those worth comparing with one: a contact
     * sharing none of these cannot reach {@link #POSSIBLE_AT}.
     */
    public static final class Index<T> {
        private final Map<String, List<T>> byKey = new HashMap<>();

        public void add(MatchKeys k, T target) {
            for (String key : keys(k)) {
                byKey.computeIfAbsent(key, x -> new ArrayList<>(1)).add(target);
            }
        }

        /** Everyone sharing a key with {@code k}, each once, in the order they were added per key. */
        public Collection<T> candidates(MatchKeys k) {
            Set<T> found = new LinkedHashSet<>();
            for (String key : keys(k)) {
                found.addAll(byKey.getOrDefault(key, List.of()));
            }
            return found;
        }

        private static List<String> keys(MatchKeys k) {
            List<String> keys = new ArrayList<>();
            if (!k.uid().isEmpty()) {
                keys.add("u " + k.uid());
            }
            k.emails().forEach(e -> keys.add("e " + e));
            k.phones().forEach(p -> keys.add("p " + p));
            if (!k.name().isEmpty()) {
                keys.add("n " + k.kind() + " " + k.name());
            }
            return keys;
        }
    }
}
