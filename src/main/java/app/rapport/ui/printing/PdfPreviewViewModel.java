package app.rapport.ui.printing;

import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.io.printing.PdfPreview;
import app.rapport.io.printing.PrintException;
import app.rapport.service.printing.DocumentService;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Print preview and PDF saving for any document Rapport writes: the document is written to a temporary
 * PDF off the UI thread each time its options change; pages are rendered one at a time; saving copies
 * that very file, so what was previewed is what is saved and printed.
 */
public final class PdfPreviewViewModel implements AutoCloseable {
    /** A message for the user: a bundle key and its arguments. */
    public record Message(String key, Object... args) {
    }

    private final TaskRunner runner;
    private final DocumentService documents;
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Path> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> done = new ReadOnlyObjectWrapper<>();
    private int generation;

    /** {@code documents} saves the PDF, never over the open database or its own files. */
    public PdfPreviewViewModel(TaskRunner runner, DocumentService documents) {
        this.runner = runner;
        this.documents = documents;
    }

    /** Writes the document anew with {@code writer} (which returns its page count). */
    public void regenerate(Function<Path, Integer> writer) {
        int mine = ++generation;
        runner.run(() -> {
            Path temp = Files.createTempFile("rapport-preview-", ".pdf");
            try {
                int count = writer.apply(temp);
                return new Object[] {temp, count};
            } catch (RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }, result -> {
            Path written = (Path) result[0];
            if (mine != generation) {
                deleteQuietly(written);
                return;
            }
            Path old = document.get();
            document.set(written);
            pages.set((Integer) result[1]);
            error.set(null);
            if (old != null) {
                deleteQuietly(old);
            }
        }, failure -> {
            if (mine == generation) {
                pages.set(0);
                error.set(messageFor(failure));
            }
        });
    }

    /** Renders page {@code index} (from 0) of the current document at {@code dpi}, off the UI thread. */
    public void render(int index, float dpi, Consumer<BufferedImage> onImage) {
        Path current = document.get();
        if (current == null || index < 0 || index >= pages.get()) {
            return;
        }
        runner.run(() -> documents.page(current, index, dpi), onImage, failure -> error.set(messageFor(failure)));
    }

    /**
     * Save as PDF: asks where (offering {@code suggestedName}), then copies the previewed PDF there and
     * says so in {@link #doneProperty()}; Cancel saves nothing.
     */
    public void saveAs(DialogService dialogs, String suggestedName) {
        dialogs.saveFile(Words.of("cards.save.title"), suggestedName, FileType.of(Words.of("preview.pdfFiles"), "pdf"))
                .ifPresent(target -> save(target, () -> done.set(new Message("preview.saved",
                        target.getFileName().toString()))));
    }

    /** Copies the previewed PDF to {@code target}; {@code onSaved} runs on the UI thread. */
    public void save(Path target, Runnable onSaved) {
        Path current = document.get();
        if (current == null) {
            error.set(new Message(PrintException.NOTHING_TO_PRINT));
            return;
        }
        runner.run(() -> {
            try {
                documents.save(current, target);
                return target;
            } catch (ExportException e) {
                if (e.reason().protectsData()) {
                    throw e; // worded by its reason (UserMessages)
                }
                throw new PrintException(e, PrintException.CANNOT_WRITE, target, e.reason().name().toLowerCase(
                        java.util.Locale.ROOT).replace('_', ' '));
            }
        }, saved -> {
            error.set(null);
            onSaved.run();
        }, failure -> error.set(messageFor(failure)));
    }

    static Message messageFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PrintException p) {
                return new Message(p.messageKey(), p.args());
            }
        }
        return new Message(UserMessages.keyFor(failure));
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** What was last done, for the status line ("Saved list.pdf."). */
    public ReadOnlyObjectProperty<Message> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Forgets the temporary file. */
    @Override
    public void close() {
        generation++;
        Path current = document.get();
        document.set(null);
        if (current != null) {
            try {
                runner.run(() -> {
                    Files.deleteIfExists(current);
                    return null;
                }, ok -> { }, failure -> { });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // the window is closing and its workers have stopped: the JVM removes the file on exit
                current.toFile().deleteOnExit();
            }
        }
    }

    private void deleteQuietly(Path file) {
        runner.run(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }, ok -> { }, failure -> { });
    }
}
