package app.rapport.ui.network;

import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import app.rapport.ui.common.PopupPlacement;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.WholeWords;
import app.rapport.ui.contacts.Thumbnails;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/** The Network area (NetworkView.fxml): binds the map's canvas, toolbar and legend to the view-model; the panel beside it is {@link InsightPanelView}. */
public final class NetworkView {
    private final NetworkViewModel vm;
    private final MapWords words;
    private final BorderPane root;
    private final HoverCard card;

    @FXML private ComboBox<NetworkViewModel.View> view;
    @FXML private TextField search;
    @FXML private ComboBox<NetworkViewModel.SizeBy> sizeBy;
    @FXML private ComboBox<NetworkViewModel.ColourBy> colourBy;
    @FXML private MenuButton filters;
    @FXML private CheckMenuItem people;
    @FXML private CheckMenuItem organisations;
    @FXML private CheckMenuItem hideArchived;
    @FXML private CheckMenuItem hideFlagged;
    @FXML private Spinner<Integer> strength;
    @FXML private Menu tieTypes;
    @FXML private Menu tags;
    @FXML private MenuButton export;
    @FXML private NetworkCanvas canvas;
    @FXML private FlowPane legend;
    @FXML private Label settlingText;
    @FXML private ProgressBar settling;
    @FXML private Label error;

    public NetworkView(NetworkViewModel vm, I18n i18n, Notifier notifier, ContactService contacts, TaskRunner runner,
                       LongConsumer onOpen) {
        this.vm = vm;
        this.words = new MapWords(i18n);
        this.root = FxmlView.load(this, i18n);
        vm.exports().setOnNotice(w -> notifier.show(this.words.text(w), null, null));

        NamedCell.use(view, v -> i18n.get("network.view." + v.name()), NetworkViewModel.View.values());
        NamedCell.use(sizeBy, s -> i18n.get("network.size." + s.name()), NetworkViewModel.SizeBy.values());
        NamedCell.use(colourBy, c -> i18n.get("network.colour." + c.name()), NetworkViewModel.ColourBy.values());
        MapFilters shown = vm.filters();
        view.valueProperty().bindBidirectional(shown.viewProperty());
        sizeBy.valueProperty().bindBidirectional(vm.sizeByProperty());
        colourBy.valueProperty().bindBidirectional(vm.colourByProperty());
        search.textProperty().bindBidirectional(vm.searchProperty());
        WholeWords.inPrompt(search); // the toolbar flows onto a second row instead
        FilterMenus.bind(shown, people, organisations, hideArchived, hideFlagged, strength);
        FilterMenus.fill(tieTypes, tags, shown, i18n);
        Stream.of(filters, export).forEach(PopupPlacement::keepInside);

        // contacts' photos, loaded off the FX thread as nodes come into view and kept while the layout settles
        canvas.setPhotos(new Thumbnails(contacts::thumbnails, runner));
        canvas.pictureProperty().bind(vm.sceneProperty());
        canvas.selectedProperty().bindBidirectional(vm.selectedProperty());
        canvas.setNodeMover(vm.layout()::move);
        canvas.setOnOpen(id -> {
            vm.showAround(id); // a double-click re-centres the map on that contact
            canvas.centreOn(id);
        });
        canvas.setOnMouseClicked(e -> {
            if (e.isAltDown() && canvas.selectedProperty().get() != null) {
                vm.release(canvas.selectedProperty().get()); // Alt+click lets a pinned node go
            }
        });
        canvas.setOnKeyPressed(MapKeys.of(canvas));
        card = new HoverCard(canvas, id -> words.card(vm.panel().card(id)));
        canvas.hoveredProperty().addListener((obs, old, id) -> card.show(id));
        vm.sceneProperty().addListener((obs, before, now) -> vm.refitAfter(before, now).ifPresent(this::refit));

        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        settling.progressProperty().bind(vm.layout().progressProperty());
        settling.visibleProperty().bind(vm.layout().progressProperty().lessThan(1));
        settlingText.visibleProperty().bind(settling.visibleProperty());
        Swatches.legend(legend, vm.panel().legend());
        root.setRight(new InsightPanelView(vm, words, i18n, contacts, runner, onOpen, canvas::centreOn).root());
    }

    /** The map keeps itself fitted while it settles or what is shown changes, until the user zooms or pans. */
    private void refit(NetworkViewModel.Refit refit) {
        Platform.runLater(() -> {
            boolean around = refit.around() != null && canvas.fitAround(refit.around());
            if (!around && !canvas.userMoved()) {
                canvas.fit();
            }
        });
    }

    @FXML private void goToFirstMatch() {
        vm.goToFirstMatch().ifPresent(canvas::centreOn);
    }

    @FXML private void zoomIn() {
        canvas.zoomBy(1.25);
    }

    @FXML private void zoomOut() {
        canvas.zoomBy(0.8);
    }

    @FXML private void fit() {
        canvas.fit();
    }

    @FXML private void exportPicture() {
        vm.exports().exportPicture(() -> {
            WritableImage image = canvas.snapshot(null, null); // on the FX thread; converted and written off it
            return () -> SwingFXUtils.fromFXImage(image, null);
        });
    }

    @FXML private void exportShown() {
        vm.exports().exportGraphMl(false);
    }

    @FXML private void exportWhole() {
        vm.exports().exportGraphMl(true);
    }

    public Node root() {
        return root;
    }

    public NetworkCanvas canvas() {
        return canvas;
    }
}
