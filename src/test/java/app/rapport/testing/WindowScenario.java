package app.rapport.testing;

import app.rapport.app.RapportApp;
import app.rapport.app.Services;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.DataFolder;
import app.rapport.ui.common.FilePrompts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * One scenario on the real window: a database file is filled through the services, then Rapport is
 * started on it headless, as a user would start it; what the file holds is read through the window's
 * own connection (its lock keeps every other connection out, and one opened and closed in this process
 * would drop that lock).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a scenario stuck in a dialog must not hold the build
public abstract class WindowScenario extends FxRobot {
    /** Fills the database before the window opens. */
    @FunctionalInterface
    public interface Filling {
        void fill(Services services) throws Exception;
    }

    @TempDir
    protected Path dir;
    protected Path dbFile;
    private Application app;

    /**
     * Fills a new database file, opens the window on it and goes to Contacts, where most scenarios begin
     * (the window itself opens on Today once there are contacts: {@link #openWhereItOpens}).
     */
    protected void open(Filling filling) throws Exception {
        open(filling, file -> { });
        goToContacts();
    }

    /** A contact on a monthly keep-in-touch cadence, last called {@code daysSinceCall} days ago; its id. */
    protected static long monthlyCadence(Services s, Contact contact, int daysSinceCall) {
        long id = s.contactRepository().insert(contact);
        s.relationships().saveRelationship(Relationship.empty(id).withCadence(Cadence.months(1)));
        s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(daysSinceCall),
                Direction.MUTUAL, "", id));
        return id;
    }

    /** Fills a new database file and opens the window on it, staying on the area it opens on. */
    protected void openWhereItOpens(Filling filling) throws Exception {
        open(filling, file -> { });
    }

    /** Clicks Contacts in the sidebar, as a user does, once the window shows its areas. */
    protected void goToContacts() throws Exception {
        FxWait.until(() -> lookup("#contactsArea").tryQuery().isPresent());
        if (!lookup("#contactsArea").queryAs(javafx.scene.control.ToggleButton.class).isSelected()) {
            clickOn("#contactsArea");
        }
        FxWait.until(() -> lookup("#contactsArea").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    /** What happens to the database file while it is closed, before the window opens on it. */
    @FunctionalInterface
    public interface BeforeStart {
        void with(Path file) throws Exception;
    }

    /** Fills a new database file, lets {@code beforeStart} at the closed file (to damage it), then opens the window. */
    protected void open(Filling filling, BeforeStart beforeStart) throws Exception {
        prepareFolders();
        try (Services s = Services.open(dbFile)) {
            filling.fill(s);
        }
        beforeStart.with(dbFile);
        startRapport();
    }

    /**
     * Makes {@code dir/data} Rapport's data folder (preferences, the database of a first start) and names
     * {@link #dbFile} {@code dir/rapport.db}, for a test that fills the file its own way before
     * {@link #startRapport()}.
     */
    protected void prepareFolders() {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        dbFile = dir.resolve("rapport.db");
    }

    /** Starts Rapport on {@link #dbFile}, as {@code rapport --db FILE}; again after {@link #quitRapport()}. */
    protected void startRapport() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(RapportApp.class, "--db", dbFile.toString());
    }

    /** Starts Rapport without a file, as a user's first start: it opens the database in the data folder. */
    protected void startRapportWithoutFile() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(RapportApp.class);
    }

    /** Quits Rapport and closes its windows, as the user does before starting it again. */
    protected void quitRapport() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    @AfterEach
    void closeWindow() throws Exception {
        quitRapport();
        FilePrompts.answerWith(null);
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }

    /** The running window's services, over the file it holds open (the file's lock keeps any other connection out). */
    protected Services services() {
        return ((RapportApp) app).services();
    }

    /** The first column of each row a query over the open file returns, as the file holds it now. */
    protected List<Object> column(String sql, Object... params) throws Exception {
        return services().database().jdbi().withHandle(h -> {
            Connection c = h.getConnection();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    st.setObject(i + 1, params[i]);
                }
                List<Object> values = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getObject(1));
                    }
                }
                return values;
            }
        });
    }

    protected List<Long> ids(String sql, Object... params) throws Exception {
        return column(sql, params).stream().map(v -> ((Number) v).longValue()).toList();
    }

    /**
     * The user's answers to the next file prompts (Save as, Open), one per prompt in order; a null answer
     * is Cancel. What each prompt asked is kept in {@link #prompted}.
     */
    protected void answerFilePrompts(Path... answers) {
        java.util.Deque<Path> left = new java.util.ArrayDeque<>();
        for (Path p : answers) {
            left.add(p == null ? NO_FILE : p);
        }
        FilePrompts.answerWith((kind, title, suggested) -> {
            prompted.add(kind + " " + title + (suggested == null ? "" : " [" + suggested + "]"));
            Path p = left.poll();
            return p == null || p == NO_FILE ? List.of() : List.of(p.toFile());
        });
    }

    /**
     * The user's answer to the next file prompt, an Open that takes several files (Import): all these, chosen
     * together (a prompt after it is cancelled); what it asked is kept in {@link #prompted}.
     */
    protected void answerFilePromptChoosing(Path... files) {
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        FilePrompts.answerWith((kind, title, suggested) -> {
            prompted.add(kind + " " + title + (suggested == null ? "" : " [" + suggested + "]"));
            return answered.getAndSet(true) ? List.of() : java.util.Arrays.stream(files).map(Path::toFile).toList();
        });
    }

    private static final Path NO_FILE = Path.of("");
    /** Each file prompt the window showed: kind, title and suggested name. */
    protected final List<String> prompted = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Waits until a label shows this text; if it never does, fails naming what it shows. */
    protected void waitForText(String query, String expected) throws Exception {
        try {
            FxWait.until(() -> expected.equals(lookup(query).queryAs(javafx.scene.control.Labeled.class).getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            org.assertj.core.api.Assertions.assertThat(lookup(query).tryQuery()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("(" + query + " not shown)"))
                    .as(query).isEqualTo(expected);
        }
    }

    /**
     * Types into a field of a dialog. Headless, a dialog shown does not take the keyboard from the window
     * until it is clicked, so the field is clicked first, as a user's pointer does.
     */
    protected void typeInto(String query, String text) {
        clickOn(query);
        write(text);
    }
}
