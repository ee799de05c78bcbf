package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.ties.TieView;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FullWidthCell;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Placeholders;
import app.rapport.ui.common.TaskRunner;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Ties tab: every tie of the shown contact, read from its end, with add, change and remove. Binds and forwards. */
final class TiesView {
    private final TiesViewModel vm;
    private final I18n i18n;
    private final ContactService contacts;
    private final TaskRunner runner;
    private final Supplier<String> shownName;
    private final Node root;

    @FXML private Label error;
    @FXML private ListView<TieView> tiesList;

    TiesView(TiesViewModel vm, I18n i18n, ContactService contacts, TaskRunner runner, Supplier<String> shownName) {
        this.vm = vm;
        this.i18n = i18n;
        this.contacts = contacts;
        this.runner = runner;
        this.shownName = shownName;
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        tiesList.setItems(vm.ties());
        Placeholders.whileLoading(tiesList.placeholderProperty(), vm.loadedProperty(), i18n, "ties.empty");
        tiesList.setCellFactory(v -> new TieCell());
    }

    Node root() {
        return root;
    }

    @FXML
    private void add() {
        showDialog(null);
    }

    /** "Anna works at Acme" from Anna's side, "Acme employs Anna" from Acme's. */
    String phrase(TieView t) {
        String key = "tie." + t.type().name() + (t.outgoing() ? ".forward" : ".reverse");
        return i18n.format(key, shownName.get(), t.otherName());
    }

    private void showDialog(TieView existing) {
        String header = existing == null ? i18n.format("ties.add.header", shownName.get()) : phrase(existing);
        new TieDialog(root.getScene().getWindow(), vm, i18n, contacts, runner, existing, shownName.get(), header)
                .showAndWait();
    }

    private final class TieCell extends FullWidthCell<TieView> {

        @Override
        protected void updateItem(TieView t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(phrase(t));
            text.setWrapText(true);
            FontIcon kind = new FontIcon(t.otherKind() == ContactKind.PERSON ? "mdi2a-account-outline" : "mdi2d-domain");
            String details = "\u25CF".repeat(t.tie().strength()) + "\u25CB".repeat(5 - t.tie().strength())
                    + (t.tie().since() == null ? "" : "  " + i18n.format("ties.since", i18n.date(t.tie().since())))
                    + (t.tie().note().isEmpty() ? "" : "  \u2014 " + t.tie().note());
            Label sub = new Label(details);
            sub.getStyleClass().add("result-count");
            sub.setWrapText(true);
            VBox lines = new VBox(2, text, sub);
            HBox.setHgrow(lines, Priority.ALWAYS);
            HBox row = new HBox(8, kind, lines);
            if (t.otherFlagged()) {
                Label flag = new Label(i18n.get("flag.badge"), new FontIcon("mdi2f-flag-outline"));
                flag.getStyleClass().add("flag-badge");
                flag.setTooltip(new Tooltip(t.otherFlagReason()));
                row.getChildren().add(flag);
            }
            row.getChildren().addAll(IconButtons.of("mdi2p-pencil-outline", "ties.edit", () -> showDialog(t), i18n),
                    IconButtons.of("mdi2c-close", "ties.remove", () -> vm.remove(t), i18n));
            setText(null);
            setGraphic(row);
        }
    }
}
