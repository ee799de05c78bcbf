package app.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for all database and file work (SQLite has a single writer anyway);
 * callbacks run on the FX thread in submission order.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-background");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService compute = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-compute");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ExecutorService remote = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-remote");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int pending; // touched on the FX thread only
    private Consumer<? super Throwable> watcher = failure -> { }; // FX thread only

    /**
     * Hears of every failure of background work, on the FX thread before the work's own handler: the
     * app watches for a damaged database whichever area's loading ran into it.
     */
    public void watchFailures(Consumer<? super Throwable> watcher) {
        this.watcher = watcher;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(executor, work, onSuccess, onFailure);
    }

    @Override
    public <T> void compute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(compute, work, onSuccess, onFailure);
    }

    @Override
    public <T> void remote(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(remote, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService on, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
        changePending(+1);
        on.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    changePending(-1);
                    onSuccess.accept(result);
                });
            } catch (Throwable failure) {
                LOG.error("Background work failed", failure);
                Platform.runLater(() -> {
                    changePending(-1);
                    try {
                        watcher.accept(failure);
                    } catch (RuntimeException e) {
                        LOG.warn("Watching a failure failed", e);
                    }
                    onFailure.accept(failure);
                });
            }
        });
    }

    @Override
    public void onUiThread(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    private void changePending(int delta) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> changePending(delta));
            return;
        }
        pending += delta;
        busy.set(pending > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lets queued writes finish before the database closes. */
    @Override
    public void close() {
        compute.shutdownNow();
        // a sync waiting on its server is stopped; it changes Rapport only in its last transaction, all or nothing
        remote.shutdownNow();
        executor.shutdown();
        try {
            if (!remote.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("A sync was still running at exit");
            }
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
