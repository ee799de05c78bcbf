package app.rapport.ui;

import app.rapport.faults.SmallDisk;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.LanguagePreference;
import app.rapport.app.Services;
import app.rapport.domain.backup.Backup;
import app.rapport.testing.Damage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.contacts.ContactRow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, over a database file damaged on disk. */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD) // a dialog left open must not hold the build
class DamageWindowTest extends WindowScenario {
    static final int PEOPLE = 300;

    /** A database as the window would have written it (names sorted for its language), and a good backup of it. */
    private Backup fill() {
        return fill(null);
    }

    /** The same with names sorted for {@code language} (null: the window's), as when the user switched language since. */
    private Backup fill(java.util.Locale language) {
        prepareFolders();
        Path data = dir.resolve("data");
        try (Services s = Services.open(dbFile, language != null ? language : new LanguagePreference(data).locale())) {
            for (int i = 0; i < PEOPLE; i++) {
                s.contactRepository().insert(person("Anna" + i, "Weber" + i).email("anna" + i + "@example.de").build());
            }
            return s.backups().backUp();
        }
    }

    /** For the eyes of a reviewer: what the window shows, in target/screenshots. */
    private void screenshot(String name) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> lookup(".root").query().getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        javax.imageio.ImageIO.write(out, "png", folder.resolve(name).toFile());
    }

    private int loadedRows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TableView<ContactRow> table = lookup("#table").queryTableView();
            int loaded = 0;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).loaded()) {
                    loaded++;
                }
            }
            return table.getItems().size() == PEOPLE ? loaded : -1;
        }).get();
    }

    @Test
    void aDamagedDatabaseSaysSoAndTheLastGoodBackupBringsTheContactsBack() throws Exception {
        damagedDatabaseSaysSoAndTheLastGoodBackupBringsTheContactsBack(null);
    }

    /**
     * Opening in another language sorts every name anew, which reads every contact: on a damaged file
     * that failed the open itself, and the window offered only Quit. It opens on the same choices now.
     */
    @Test
    void aDamagedDatabaseLastUsedInAnotherLanguageOffersTheSameChoices() throws Exception {
        damagedDatabaseSaysSoAndTheLastGoodBackupBringsTheContactsBack(java.util.Locale.forLanguageTag("th"));
    }

    private void damagedDatabaseSaysSoAndTheLastGoodBackupBringsTheContactsBack(java.util.Locale sortedFor) throws Exception {
        Backup good = fill(sortedFor);
        assertThat(good.good()).isTrue();
        assertThat(Damage.tablePages(dbFile, "contact")).isPositive();
        startRapport();

        // the list ran into the damage, or the start-up backup's check did: either way the window says so
        FxWait.until(() -> lookup("#damageView").tryQuery().isPresent()
                || lookup(".notification-bar .button").tryQuery().isPresent());
        if (lookup("#damageView").tryQuery().isEmpty()) {
            clickOn(lookup(".notification-bar .button").queryButton());
        }
        FxWait.until(() -> lookup("#damageView").tryQuery().isPresent());
        assertThat(lookup("#damageHeader").queryAs(Label.class).getText()).isEqualTo("Your database is damaged");
        FxWait.until(() -> lookup("#damageBackup").queryAs(Label.class).getText().startsWith("Your last good backup is from"));
        assertThat(lookup("#contactsArea").tryQuery()).as("no area left that would fail again").isEmpty();
        screenshot("damaged-database.png");

        clickOn("#restoreLastGood");
        FxWait.until(() -> lookup(".alert .content").tryQuery().isPresent());
        Node alert = lookup(".alert").query();
        assertThat(from(alert).lookup(".content").queryAs(Label.class).getText())
                .startsWith("Replace your ").contains(" with the " + PEOPLE + " in the backup of ");
        clickOn(from(alert).lookup((Button b) -> "Restore".equals(b.getText())).queryButton());

        goToContacts();
        FxWait.until(() -> lookup("#table").tryQuery().isPresent() && loadedRows() >= 0);
        interact(() -> lookup("#table").queryTableView().scrollTo(PEOPLE - 1));
        FxWait.until(() -> lookup("#damageView").tryQuery().isEmpty());
        try (Services s = Services.open(dbFile)) {
            assertThat(s.contacts().counts().people()).isEqualTo(PEOPLE);
            assertThat(s.backups().backups()).as("what was replaced is kept, marked damaged")
                    .anyMatch(b -> b.beforeRestore() && b.damaged());
        } catch (app.rapport.service.StorageException locked) {
            // the window still holds the database: its table already showed every contact
        }
        assertThat(lookup("#resultCount").queryAs(Label.class).getText()).isEqualTo(PEOPLE + " contacts");
    }

    /**
     * A full disk is named as such, with what to do, not "the backup failed, see the log". The names
     * were last sorted for Thai: opening in English sorts them anew, which the full disk refuses; the
     * window opens all the same (before, it said it could not open the database and offered only Quit).
     */
    @Test
    void aFullDiskIsNamedWhenTheStartUpBackupCannotBeTaken() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 8)) {
            prepareFolders();
            dbFile = disk.dir().resolve("rapport.db"); // on the small disk, its data folder in dir as usual
            try (Services s = Services.open(dbFile, java.util.Locale.forLanguageTag("th"))) {
                for (int i = 0; i < PEOPLE; i++) {
                    s.contactRepository().insert(person("Anna" + i, "Weber" + i).email("anna" + i + "@example.de").build());
                }
            }
            disk.fillLeaving(16 * 1024);
            startRapport();
            FxWait.until(() -> lookup(".notification-bar .label").tryQuery()
                    .map(n -> ((Label) n).getText().startsWith("The automatic backup could not be taken: the disk holding "))
                    .orElse(false));
            Label message = lookup(".notification-bar .label").queryAs(Label.class);
            assertThat(message.getText())
                    .contains(disk.dir().resolve("backups").toString()).contains("is full").contains("Your data is unchanged");
            // the bar slides in and lays its words out as it goes: shown in full once it is there, what to do included
            FxWait.until(() -> ((javafx.scene.text.Text) message.lookup(".text")).getText().equals(message.getText()));
            goToContacts();
            FxWait.until(() -> lookup("#table").queryTableView().getItems().size() == PEOPLE);
            screenshot("disk-full.png");
            quitRapport(); // before the small disk goes
        }
    }

    @Test
    void aFailedBackupShowsAnErrorThatStaysUntilClosed() throws Exception {
        fill();
        // a file where the backups folder should be: the start-up backup cannot be written
        Path backups = dir.resolve("backups");
        try (var files = Files.walk(backups)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(backups, "not a folder");
        startRapport();
        FxWait.until(() -> lookup(".notification-bar .label").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("The automatic backup failed")).orElse(false));
        FontIcon icon = lookup(".notification-bar .ikonli-font-icon").query();
        assertThat(icon.getIconLiteral()).isEqualTo("mdi2a-alert-circle-outline");
        Thread.sleep(9_000); // longer than a passing message stays
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> lookup(".notification-pane").queryAs(NotificationPane.class).isShowing())
                .get()).isTrue();
    }
}
