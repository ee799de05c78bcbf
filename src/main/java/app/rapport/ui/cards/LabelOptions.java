package app.rapport.ui.cards;

import app.rapport.print.EnvelopeFormat;
import app.rapport.print.LabelTemplate;
import app.rapport.print.PaperSize;
import app.rapport.print.PrintException;
import app.rapport.print.Stationery;
import app.rapport.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The options of labels and envelopes: the sheet or envelope, the label to start at on a partly used
 * sheet, a grid of the user's own, and the return address. {@link #read} takes a snapshot on the UI
 * thread for the writer to use off it.
 */
final class LabelOptions {
    /** What the writer needs, read on the UI thread. */
    record Choice(Stationery stationery, int startAt, boolean returnAddress) {
    }

    private final I18n i18n;
    private final ComboBox<String> layout = new ComboBox<>();
    private final Spinner<Integer> startAt = new Spinner<>(1, 1, 1);
    private final CheckBox returnAddress;
    private final ComboBox<PaperSize> paper = new ComboBox<>();
    private final List<TextField> grid = new ArrayList<>();
    private final VBox root;

    LabelOptions(I18n i18n, String initialLayout, boolean hasReturnAddress, Runnable onChange) {
        this.i18n = i18n;
        List<String> ids = new ArrayList<>(Stationery.all().stream().map(Stationery::id).toList());
        ids.add(Stationery.CUSTOM);
        layout.getItems().setAll(ids);
        layout.setId("labelLayout");
        layout.setMaxWidth(Double.MAX_VALUE);
        layout.setCellFactory(v -> new NameCell());
        layout.setButtonCell(new NameCell());
        layout.setValue(ids.contains(initialLayout) ? initialLayout : LabelTemplate.AVERY_L7160.id());
        startAt.setId("labelStartAt");
        startAt.setEditable(true);
        returnAddress = new CheckBox(i18n.get(hasReturnAddress ? "labels.returnAddress" : "labels.returnAddress.none"));
        returnAddress.setSelected(hasReturnAddress);
        returnAddress.setDisable(!hasReturnAddress);
        returnAddress.setWrapText(true);
        paper.getItems().setAll(PaperSize.A4, PaperSize.LETTER);
        paper.setValue(PaperSize.A4);
        paper.setCellFactory(v -> new PaperCell());
        paper.setButtonCell(new PaperCell());

        GridPane custom = new GridPane();
        custom.setHgap(8);
        custom.setVgap(6);
        custom.addRow(0, new Label(i18n.get("labels.paper")), paper);
        String[] keys = {"labels.top", "labels.left", "labels.pitchAcross", "labels.pitchDown", "labels.width",
                "labels.height", "labels.columns", "labels.rows"};
        String[] defaults = {"15", "7", "66", "38", "63.5", "38", "3", "7"};
        for (int i = 0; i < keys.length; i++) {
            TextField field = new TextField(defaults[i]);
            field.setPrefColumnCount(5);
            field.setId("grid" + i);
            field.setOnAction(e -> onChange.run());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    onChange.run();
                }
            });
            grid.add(field);
            custom.addRow(i + 1, new Label(i18n.get(keys[i])), field);
        }
        custom.visibleProperty().bind(layout.valueProperty().isEqualTo(Stationery.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        Label startLabel = new Label(i18n.get("labels.startAt"));
        startLabel.setWrapText(true);
        VBox startBox = new VBox(4, startLabel, startAt);
        Label hint = new Label(i18n.get("labels.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("result-count");
        root = new VBox(10, new Label(i18n.get("labels.layout")), layout, startBox, returnAddress, custom, hint);
        root.setAlignment(Pos.TOP_LEFT);

        layout.valueProperty().addListener((obs, o, n) -> {
            updateStart();
            onChange.run();
        });
        paper.valueProperty().addListener((obs, o, n) -> onChange.run());
        startAt.valueProperty().addListener((obs, o, n) -> onChange.run());
        returnAddress.selectedProperty().addListener((obs, o, n) -> onChange.run());
        updateStart();
    }

    /** Start-at only means something on a sheet of labels. */
    private void updateStart() {
        Stationery s = Stationery.find(layout.getValue()).orElse(null);
        boolean labels = !(s instanceof EnvelopeFormat);
        int max = s instanceof LabelTemplate t ? t.perSheet() : 99;
        var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) startAt.getValueFactory();
        factory.setMax(max);
        if (factory.getValue() > max) {
            factory.setValue(1);
        }
        startAt.setDisable(!labels);
        returnAddress.setVisible(!labels);
        returnAddress.setManaged(!labels);
    }

    /** The options now; a custom grid that does not fit its page is refused with a {@link PrintException}. */
    Choice read() {
        Stationery s = Stationery.CUSTOM.equals(layout.getValue()) ? custom()
                : Stationery.require(layout.getValue());
        int start = startAt.getValue() == null ? 1 : startAt.getValue();
        return new Choice(s, s instanceof LabelTemplate ? start : 1, returnAddress.isSelected());
    }

    private LabelTemplate custom() {
        double[] v = new double[grid.size()];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(grid.get(i).getText().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new PrintException(PrintException.LABEL_GRID_INVALID);
            }
        }
        return LabelTemplate.custom(paper.getValue(), v[0], v[1], v[2], v[3], v[4], v[5], (int) v[6], (int) v[7]);
    }

    String layoutId() {
        return layout.getValue();
    }

    Node root() {
        return root;
    }

    private final class NameCell extends ListCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : Stationery.CUSTOM.equals(id) ? i18n.get("labels.custom")
                    : Stationery.find(id).map(Stationery::name).orElse(id));
        }
    }

    private static final class PaperCell extends ListCell<PaperSize> {
        @Override
        protected void updateItem(PaperSize p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name());
        }
    }
}
