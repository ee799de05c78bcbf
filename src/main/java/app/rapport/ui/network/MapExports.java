package app.rapport.ui.network;

import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import app.rapport.service.printing.DocumentService;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The map's Export menu: the picture as the window shows it, GraphML of what is shown or of the whole network. */
public final class MapExports {
    /** What is exported: the whole network, what is shown of it, and the metrics; any may be null before loading. */
    interface Source {
        NetworkGraph whole();

        NetworkGraph shown();

        GraphMetrics metrics();
    }

    private final NetworkService network;
    private final TaskRunner runner;
    /** Writes the files, refusing any that would replace the database, its working files or its backups. */
    private final DocumentService documents;
    private final DialogService dialogs;
    private final Source source;
    private final Consumer<Throwable> failed;
    private Consumer<Words> onNotice = words -> { };

    MapExports(NetworkService network, TaskRunner runner, DocumentService documents, DialogService dialogs, Source source,
               Consumer<Throwable> failed) {
        this.network = network;
        this.runner = runner;
        this.documents = documents;
        this.dialogs = dialogs;
        this.source = source;
        this.failed = failed;
    }

    /** What the window says briefly once a file is written ("network.png saved."). */
    public void setOnNotice(Consumer<Words> onNotice) {
        this.onNotice = onNotice;
    }

    /**
     * Export › Picture: asks where to write, then writes the map as the window shows it.
     * {@code snapshot} takes the picture at once (on the FX thread) and returns how to convert it
     * (off it); it is not taken when the user cancels.
     */
    public void exportPicture(Supplier<Callable<BufferedImage>> snapshot) {
        dialogs.saveFile(Words.of("network.export.png"), "network.png",
                        FileType.of(Words.of("network.fileType.png"), "png"))
                .ifPresent(out -> exportPng(snapshot.get(), out, () -> saved(out)));
    }

    /** Export › GraphML: asks where to write what is shown, or the whole network, then writes it. */
    public void exportGraphMl(boolean whole) {
        if ((whole ? source.whole() : source.shown()) == null) {
            return;
        }
        dialogs.saveFile(Words.of("network.export.graphml"), "network.graphml",
                        FileType.of(Words.of("network.fileType.graphml"), "graphml"))
                .ifPresent(out -> exportGraphMl(out, whole, () -> saved(out)));
    }

    private void saved(Path out) {
        onNotice.accept(Words.of("network.exported", out.getFileName().toString()));
    }

    /** GraphML for Gephi: of what is shown, or of the whole network. */
    public void exportGraphMl(Path out, boolean whole, Runnable onDone) {
        NetworkGraph g = whole ? source.whole() : source.shown();
        GraphMetrics m = source.metrics();
        if (g == null) {
            return;
        }
        runner.run(() -> {
            documents.writeGraphMl(g, m, out);
            return null;
        }, done -> onDone.run(), failed);
    }

    /** The map as the window shows it, as PNG; {@code picture} is taken off the UI thread. */
    public void exportPng(Callable<BufferedImage> picture, Path out, Runnable onDone) {
        runner.run(() -> {
            documents.writePicture(out, () -> { // refused before the picture is taken
                try {
                    return picture.call();
                } catch (Exception e) {
                    throw new IllegalStateException("The map's picture could not be taken", e);
                }
            });
            return null;
        }, done -> onDone.run(), failed);
    }
}
