package app.rapport.ui.welcome;

import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The first-start choice: an empty address book, or a demo network kept in its own file. */
public final class WelcomeViewModel {
    public static final long DEMO_PEOPLE = 400;
    public static final long DEMO_ORGANISATIONS = 60;

    private final TaskRunner runner;
    private final DemoPreparer preparer;
    private final Runnable onEmpty;
    private final Runnable onDemoReady;
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper written = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();

    public WelcomeViewModel(TaskRunner runner, DemoPreparer preparer, Runnable onEmpty, Runnable onDemoReady) {
        this.runner = runner;
        this.preparer = preparer;
        this.onEmpty = onEmpty;
        this.onDemoReady = onDemoReady;
    }

    public void startEmpty() {
        if (!preparing.get()) {
            onEmpty.run();
        }
    }

    public void exploreDemo() {
        if (preparing.get()) {
            return;
        }
        preparing.set(true);
        errorKey.set(null);
        runner.run(() -> {
            preparer.prepare(n -> runner.onUiThread(() -> written.set(n)), total());
            return Boolean.TRUE;
        }, done -> {
            preparing.set(false);
            onDemoReady.run();
        }, failure -> {
            preparing.set(false);
            errorKey.set(UserMessages.keyFor(failure));
        });
    }

    public long total() {
        return DEMO_PEOPLE + DEMO_ORGANISATIONS;
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
