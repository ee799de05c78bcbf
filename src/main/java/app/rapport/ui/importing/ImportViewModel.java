package app.rapport.ui.importing;

import app.rapport.io.importing.FileFormat;
import app.rapport.io.importing.ImportOptions;
import app.rapport.io.importing.ImportedRecord;
import app.rapport.service.importing.ImportCounts;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.service.importing.ImportPlan;
import app.rapport.service.importing.ImportService;
import app.rapport.service.importing.ProposedMerge;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: the files and how to read them, the preview (counts, problems, proposed
 * merges with the user's choices), and the import itself with its progress and Cancel. Reading and
 * writing run on the task runner; choosing files, format or encoding previews again.
 */
public final class ImportViewModel {
    /** Where the dialog is. */
    public enum Stage {
        /** no file chosen yet */
        EMPTY,
        READING,
        /** a preview with something to import */
        READY,
        /** a preview with nothing readable */
        NOTHING,
        IMPORTING,
        DONE,
        CANCELLED,
        FAILED
    }

    private final ImportService service;
    private final TaskRunner runner;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>(FileFormat.AUTO);
    /** null reads the encoding from the file */
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    /** how to read dates with slashes; AUTO by what the file allows, else the locale's order */
    private final ObjectProperty<app.rapport.io.importing.DateOrder> dateOrder =
            new SimpleObjectProperty<>(app.rapport.io.importing.DateOrder.AUTO);
    /** ISO code for phone numbers without a country code; null takes the country from the settings */
    private final ObjectProperty<String> homeCountry = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.EMPTY);
    private final ReadOnlyObjectWrapper<ImportCounts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<MergeRow> merges = FXCollections.observableArrayList();
    private ImportPlan plan;
    private int generation;
    private AtomicBoolean cancel = new AtomicBoolean();
    private Runnable onImported = () -> { };

    public ImportViewModel(ImportService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        files.addListener((javafx.collections.ListChangeListener<Path>) c -> preview());
        format.addListener((obs, old, now) -> preview());
        encoding.addListener((obs, old, now) -> preview());
        dateOrder.addListener((obs, old, now) -> preview());
        homeCountry.addListener((obs, old, now) -> preview());
    }

    /** Told once an import has written something, so lists can reload. */
    public void setOnImported(Runnable action) {
        onImported = action == null ? () -> { } : action;
    }

    /** Reads the chosen files again and plans the import; nothing is written. */
    public void preview() {
        if (stage.get() == Stage.IMPORTING) {
            return;
        }
        int mine = ++generation;
        plan = null;
        problems.clear();
        merges.clear();
        counts.set(null);
        errorKey.set(null);
        if (files.isEmpty()) {
            stage.set(Stage.EMPTY);
            return;
        }
        stage.set(Stage.READING);
        List<Path> chosen = List.copyOf(files);
        // the encoding chosen here is for the files the preview said it was unsure of; the others keep theirs
        ImportOptions options = new ImportOptions(encoding.get(), format.get(), java.util.Map.of(), homeCountry.get(),
                dateOrder.get(), encoding.get() != null);
        runner.run(() -> service.preview(chosen, options), (ImportPlan read) -> {
            if (mine == generation) {
                show(read);
            }
        }, failure -> {
            if (mine == generation) {
                fail(failure);
            }
        });
    }

    private void show(ImportPlan read) {
        plan = read;
        read.problems().forEach(p -> problems.add(ProblemRow.of(p)));
        // strong evidence first, then the possible duplicates, each in file order
        List<ProposedMerge> grouped = read.merges().stream()
                .sorted(java.util.Comparator.comparing(ProposedMerge::decision)).toList();
        for (ProposedMerge m : grouped) {
            ImportedRecord r = read.records().get(m.record());
            MergeRow row = new MergeRow(m, r.contact().displayName(), r.at().where());
            row.acceptedProperty().addListener((obs, old, now) -> counts.set(plan.counts(accepted())));
            merges.add(row);
        }
        counts.set(read.counts(accepted()));
        stage.set(read.isEmpty() ? Stage.NOTHING : Stage.READY);
    }

    /** Writes the previewed import with the merges the user left ticked, in one transaction. */
    public void importNow() {
        if (stage.get() != Stage.READY) {
            return;
        }
        ImportPlan toWrite = plan;
        Set<Integer> accepted = accepted();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        progress.set(0);
        stage.set(Stage.IMPORTING);
        // one update per percent: ten thousand contacts must not queue ten thousand pulses
        java.util.concurrent.atomic.AtomicLong shown = new java.util.concurrent.atomic.AtomicLong(-1);
        String country = homeCountry.get();
        runner.run(() -> {
            ImportOutcome written = service.apply(toWrite, accepted, (done, total) -> {
                long percent = total == 0 ? 100 : done * 100 / total;
                if (shown.getAndSet(percent) != percent) {
                    runner.onUiThread(() -> progress.set(percent / 100.0));
                }
            }, cancelled::get);
            if (!written.cancelled() && country != null) {
                service.rememberHomeCountry(country); // asked here because it was not known: kept for next time
            }
            return written;
        }, (ImportOutcome result) -> {
            outcome.set(result);
            if (result.cancelled()) {
                stage.set(Stage.CANCELLED);
            } else {
                progress.set(1);
                stage.set(Stage.DONE);
                onImported.run();
            }
        }, this::fail);
    }

    /** Stops a running import; it leaves the database as it was. */
    public void cancel() {
        cancel.set(true);
    }

    /**
     * Cancel while importing stops the import and the dialog stays to say so; at any other time the
     * dialog closes: true when it should.
     */
    public boolean cancelOrClose() {
        if (stage.get() == Stage.IMPORTING) {
            cancel();
            return false;
        }
        return true;
    }

    private void fail(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
        stage.set(Stage.FAILED);
    }

    private Set<Integer> accepted() {
        Set<Integer> ids = new HashSet<>();
        merges.stream().filter(r -> r.acceptedProperty().get()).forEach(r -> ids.add(r.merge().id()));
        return ids;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObjectProperty<FileFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<app.rapport.io.importing.DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    public ObjectProperty<String> homeCountryProperty() {
        return homeCountry;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** What the import will do with the merges as ticked now; null before a preview. */
    public ReadOnlyObjectProperty<ImportCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What the import did; null until it ran. */
    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** 0 to 1 while importing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ObservableList<MergeRow> merges() {
        return merges;
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> stage.get() == Stage.READY, stage);
    }

    public BooleanBinding importing() {
        return Bindings.createBooleanBinding(() -> stage.get() == Stage.IMPORTING, stage);
    }
}
