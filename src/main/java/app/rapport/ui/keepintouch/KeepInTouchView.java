package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Placeholders;
import app.rapport.ui.common.WholeWords;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Keep in touch area (KeepInTouchView.fxml): a ranked table with Log, Snooze and Open on every row. */
public final class KeepInTouchView {
    private final KeepInTouchViewModel vm;
    private final I18n i18n;
    private final PlaybooksView playbooks;
    private final Runnable onTagCadences;
    private final Parent root;

    @FXML private Label error;
    @FXML private TabPane tabs;
    @FXML private TableView<DueItem> table;
    @FXML private TableColumn<DueItem, String> name;
    @FXML private TableColumn<DueItem, String> reason;
    @FXML private TableColumn<DueItem, String> due;
    @FXML private TableColumn<DueItem, DueItem> actions;
    @FXML private Tab playbooksTab;

    /**
     * @param onLog  opens the quick log for the row's contact; refresh the list after it saves
     * @param onOpen shows the contact in the Contacts area
     * @param onTagCadences shows the default cadences by tag
     */
    public KeepInTouchView(KeepInTouchViewModel vm, PlaybooksView playbooks, I18n i18n, Consumer<DueItem> onLog,
                           Consumer<Long> onOpen, Runnable onTagCadences) {
        this.vm = vm;
        this.i18n = i18n;
        this.playbooks = playbooks;
        this.onTagCadences = onTagCadences;
        this.root = FxmlView.load(this, i18n);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);

        table.setItems(vm.items());
        Placeholders.whileLoading(table.placeholderProperty(), vm.loadedProperty(), i18n, "kit.empty");
        WholeWords.inHeaders(table);
        show(name, DueItem::name);
        show(reason, d -> text(vm.reason(d)) + (d.flagged() ? " \u26A0" : ""));
        show(due, d -> d.dueOn() == null ? "" : i18n.shortDate(d.dueOn()) + " \u00b7 " + i18n.relative(d.dueOn(), vm.today()));
        actions.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        actions.setCellFactory(c -> new DueActions(i18n, onLog, vm, onOpen));

        playbooksTab.setContent(playbooks.root());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == playbooksTab) {
                playbooks.refresh();
            }
        });
    }

    @FXML private void tagCadences() {
        onTagCadences.run();
    }

    private String text(Words w) {
        return w.args().isEmpty() ? i18n.get(w.key()) : i18n.format(w.key(), w.args().toArray());
    }

    private static void show(TableColumn<DueItem, String> column, Function<DueItem, String> value) {
        column.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        vm.refresh();
        playbooks.refresh();
    }
}
