package app.rapport.ui.network;

import app.rapport.graph.GraphNode;
import app.rapport.graph.IntroductionPath;
import app.rapport.service.ContactService;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FilePrompts;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.ContactPicker;
import java.io.File;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Network area: the map on a canvas, its toolbar, the insight panel and the legend. */
public final class NetworkView {
    private final NetworkViewModel vm;
    private final I18n i18n;
    private final Notifier notifier;
    private final TaskRunner runner;
    private final LongConsumer onOpen;
    private final BorderPane root = new BorderPane();
    private final NetworkCanvas canvas = new NetworkCanvas();
    private final Tooltip card = new Tooltip();

    public NetworkView(NetworkViewModel vm, I18n i18n, Notifier notifier, ContactService contacts, TaskRunner runner,
                       LongConsumer onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.notifier = notifier;
        this.runner = runner;
        this.onOpen = onOpen;
        canvas.setId("networkCanvas");
        canvas.setAccessibleText(i18n.get("network.canvas"));
        canvas.pictureProperty().bind(vm.sceneProperty());
        // contacts' photos as their nodes' pictures, loaded off the FX thread as nodes come into view and kept
        // (not forgotten on each new picture of the map: the layout draws many while it settles)
        app.rapport.ui.contacts.Thumbnails photos = new app.rapport.ui.contacts.Thumbnails(contacts::thumbnails, runner);
        canvas.setPhotos(photos);
        canvas.selectedProperty().bindBidirectional(vm.selectedProperty());
        canvas.setNodeMover(vm::move);
        canvas.setOnOpen(id -> {
            // double-click re-centres the map on that contact
            vm.selectedProperty().set(id);
            vm.viewProperty().set(NetworkViewModel.View.AROUND_SELECTED);
            canvas.centreOn(id);
        });
        canvas.setOnMouseClicked(e -> {
            if (e.isAltDown() && canvas.selectedProperty().get() != null) {
                vm.release(canvas.selectedProperty().get()); // Alt+click lets a pinned node go
            }
        });
        canvas.hoveredProperty().addListener((obs, old, id) -> hover(id));
        canvas.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> canvas.zoomBy(1.25);
                case MINUS, SUBTRACT -> canvas.zoomBy(0.8);
                case F, DIGIT0 -> canvas.fit();
                case LEFT -> canvas.panBy(60, 0);
                case RIGHT -> canvas.panBy(-60, 0);
                case UP -> canvas.panBy(0, 60);
                case DOWN -> canvas.panBy(0, -60);
                default -> {
                    return;
                }
            }
            // the map's keys are the map's: an arrow left unconsumed moves the focus on to the lists
            e.consume();
        });
        VBox.setVgrow(canvas, Priority.ALWAYS);

        root.setTop(toolbar());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        ProgressBar settling = new ProgressBar();
        settling.setId("networkSettling");
        settling.progressProperty().bind(vm.layoutProgressProperty());
        settling.visibleProperty().bind(vm.layoutProgressProperty().lessThan(1));
        settling.setPrefWidth(160);
        Label settlingText = new Label(i18n.get("network.settling"));
        settlingText.visibleProperty().bind(settling.visibleProperty());
        settlingText.getStyleClass().add("result-count");
        FlowPane legend = legend();
        HBox bottom = new HBox(12, legend, spacer(), settlingText, settling, error);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        VBox centre = new VBox(canvas, bottom);
        root.setCenter(centre);
        root.setRight(insights(contacts));
        // the map keeps itself fitted while it settles or what is shown changes, until the user zooms
        // or pans; a selection or a search highlight leaves it where it is. Around the selected contact
        // (a double-click), it is fitted with that contact in the middle, as the user asked
        vm.sceneProperty().addListener((obs, old, now) -> {
            boolean changed = vm.layoutProgressProperty().get() < 1 || old.nodes().size() != now.nodes().size();
            if (now.isEmpty() || !changed) {
                return;
            }
            Long around = vm.viewProperty().get() == NetworkViewModel.View.AROUND_SELECTED
                    ? vm.selectedProperty().get() : null;
            if (around != null) {
                javafx.application.Platform.runLater(() -> {
                    if (!canvas.fitAround(around) && !canvas.userMoved()) {
                        canvas.fit();
                    }
                });
            } else if (!canvas.userMoved()) {
                javafx.application.Platform.runLater(canvas::fit);
            }
        });
    }

    private Node toolbar() {
        ComboBox<NetworkViewModel.View> view = combo(NetworkViewModel.View.values(), v -> i18n.get("network.view." + v.name()));
        view.setId("networkView");
        view.setPrefWidth(200);
        view.valueProperty().bindBidirectional(vm.viewProperty());
        TextField search = new TextField();
        search.setId("networkSearch");
        search.setPromptText(i18n.get("network.search"));
        search.setAccessibleText(i18n.get("network.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.firstMatch().ifPresent(id -> {
                    vm.selectedProperty().set(id);
                    canvas.centreOn(id);
                });
            }
        });
        search.setPrefWidth(230);
        app.rapport.ui.common.WholeWords.inPrompt(search); // the toolbar flows onto a second row instead
        ComboBox<NetworkViewModel.SizeBy> size = combo(NetworkViewModel.SizeBy.values(), s -> i18n.get("network.size." + s.name()));
        size.setId("networkSizeBy");
        size.valueProperty().bindBidirectional(vm.sizeByProperty());
        // as wide as its words in each language
        size.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<NetworkViewModel.ColourBy> colour = combo(NetworkViewModel.ColourBy.values(),
                c -> i18n.get("network.colour." + c.name()));
        colour.setId("networkColourBy");
        colour.valueProperty().bindBidirectional(vm.colourByProperty());
        colour.setMinWidth(Region.USE_PREF_SIZE);

        CheckMenuItem people = check("network.filter.people", vm.showPeopleProperty());
        CheckMenuItem orgs = check("network.filter.organisations", vm.showOrganisationsProperty());
        CheckMenuItem archived = check("network.filter.hideArchived", vm.hideArchivedProperty());
        CheckMenuItem flagged = check("network.filter.hideFlagged", vm.hideFlaggedProperty());
        Spinner<Integer> strength = new Spinner<>(1, 5, 1);
        strength.getValueFactory().valueProperty().addListener((obs, old, v) -> vm.minStrengthProperty().set(v));
        CustomMenuItem strengthItem = new CustomMenuItem(new HBox(8, new Label(i18n.get("network.filter.minStrength")),
                strength), false);
        javafx.scene.control.Menu types = new javafx.scene.control.Menu(i18n.get("network.filter.tieTypes"));
        for (app.rapport.domain.TieType t : app.rapport.domain.TieType.values()) {
            CheckMenuItem item = new CheckMenuItem(i18n.get("tieType." + t.name()));
            item.setSelected(true);
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    vm.tieTypes().add(t);
                } else {
                    vm.tieTypes().remove(t);
                }
            });
            types.getItems().add(item);
        }
        javafx.scene.control.Menu tagMenu = new javafx.scene.control.Menu(i18n.get("network.filter.tags"));
        vm.tagChoices().addListener((javafx.collections.ListChangeListener<String>) c -> {
            tagMenu.getItems().clear();
            for (String tag : vm.tagChoices()) {
                CheckMenuItem item = new CheckMenuItem(tag);
                item.setSelected(vm.tags().contains(tag));
                item.selectedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        vm.tags().add(tag);
                    } else {
                        vm.tags().remove(tag);
                    }
                });
                tagMenu.getItems().add(item);
            }
        });
        MenuButton filters = new MenuButton(i18n.get("network.filters"), new FontIcon("mdi2f-filter-variant"),
                people, orgs, archived, flagged, strengthItem, types, tagMenu);
        filters.setId("networkFilters");
        filters.setMinWidth(Region.USE_PREF_SIZE);
        app.rapport.ui.common.PopupPlacement.keepInside(filters);

        Button fit = iconButton("mdi2f-fit-to-screen-outline", "network.fit", canvas::fit);
        Button in = iconButton("mdi2m-magnify-plus-outline", "network.zoomIn", () -> canvas.zoomBy(1.25));
        Button out = iconButton("mdi2m-magnify-minus-outline", "network.zoomOut", () -> canvas.zoomBy(0.8));
        MenuItem png = new MenuItem(i18n.get("network.export.png"));
        png.setOnAction(e -> exportPng());
        MenuItem graphml = new MenuItem(i18n.get("network.export.graphml"));
        graphml.setOnAction(e -> exportGraphMl(false));
        MenuItem graphmlWhole = new MenuItem(i18n.get("network.export.graphmlWhole"));
        graphmlWhole.setOnAction(e -> exportGraphMl(true));
        MenuButton export = new MenuButton(i18n.get("network.export"), new FontIcon("mdi2e-export-variant"), png, graphml,
                graphmlWhole);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId("networkExport");
        app.rapport.ui.common.PopupPlacement.keepInside(export);

        // a flow: in longer languages the controls wrap onto a second row instead of being cut off
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, view, search, size, colour, filters,
                in, out, fit, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar");
        bar.setPadding(new Insets(10));
        return bar;
    }

    private Node insights(ContactService contacts) {
        Label selectedTitle = title("network.selected");
        Label selectedText = new Label();
        selectedText.setId("networkSelected");
        selectedText.setWrapText(true);
        // a short window shrinks the lists below, never the selected contact's lines (they were cut off)
        selectedText.setMinHeight(Region.USE_PREF_SIZE);
        Button open = new Button(i18n.get("network.open"), new FontIcon("mdi2a-account-arrow-right-outline"));
        open.getStyleClass().add("small");
        open.disableProperty().bind(vm.selectedProperty().isNull());
        open.setOnAction(e -> {
            Long id = vm.selectedProperty().get();
            if (id != null && id != GraphNode.ME_ID) {
                onOpen.accept(id);
            }
        });
        selectedText.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.selectedProperty().get()),
                vm.selectedProperty(), vm.sceneProperty()));

        ListView<NetworkViewModel.Row> brokers = rows(vm.brokers(), "networkBrokers");
        ListView<NetworkViewModel.Row> communities = rows(vm.communities(), "networkCommunities");
        Label isolated = new Label();
        isolated.getStyleClass().add("result-count");
        isolated.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("network.isolated", vm.isolatedProperty().get()), vm.isolatedProperty()));

        ContactPicker to = new ContactPicker(contacts, runner, i18n);
        to.setId("networkPathTo");
        to.selectedProperty().addListener((obs, old, s) -> {
            if (s != null) {
                vm.pathTo(s.id());
            }
        });
        Label path = new Label();
        path.setId("networkPath");
        path.setWrapText(true);
        path.setMinHeight(Region.USE_PREF_SIZE);
        path.textProperty().bind(Bindings.createStringBinding(this::pathText, vm.pathProperty(), vm.pathMissingProperty()));

        VBox panel = new VBox(8, selectedTitle, selectedText, open, title("network.brokers"), brokers,
                title("network.communities"), communities, isolated, title("network.path"), to, path);
        panel.setPadding(new Insets(10, 12, 10, 12));
        panel.setPrefWidth(290);
        panel.getStyleClass().add("insight-panel");
        return panel;
    }

    /** "Anna can introduce you to Dmitri through Boris" — Me first, the contact last. */
    String pathText() {
        IntroductionPath p = vm.pathProperty().get();
        if (p == null) {
            return Boolean.TRUE.equals(vm.pathMissingProperty().get()) ? i18n.get("network.path.none") : "";
        }
        var names = p.names();
        if (names.size() <= 2) {
            return i18n.format("network.path.direct", names.get(names.size() - 1));
        }
        String target = names.get(names.size() - 1);
        String first = names.get(1);
        String through = String.join(" \u2192 ", names.subList(2, names.size() - 1));
        return through.isEmpty() ? i18n.format("network.path.one", first, target)
                : i18n.format("network.path.through", first, target, through);
    }

    private String describe(Long id) {
        if (id == null) {
            return i18n.get("network.selected.none");
        }
        return vm.node(id).map(n -> {
            if (n.isMe()) {
                return i18n.get("network.me");
            }
            StringBuilder sb = new StringBuilder(n.name());
            if (!n.organisation().isEmpty() && !n.organisation().equals(n.name())) {
                sb.append('\n').append(n.organisation());
            }
            String community = vm.communityName(id);
            if (!community.isEmpty()) {
                sb.append('\n').append(i18n.format("network.card.community", community));
            }
            if (n.hasScore()) {
                sb.append('\n').append(i18n.format("network.card.score", n.score()));
            }
            sb.append('\n').append(i18n.format("network.card.brokerage", vm.brokerage(id)));
            if (n.lastInteraction() != null) {
                sb.append('\n').append(i18n.format("network.card.last", i18n.date(n.lastInteraction())));
            }
            if (n.flagged()) {
                sb.append('\n').append(i18n.get("flag.badge"));
            }
            return sb.toString();
        }).orElse("");
    }

    private void hover(Long id) {
        if (id == null) {
            card.hide();
            return;
        }
        card.setText(describe(id));
        var p = canvas.screenPosition(id);
        if (p != null && canvas.getScene() != null) {
            var s = canvas.localToScreen(p.getX() + 14, p.getY() + 14);
            if (s != null) {
                card.show(canvas, s.getX(), s.getY());
            }
        }
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(12, 4);
        legend.setId("networkLegend");
        Runnable fill = () -> {
            legend.getChildren().clear();
            for (NetworkViewModel.Row row : vm.legend()) {
                Rectangle swatch = new Rectangle(10, 10,
                        NetworkCanvas.PALETTE[Math.floorMod(row.colour(), NetworkCanvas.PALETTE.length)]);
                Label l = new Label(row.label(), swatch);
                l.getStyleClass().add("result-count");
                legend.getChildren().add(l);
            }
        };
        vm.legend().addListener((javafx.collections.ListChangeListener<NetworkViewModel.Row>) c -> fill.run());
        HBox.setHgrow(legend, Priority.ALWAYS);
        return legend;
    }

    private ListView<NetworkViewModel.Row> rows(javafx.collections.ObservableList<NetworkViewModel.Row> items, String id) {
        ListView<NetworkViewModel.Row> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(170);
        list.setMinHeight(72);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NetworkViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.label() + "  \u00B7  " + row.detail());
                setGraphic(new Rectangle(10, 10,
                        NetworkCanvas.PALETTE[Math.floorMod(row.colour(), NetworkCanvas.PALETTE.length)]));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && id.equals("networkBrokers")) {
                vm.selectedProperty().set(row.id());
                canvas.centreOn(row.id());
            }
        });
        if (id.equals("networkBrokers")) {
            // another contact chosen on the map lets go of the broker's row, so a click on it chooses them again
            vm.selectedProperty().addListener((obs, old, now) -> {
                NetworkViewModel.Row row = list.getSelectionModel().getSelectedItem();
                if (row != null && (now == null || row.id() != now)) {
                    list.getSelectionModel().clearSelection();
                }
            });
        }
        return list;
    }

    private void exportPng() {
        File file = FilePrompts.save(root.getScene().getWindow(), i18n.get("network.export.png"), "network.png",
                new FileChooser.ExtensionFilter("PNG", "*.png"));
        if (file == null) {
            return;
        }
        WritableImage image = canvas.snapshot(null, null); // on the FX thread; the file is written off it
        vm.exportPng(() -> SwingFXUtils.fromFXImage(image, null), file.toPath(),
                () -> notifier.show(i18n.format("network.exported", file.getName()), null, null));
    }

    private void exportGraphMl(boolean whole) {
        File file = FilePrompts.save(root.getScene().getWindow(), i18n.get("network.export.graphml"), "network.graphml",
                new FileChooser.ExtensionFilter("GraphML", "*.graphml"));
        if (file != null) {
            vm.exportGraphMl(file.toPath(), whole, () -> notifier.show(i18n.format("network.exported", file.getName()), null, null));
        }
    }

    private <T> ComboBox<T> combo(T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setCellFactory(v -> cell(text));
        box.setButtonCell(cell(text));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private CheckMenuItem check(String key, javafx.beans.property.BooleanProperty property) {
        CheckMenuItem item = new CheckMenuItem(i18n.get(key));
        item.selectedProperty().bindBidirectional(property);
        return item;
    }

    private Button iconButton(String icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(i18n.get(key)));
        b.setAccessibleText(i18n.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label title(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public Node root() {
        return root;
    }

    public NetworkCanvas canvas() {
        return canvas;
    }
}
