package app.rapport.ui.welcome;

import java.util.function.LongConsumer;

/** Makes the demo network ready to open, reporting how many contacts are written so far. */
@FunctionalInterface
public interface DemoPreparer {
    /** Runs off the FX thread. @param total how many contacts the demo will hold */
    void prepare(LongConsumer written, long total) throws Exception;
}
