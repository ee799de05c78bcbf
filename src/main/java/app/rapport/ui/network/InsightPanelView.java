package app.rapport.ui.network;

import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.network.InsightPanel.Row;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The insight panel beside the map (InsightPanelView.fxml): the selected contact's card and Open, the
 * brokers and communities (a row chosen goes there on the map), who stands alone, the introduction path.
 */
final class InsightPanelView {
    private final VBox root;

    @FXML private VBox panel;
    @FXML private Label selected;
    @FXML private Button open;
    @FXML private ListView<Row> brokers;
    @FXML private ListView<Row> organisationBrokers;
    @FXML private ListView<Row> communities;
    @FXML private Label isolated;
    @FXML private StackPane pathToHolder;
    @FXML private Label path;

    /** {@code onOpen} opens a contact in Contacts; {@code goTo} moves the map to one. */
    InsightPanelView(NetworkViewModel vm, MapWords words, I18n i18n, ContactService contacts, TaskRunner runner,
                     LongConsumer onOpen, LongConsumer goTo) {
        root = FxmlView.load(this, i18n);
        InsightPanel p = vm.panel();
        open.setOnAction(e -> vm.contactToOpen().ifPresent(onOpen::accept));
        open.disableProperty().bind(vm.selectedProperty().isNull());
        selected.textProperty().bind(Bindings.createStringBinding(() -> words.card(p.card(vm.selectedProperty().get())),
                vm.selectedProperty(), vm.sceneProperty()));
        // a broker's row says which groups they bridge when the mouse rests on it, as their card does
        Swatches.rows(brokers, p.brokers(), row -> words.text(p.bridges(row.id()).orElse(null)));
        Swatches.rows(organisationBrokers, p.organisationBrokers(), row -> words.text(p.bridges(row.id()).orElse(null)));
        Swatches.rows(communities, p.communities());
        Swatches.choosing(brokers, vm.selectedProperty(), goTo);
        Swatches.choosing(organisationBrokers, vm.selectedProperty(), goTo);
        isolated.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("network.isolated", p.isolatedProperty().get()), p.isolatedProperty()));
        ContactPicker to = new ContactPicker(contacts, runner, i18n);
        to.setId("networkPathTo");
        to.selectedProperty().addListener((obs, old, s) -> {
            if (s != null) {
                vm.paths().pathTo(s.id());
            }
        });
        panel.getChildren().set(panel.getChildren().indexOf(pathToHolder), to);
        IntroductionPaths paths = vm.paths();
        path.textProperty().bind(Bindings.createStringBinding(() -> words.text(paths.pathWords()), paths.pathProperty(),
                paths.pathMissingProperty()));
    }

    VBox root() {
        return root;
    }
}
