package app.rapport.ui.cards;

import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.Envelope;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import app.rapport.ui.common.Placeholders;
import app.rapport.ui.common.PopupPlacement;
import app.rapport.ui.common.WholeWords;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The Cards area: card lists on the left; the chosen list's envelopes with status and three years of
 * history; marking sent, received or returned; households split or renamed; output to print, PDF or CSV.
 */
public final class CardsView {
    private final CardsViewModel vm;
    private final I18n i18n;
    private final SplitPane root;

    @FXML private ListView<CardListSummary> listsView;
    @FXML private Button newList;
    @FXML private Label listTitle;
    @FXML private Label listCounts;
    @FXML private Button markSent;
    @FXML private Button markReceived;
    @FXML private Button markReturned;
    @FXML private MenuButton envelopeMenu;
    @FXML private MenuItem rename;
    @FXML private Menu splitMenu;
    @FXML private MenuItem remove;
    @FXML private Button addContact;
    @FXML private MenuButton outputMenu;
    @FXML private MenuItem printList;
    @FXML private MenuItem printLabels;
    @FXML private MenuItem csv;
    @FXML private MenuItem settings;
    @FXML private MenuItem deleteList;
    @FXML private Label errorLabel;
    @FXML private TableView<EnvelopeRow> table;
    @FXML private TableColumn<EnvelopeRow, String> addresseeColumn;
    @FXML private TableColumn<EnvelopeRow, String> salutationColumn;
    @FXML private TableColumn<EnvelopeRow, String> addressColumn;
    @FXML private TableColumn<EnvelopeRow, String> statusColumn;
    @FXML private TableColumn<EnvelopeRow, String> historyColumn;

    public CardsView(CardsViewModel vm, I18n i18n, Notifier notifier, CardDialogs dialogs, CardOutputs outputs) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        listsView.setItems(vm.lists());
        EnvelopeCells cells = new EnvelopeCells(i18n);
        listsView.setCellFactory(v -> cells.listCell());
        listsView.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().id() != n.id())) {
                vm.selectedProperty().set(n);
            }
        });
        vm.selectedProperty().addListener((obs, o, n) -> showSelected(n));
        table.setItems(vm.envelopes());
        EnvelopeSelection selection = new EnvelopeSelection(table);
        Placeholders.whileLoading(table.placeholderProperty(), vm.envelopesLoadedProperty(), i18n,
                "cards.table.empty");
        WholeWords.inHeaders(table);
        cells.install(table, addresseeColumn, salutationColumn, addressColumn, statusColumn, historyColumn);
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        vm.doneProperty().addListener((obs, o, done) -> {
            if (done != null) {
                notifier.show(i18n.format(done.key(), done.args()), null, null);
            }
        });

        for (Button b : List.of(markSent, markReceived, markReturned)) {
            b.disableProperty().bind(selection.none());
        }
        envelopeMenu.disableProperty().bind(selection.notOne());
        var noList = vm.selectedProperty().isNull();
        addContact.disableProperty().bind(noList);
        outputMenu.disableProperty().bind(noList);
        PopupPlacement.keepInside(outputMenu);
        PopupPlacement.keepInside(envelopeMenu);

        markSent.setOnAction(e -> vm.markSent(selection.ids()));
        markReceived.setOnAction(e -> vm.markReceived(selection.ids()));
        markReturned.setOnAction(e -> vm.markReturned(selection.ids()));
        rename.setOnAction(e -> selection.one().ifPresent(r -> dialogs.rename(r.envelope())
                .ifPresent(n -> vm.rename(r.id(), n.addressee(), n.salutation()))));
        envelopeMenu.setOnShowing(e -> selection.fillSplit(splitMenu, vm));
        remove.setOnAction(e -> vm.remove(selection.ids()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().isEmpty()) {
                vm.remove(selection.ids());
            }
        });
        addContact.setOnAction(e -> dialogs.chooseContact().ifPresent(vm::add));
        newList.setOnAction(e -> dialogs.build().ifPresent(vm::refresh));
        deleteList.setOnAction(e -> vm.deleteList());
        csv.setOnAction(e -> outputs.csv(vm.selectedProperty().get(), List.copyOf(envelopes())));
        outputs.install(printList, printLabels, () -> vm.selectedProperty().get(), () -> List.copyOf(envelopes()));
        settings.setOnAction(e -> vm.editSettings(dialogs::settings));
        showSelected(null);
    }

    private List<Envelope> envelopes() {
        return vm.envelopes().stream().map(EnvelopeRow::envelope).toList();
    }

    private void showSelected(CardListSummary s) {
        listTitle.setText(text(vm.heading()));
        listCounts.setText(s == null ? "" : text(vm.counts()));
        if (s == null) {
            listsView.getSelectionModel().clearSelection();
        } else if (listsView.getSelectionModel().getSelectedItem() == null
                || listsView.getSelectionModel().getSelectedItem().id() != s.id()) {
            listsView.getSelectionModel().select(s);
        }
    }

    private String text(DialogService.Words w) {
        return i18n.format(w.key(), w.args().toArray());
    }

    public void refresh() {
        vm.refresh();
    }

    public Parent root() {
        return root;
    }
}
