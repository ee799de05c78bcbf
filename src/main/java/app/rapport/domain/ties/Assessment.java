package app.rapport.domain.ties;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How a relationship stands on the eight principles of social capital, 0–5 each, on the day it was assessed. */
public record Assessment(int trust, int goodwill, int authority, int community, int empathy, int sharedValues,
                         int respect, int collaboration, LocalDate assessedOn) {
    public static final int MAX = 5;

    public Assessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
    }

    /** The eight values in the order of the principles above. */
    public List<Integer> values() {
        return List.of(trust, goodwill, authority, community, empathy, sharedValues, respect, collaboration);
    }

    public boolean inRange() {
        return values().stream().allMatch(v -> v >= 0 && v <= MAX);
    }
}
