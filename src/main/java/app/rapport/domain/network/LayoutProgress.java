package app.rapport.domain.network;

/** Told every few iterations where the nodes are, so the map can animate while the layout settles. */
@FunctionalInterface
public interface LayoutProgress {
    LayoutProgress NONE = (layout, done, total) -> { };

    void settled(Layout partial, int iterationsDone, int iterations);
}
