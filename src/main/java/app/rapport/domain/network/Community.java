package app.rapport.domain.network;

import java.util.List;

/** A group of contacts tied more to each other than to the rest, named by a shared tag or its most central member. */
public record Community(int id, String name, List<Long> members) {
    public Community {
        members = List.copyOf(members);
    }
}
