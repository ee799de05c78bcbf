package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.io.printing.LabelPdf;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.ui.backup.BackupsViewModel;
import app.rapport.ui.exporting.ExportViewModel;
import app.rapport.ui.network.NetworkViewModel;
import app.rapport.ui.printing.PdfPreviewViewModel;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's save paths, as their view-models decide once a file was chosen in the save dialog:
 * the open database (by any name), its working files and its backups are refused with the words
 * for it, and the database stays byte for byte as it was.
 */
class SaveRefusalsTest {
    @TempDir
    Path dir;
    Services services;
    Path db;

    @BeforeEach
    void open() {
        db = dir.resolve("rapport.db").toAbsolutePath();
        services = Services.open(db);
        long anna = services.contactRepository().insert(person("Anna", "Schmidt").build());
        long boris = services.contactRepository().insert(person("Boris", "Ivanov").build());
        services.relationships().saveTie(Tie.of(anna, boris, TieType.FRIEND, 4));
        services.backups().backUp();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    private Path backup() {
        return services.backups().newest().orElseThrow().file();
    }

    @Test
    void theExportDialogRefusesTheDatabaseItsLinksAndTheBackups() throws Exception {
        ExportViewModel vm = new ExportViewModel(services.exports(), services.backups(), new DirectTaskRunner());
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        String before = sha256(db);
        for (ExportViewModel.Format format : ExportViewModel.Format.values()) {
            vm.formatProperty().set(format);
            AtomicInteger written = new AtomicInteger(-2);
            vm.export(db, written::set);
            assertThat(vm.errorKeyProperty().get()).as(format.name()).isEqualTo("export.error.OPEN_DATABASE");
            vm.export(hard, written::set);
            assertThat(vm.errorKeyProperty().get()).as(format.name()).isEqualTo("export.error.OPEN_DATABASE");
            vm.export(Path.of(db + "-wal"), written::set);
            assertThat(vm.errorKeyProperty().get()).as(format.name()).isEqualTo("export.error.DATABASE_FILE");
            vm.export(backup(), written::set);
            assertThat(vm.errorKeyProperty().get()).as(format.name()).isEqualTo("export.error.BACKUPS_FOLDER");
            assertThat(written.get()).as("nothing was written").isEqualTo(-2);
        }
        assertThat(sha256(db)).isEqualTo(before);

        vm.export(dir.resolve("contacts.vcf"), count -> { });
        assertThat(vm.errorKeyProperty().get()).as("a free name still works").isNull();
    }

    @Test
    void thePdfPreviewRefusesToSaveOverTheDatabase() throws Exception {
        PdfPreviewViewModel vm = new PdfPreviewViewModel(new DirectTaskRunner(), services.documents());
        vm.regenerate(out -> LabelPdf.write(out, LabelTemplate.AVERY_L7160, List.of(List.of("Anna Schmidt")), 1));
        String before = sha256(db);
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(db, () -> saved.set(true));
        assertThat(saved).isFalse();
        assertThat(vm.errorProperty().get().key()).isEqualTo("export.error.OPEN_DATABASE");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void theNetworkMapRefusesToExportOverTheDatabaseOrItsBackups() throws Exception {
        NetworkViewModel vm = new NetworkViewModel(services.network(), new DirectTaskRunner(), services.documents(),
                new app.rapport.testing.ScriptedDialogs());
        vm.load();
        String before = sha256(db);
        String backupBefore = sha256(backup());
        AtomicBoolean done = new AtomicBoolean();
        vm.exports().exportGraphMl(db, true, () -> done.set(true));
        assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.OPEN_DATABASE");
        vm.exports().exportPng(() -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), backup(), () -> done.set(true));
        assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.BACKUPS_FOLDER");
        assertThat(done).isFalse();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(sha256(backup())).isEqualTo(backupBefore);

        Path png = dir.resolve("map.png");
        vm.exports().exportPng(() -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), png, () -> done.set(true));
        assertThat(done).isTrue();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theBackupsDialogRefusesAJsonExportOverTheDatabase() throws Exception {
        BackupsViewModel vm = new BackupsViewModel(services.backups(), new DirectTaskRunner(), new app.rapport.testing.ScriptedDialogs(),
                outcome -> { });
        Path soft = Files.createSymbolicLink(dir.resolve("soft.db"), db);
        String before = sha256(db);
        vm.exportJson(soft);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.OPEN_DATABASE");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(soft)).isTrue();
    }
}
