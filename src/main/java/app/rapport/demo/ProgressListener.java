package app.rapport.demo;

/** Told after each chunk of a long write how far it has come, so a window or terminal can show it. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (written, total) -> { };

    void done(long written, long total);
}
