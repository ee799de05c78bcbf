package app.rapport.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signal that the open database changed in a way other parts may show (an import, a merge, new
 * score weights): a counter that grows with each change, and listeners told of it. Whoever changed
 * the data says so once; whoever shows it listens, instead of the one calling the other's refresh.
 * Listeners run on the thread that announces (the window's, in the app).
 */
public final class DataChanges {
    private final AtomicLong count = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** How many changes were announced so far. */
    public long count() {
        return count.get();
    }

    /** The data changed: every listener is told. */
    public void changed() {
        count.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    /**
     * Tells {@code listener} of each change from now on.
     *
     * @return what stops it
     */
    public Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
