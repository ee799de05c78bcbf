package app.rapport.ui.sync;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.service.sync.OpenConflict;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TextCells;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The Conflicts dialog, opened from the Sync dialog: binds {@link ConflictsViewModel}. */
public final class ConflictsView {
    private final ConflictsViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;

    @FXML private Label none;
    @FXML private ListView<OpenConflict> conflictList;
    @FXML private Label contactName;
    @FXML private Label gone;
    @FXML private GridPane fields;
    @FXML private Button keepRapport;
    @FXML private Button takeServer;
    @FXML private ProgressIndicator busy;
    @FXML private Label error;

    public ConflictsView(Window owner, ConflictsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        dialog = FormDialog.closeOnly(owner, i18n, "sync.conflicts.title");
        dialog.form(FxmlView.load(this, i18n));
        dialog.setResizable(true);
    }

    @FXML
    private void initialize() {
        conflictList.setItems(vm.conflicts());
        conflictList.setCellFactory(v -> TextCells.of(c -> c == null ? "" : name(c) + "\n"
                + c.fields().stream().map(f -> i18n.get("sync.field." + f.field().name()))
                        .collect(Collectors.joining(", "))));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (conflictList.getSelectionModel().getSelectedItem() != now) {
                conflictList.getSelectionModel().select(now);
            }
            show(now);
        });
        conflictList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        none.visibleProperty().bind(vm.loadedProperty().and(Bindings.isEmpty(vm.conflicts())));
        none.managedProperty().bind(none.visibleProperty());
        keepRapport.disableProperty().bind(vm.canKeepRapportBinding().not());
        keepRapport.setOnAction(e -> vm.keepRapport());
        keepRapport.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                vm.selectedProperty().get() != null && vm.selectedProperty().get().contactGone()
                        ? "sync.conflicts.dismiss" : "sync.conflicts.keepRapport"), vm.selectedProperty()));
        takeServer.disableProperty().bind(vm.canTakeServerBinding().not());
        takeServer.setOnAction(e -> vm.takeServer());
        busy.visibleProperty().bind(vm.workingProperty());
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() == null ? ""
                : i18n.format(vm.errorProperty().get().key(), vm.errorProperty().get().args().toArray()),
                vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(40);
        ColumnConstraints other = new ColumnConstraints();
        other.setHgrow(Priority.ALWAYS);
        other.setPercentWidth(40);
        fields.getColumnConstraints().setAll(label, value, other);
        show(null);
    }

    private String name(OpenConflict c) {
        return c.contactGone() ? i18n.format("sync.conflicts.goneName", c.contactName()) : c.contactName();
    }

    /** The selected conflict's fields, one row each: its name, the value in Rapport, the value on the server. */
    private void show(OpenConflict c) {
        fields.getChildren().clear();
        contactName.setText(c == null ? "" : name(c));
        gone.setVisible(c != null && c.contactGone());
        gone.setManaged(gone.isVisible());
        if (c == null) {
            return;
        }
        fields.addRow(0, heading("sync.conflicts.field"), heading("sync.conflicts.rapport"),
                heading("sync.conflicts.server"));
        int row = 1;
        for (OpenConflict.FieldValues f : c.fields()) {
            Label rapport = value(c.contactGone() ? "" : say(f.rapport()));
            rapport.setId("rapport-" + f.field().name());
            Label server = value(say(f.server()));
            server.setId("server-" + f.field().name());
            fields.addRow(row++, new Label(i18n.get("sync.field." + f.field().name())), rapport, server);
        }
    }

    private Label heading(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A field's value in the user's language. */
    private String say(Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return i18n.get("sync.conflicts.empty");
        }
        if (value instanceof Birthday b) {
            return i18n.birthday(b);
        }
        if (value instanceof ContactKind k) {
            return i18n.get("kind." + k.name());
        }
        if (value instanceof OrgKind k) {
            return i18n.get("orgKind." + k.name());
        }
        if (value instanceof ContactPhoto p) {
            return i18n.format("sync.conflicts.photo", Math.max(1, p.bytes().length / 1024));
        }
        return value.toString();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
