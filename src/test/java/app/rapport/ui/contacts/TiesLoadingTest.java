package app.rapport.ui.contacts;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ties.TieType;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Showing another contact: its ties are "loading", never the last contact's ties, nor "none" too early. */
class TiesLoadingTest {
    @TempDir
    Path dir;

    /** Holds work until the test lets it run, as the background thread does while a query is slow. */
    static final class HeldRunner implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();
        private final DirectTaskRunner direct = new DirectTaskRunner();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            held.add(() -> direct.run(work, onSuccess, onFailure));
        }

        void release() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return direct.busyProperty();
        }
    }

    @Test
    void anotherContactsTiesAreLoadingUntilTheyAnswer() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            long acme = db.repository().insert(organisation("Acme GmbH").build());
            long boris = db.repository().insert(person("Boris", "Ivanov").build());
            HeldRunner runner = new HeldRunner();
            TiesViewModel ties = new TiesViewModel(db.relationships(), runner, new app.rapport.testing.ScriptedDialogs());
            ties.load(anna);
            ties.add(acme, "Acme GmbH", "Anna Schmidt", TieType.WORKS_AT, 3, null, "", () -> { });
            runner.release();
            assertThat(ties.ties()).hasSize(1);
            assertThat(ties.loadedProperty().get()).isTrue();

            ties.load(boris);
            assertThat(ties.ties()).as("not Anna's ties under Boris's name").isEmpty();
            assertThat(ties.loadedProperty().get()).as("not yet known to have none").isFalse();
            runner.release();
            assertThat(ties.loadedProperty().get()).isTrue();
            assertThat(ties.ties()).isEmpty();
        }
    }
}
