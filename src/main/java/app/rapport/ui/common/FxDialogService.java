package app.rapport.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with the toolkit's dialogs, in the user's language, over the window that asks. */
public final class FxDialogService implements DialogService {
    private final Supplier<I18n> language;
    private final Supplier<Window> owner;
    private I18n i18n;

    /**
     * @param language the user's language as it is now, asked at each question (it changes while the app runs)
     * @param owner the window the dialogs belong to, asked each time (it may not be shown yet at start)
     */
    public FxDialogService(Supplier<I18n> language, Supplier<Window> owner) {
        this.language = language;
        this.owner = owner;
    }

    @Override
    public boolean confirm(Question q) {
        i18n = language.get();
        Alert alert = alert(q);
        ButtonType yes = new ButtonType(text(q.goAhead()), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = cancel();
        alert.getButtonTypes().setAll(yes, cancel);
        if (q.weight() == Weight.WARNING) { // what is hard to take back is never the default answer
            ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Leave askBeforeLeaving(Question q) {
        i18n = language.get();
        Alert alert = alert(q);
        ButtonType save = new ButtonType(text(q.goAhead()), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("contacts.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = cancel();
        alert.getButtonTypes().setAll(save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Leave.SAVE : answer == discard ? Leave.DISCARD : Leave.STAY;
    }

    @Override
    public <T> Optional<T> chooseOne(OneOf<T> q) {
        i18n = language.get();
        List<String> names = q.answers().stream().map(a -> text(q.name().apply(a))).toList();
        int current = q.answers().indexOf(q.current());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(Math.max(0, current)), names);
        dialog.initOwner(owner.get());
        dialog.setTitle(text(q.title()));
        dialog.setHeaderText(text(q.header()));
        dialog.setContentText(text(q.label()));
        if (q.id() != null) {
            dialog.getDialogPane().lookup(".combo-box").setId(q.id());
        }
        // JavaFX's own Cancel is English in Russian and Thai; OK reads the same in every language
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, cancel());
        return dialog.showAndWait().map(names::indexOf).filter(i -> i >= 0).map(q.answers()::get);
    }

    @Override
    public void showError(Words header, Words message) {
        i18n = language.get();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(i18n.get("error.title"));
        alert.setHeaderText(text(header));
        alert.setContentText(text(message));
        alert.getButtonTypes().setAll(new ButtonType(i18n.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.showAndWait();
    }

    @Override
    public Optional<Path> saveFile(Words title, String suggestedName, FileType type) {
        i18n = language.get();
        File file = FilePrompts.save(owner.get(), text(title), suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_"),
                filter(type));
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> openFile(Words title, FileType... types) {
        i18n = language.get();
        return Optional.ofNullable(FilePrompts.open(owner.get(), text(title), null, filters(types))).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(Words title, FileType... types) {
        i18n = language.get();
        return FilePrompts.openMany(owner.get(), text(title), filters(types)).stream().map(File::toPath).toList();
    }

    private Alert alert(Question q) {
        Alert alert = new Alert(q.weight() == Weight.WARNING ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        if (q.id() != null) {
            alert.getDialogPane().setId(q.id());
        }
        alert.setTitle(text(q.title()));
        alert.setHeaderText(text(q.header()));
        alert.setContentText(text(q.body()));
        return alert;
    }

    private ButtonType cancel() {
        return new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private String text(Words w) {
        return w == null ? null : w.args().isEmpty() ? i18n.get(w.key()) : i18n.format(w.key(), w.args().toArray());
    }

    private FileChooser.ExtensionFilter filter(FileType t) {
        return new FileChooser.ExtensionFilter(text(t.name()), t.extensions().stream().map(e -> "*." + e).toList());
    }

    private FileChooser.ExtensionFilter[] filters(FileType... types) {
        FileChooser.ExtensionFilter[] filters = new FileChooser.ExtensionFilter[types.length];
        for (int i = 0; i < types.length; i++) {
            filters[i] = filter(types[i]);
        }
        return filters;
    }
}
