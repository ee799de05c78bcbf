package app.rapport.ui.printing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.exporting.OutputGuard;
import app.rapport.io.printing.LabelPdf;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.io.printing.PrintException;
import app.rapport.service.printing.DocumentService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview without a toolkit: what is previewed is what is saved; failures become messages. */
class PdfPreviewViewModelTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A preview that saves through the documents of a real database at {@code dir/rapport.db}. */
    private PdfPreviewViewModel preview() {
        return new PdfPreviewViewModel(new DirectTaskRunner(),
                new DocumentService(db.briefs(), db.scores(), db.settings(), db.outputs()));
    }

    private static int labels(Path out, int count) {
        List<List<String>> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(List.of("Contact " + i, "Hauptstr. " + i, "10115 Berlin"));
        }
        return LabelPdf.write(out, LabelTemplate.AVERY_L7160, blocks, 1);
    }

    @Test
    void previewsRendersAndSavesTheSameDocument() throws Exception {
        PdfPreviewViewModel vm = preview();
        vm.regenerate(out -> labels(out, 30));
        assertThat(vm.pagesProperty().get()).isEqualTo(2);
        Path previewed = vm.documentProperty().get();
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        vm.render(1, 36, image::set);
        assertThat(image.get().getWidth()).isBetween(297, 298); // A4 at 36 dpi
        Path target = dir.resolve("labels.pdf");
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(target, () -> saved.set(true));
        assertThat(saved).isTrue();
        assertThat(Files.mismatch(previewed, target)).isEqualTo(-1);

        vm.regenerate(out -> labels(out, 5));
        assertThat(vm.pagesProperty().get()).isEqualTo(1);
        assertThat(previewed).doesNotExist();
        Path current = vm.documentProperty().get();
        vm.close();
        assertThat(current).doesNotExist();
    }

    @Test
    void aLayoutThatDoesNotFitIsSaidInTheUsersWords() {
        PdfPreviewViewModel vm = preview();
        vm.regenerate(out -> {
            throw new PrintException(PrintException.LABELS_TOO_WIDE, 3, "235.0", "210.0");
        });
        assertThat(vm.pagesProperty().get()).isZero();
        assertThat(vm.errorProperty().get().key()).isEqualTo("print.error.labelsTooWide");
        assertThat(vm.errorProperty().get().args()).containsExactly(3, "235.0", "210.0");
    }

    @Test
    void savingIntoAFolderThatIsNotThereChangesNothing() {
        PdfPreviewViewModel vm = preview();
        vm.regenerate(out -> labels(out, 3));
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(dir.resolve("missing/labels.pdf"), () -> saved.set(true));
        assertThat(saved).isFalse();
        assertThat(vm.errorProperty().get().key()).isEqualTo("print.error.cannotWrite");
    }

    @Test
    void saveAsAsksWhereOffersTheNameAndSaysWhatWasSavedAndCancelSavesNothing() throws Exception {
        PdfPreviewViewModel vm = preview();
        vm.regenerate(out -> labels(out, 5));
        ScriptedDialogs dialogs = new ScriptedDialogs().choosing();
        vm.saveAs(dialogs, "list.pdf");
        assertThat(dialogs.asked).containsExactly("save cards.save.title list.pdf");
        assertThat(vm.doneProperty().get()).isNull();

        Path target = dir.resolve("chosen.pdf");
        vm.saveAs(dialogs.choosing(target), "list.pdf");
        assertThat(Files.mismatch(vm.documentProperty().get(), target)).isEqualTo(-1);
        assertThat(vm.doneProperty().get().key()).isEqualTo("preview.saved");
        assertThat(vm.doneProperty().get().args()).containsExactly("chosen.pdf");

        vm.saveAs(dialogs.choosing(dir.resolve("rapport.db")), "list.pdf");
        assertThat(vm.errorProperty().get()).as("never over the open database").isNotNull();
        vm.close();
    }
}
