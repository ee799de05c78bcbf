package app.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs database and file work off the FX thread and hands the result back on it. View-models take
 * one of these; the app gives them {@link FxTaskRunner}, tests a synchronous one.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Runs CPU-only work that touches no database or file (graph layout, metrics) on its own
     * thread, so it never holds up saving and loading.
     */
    default <T> void compute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Runs work that waits on a server (a sync) on its own thread, so the window's database work never queues
     * behind the network; its database transactions take turns with the window's on the one connection.
     */
    default <T> void remote(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** Runs a small update (progress, say) on the UI thread; from any thread. */
    void onUiThread(Runnable update);

    /** True while any work is queued or running; drives the busy indicator. */
    ReadOnlyBooleanProperty busyProperty();
}
