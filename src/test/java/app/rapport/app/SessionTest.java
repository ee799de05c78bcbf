package app.rapport.app;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.persistence.DataFolder;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.testing.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session without a window: what it opens, greets, refuses, reopens after a restore, and which language it speaks. */
class SessionTest {
    @TempDir
    Path dir;

    private final List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    private Session session;

    private Session session(Path db) {
        session = new Session(new DataFolder(dir), db, new DirectTaskRunner(),
                new LanguagePreference(dir, Locale.US), app.rapport.domain.language.UserContext.of(Locale.ENGLISH, "US"), null);
        session.setListener(new Session.Listener() {
            @Override
            public void using(Services services, boolean demo) {
                heard.add("using " + services.file().getFileName() + (demo ? " (demo)" : ""));
            }

            @Override
            public void opened(boolean greet) {
                heard.add(greet ? "greet" : "workspace");
            }

            @Override
            public void closing() {
                heard.add("closing");
            }

            @Override
            public void restored(RestoreOutcome outcome) {
                heard.add("restored " + outcome.restored());
            }

            @Override
            public void cannotOpen(Path file, Throwable failure) {
                heard.add("cannot open " + file.getFileName());
            }

            @Override
            public void backupFailed(Throwable failure) {
                heard.add("backup failed");
            }

            @Override
            public void damaged() {
                heard.add("damaged");
            }

            @Override
            public void languageChanged(Locale language) {
                heard.add("language " + language.toLanguageTag());
            }
        });
        return session;
    }

    @AfterEach
    void close() {
        if (session != null && session.services() != null) {
            session.services().close();
        }
    }

    @Test
    void anEmptyDatabaseIsGreetedAndOneWithContactsOpensTheWorkspace() {
        Path db = dir.resolve("rapport.db");
        session(db).openStart();
        assertThat(heard).containsExactly("using rapport.db", "greet");

        session.services().contactRepository().insert(person("Anna", "Schmidt").build());
        session.services().close();
        heard.clear();
        session(db).openStart();
        assertThat(heard).containsExactly("using rapport.db", "workspace");
    }

    @Test
    void aFileThatIsNotARapportDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "not a database");
        session(file).openStart();
        assertThat(heard).containsExactly("cannot open notes.db");
        assertThat(session.services()).isNull();
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }

    @Test
    void afterARestoreTheSameFileOpensAfreshAndTheOldConnectionIsClosed() {
        Path db = dir.resolve("rapport.db");
        session(db).openStart();
        Services before = session.services();
        heard.clear();
        session.reopenAfterRestore(new RestoreOutcome(Optional.empty(), 0, 3));
        assertThat(heard).containsExactly("closing", "using rapport.db", "greet", "restored 3");
        assertThat(session.services()).isNotSameAs(before);
        assertThat(session.services().file()).isEqualTo(before.file());
    }

    @Test
    void aChosenLanguageIsKeptAndTheWindowToldToSpeakIt() {
        session(dir.resolve("rapport.db")).openStart();
        heard.clear();
        session.chooseLanguage(Locale.GERMAN, failure -> heard.add("failed"));
        assertThat(heard).containsExactly("language de");
        assertThat(session.language()).isEqualTo(Locale.GERMAN);
        assertThat(session.chosenLanguage()).isEqualTo(Locale.GERMAN);
        assertThat(new LanguagePreference(dir).chosen()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void damageIsSaidOncePerOpenedDatabaseAndAFailedChosenBackupIsNoDamage() {
        session(dir.resolve("rapport.db")).openStart();
        heard.clear();
        StorageException corrupt = new StorageException(StorageException.Reason.CORRUPT, "malformed");
        session.watchForDamage(new BackupException(BackupException.Reason.DAMAGED, "copy failed", corrupt));
        session.watchForDamage(new IllegalStateException("unrelated"));
        assertThat(heard).isEmpty();
        session.watchForDamage(new RuntimeException(corrupt));
        assertThat(heard).containsExactly("damaged");
        session.damageShown();
        session.watchForDamage(corrupt);
        assertThat(heard).containsExactly("damaged");
    }

    @Test
    void changesAreCountedAndHeardUntilTheListenerStops() {
        session(dir.resolve("rapport.db"));
        List<Long> counts = new ArrayList<>();
        Runnable stop = session.changes().listen(() -> counts.add(session.changes().count()));
        session.changes().changed();
        session.changes().changed();
        stop.run();
        session.changes().changed();
        assertThat(counts).containsExactly(1L, 2L);
        assertThat(session.changes().count()).isEqualTo(3);
    }
}
