package app.rapport.ui.cards;

import app.rapport.io.printing.EnvelopeFormat;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.io.printing.PaperSize;
import app.rapport.io.printing.PrintException;
import app.rapport.io.printing.Stationery;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

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
    private final Parent root;
    @FXML private ComboBox<String> labelLayout;
    @FXML private Spinner<Integer> labelStartAt;
    @FXML private CheckBox returnAddress;
    @FXML private GridPane custom;
    @FXML private ComboBox<PaperSize> paper;
    @FXML private TextField grid0;
    @FXML private TextField grid1;
    @FXML private TextField grid2;
    @FXML private TextField grid3;
    @FXML private TextField grid4;
    @FXML private TextField grid5;
    @FXML private TextField grid6;
    @FXML private TextField grid7;

    LabelOptions(I18n i18n, String initialLayout, boolean hasReturnAddress, Runnable onChange) {
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        List<String> ids = new ArrayList<>(Stationery.all().stream().map(Stationery::id).toList());
        ids.add(Stationery.CUSTOM);
        labelLayout.getItems().setAll(ids);
        labelLayout.setCellFactory(v -> new NameCell());
        labelLayout.setButtonCell(new NameCell());
        labelLayout.setValue(ids.contains(initialLayout) ? initialLayout : LabelTemplate.AVERY_L7160.id());
        labelStartAt.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1));
        returnAddress.setText(i18n.get(hasReturnAddress ? "labels.returnAddress" : "labels.returnAddress.none"));
        returnAddress.setSelected(hasReturnAddress);
        returnAddress.setDisable(!hasReturnAddress);
        paper.getItems().setAll(PaperSize.A4, PaperSize.LETTER);
        paper.setValue(PaperSize.A4);
        paper.setCellFactory(v -> new PaperCell());
        paper.setButtonCell(new PaperCell());
        for (TextField field : grid()) {
            field.setOnAction(e -> onChange.run());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    onChange.run();
                }
            });
        }
        custom.visibleProperty().bind(labelLayout.valueProperty().isEqualTo(Stationery.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        labelLayout.valueProperty().addListener((obs, o, n) -> {
            updateStart();
            onChange.run();
        });
        paper.valueProperty().addListener((obs, o, n) -> onChange.run());
        labelStartAt.valueProperty().addListener((obs, o, n) -> onChange.run());
        returnAddress.selectedProperty().addListener((obs, o, n) -> onChange.run());
        updateStart();
    }

    /** The custom grid's fields in order: top, left, pitch across and down, width, height, columns, rows. */
    private List<TextField> grid() {
        return List.of(grid0, grid1, grid2, grid3, grid4, grid5, grid6, grid7);
    }

    /** Start-at only means something on a sheet of labels. */
    private void updateStart() {
        Stationery s = Stationery.find(labelLayout.getValue()).orElse(null);
        boolean labels = !(s instanceof EnvelopeFormat);
        int max = s instanceof LabelTemplate t ? t.perSheet() : 99;
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) labelStartAt.getValueFactory();
        factory.setMax(max);
        if (factory.getValue() > max) {
            factory.setValue(1);
        }
        labelStartAt.setDisable(!labels);
        returnAddress.setVisible(!labels);
        returnAddress.setManaged(!labels);
    }

    /** The options now; a custom grid that does not fit its page is refused with a {@link PrintException}. */
    Choice read() {
        Stationery s = Stationery.CUSTOM.equals(labelLayout.getValue()) ? custom()
                : Stationery.require(labelLayout.getValue());
        int start = labelStartAt.getValue() == null ? 1 : labelStartAt.getValue();
        return new Choice(s, s instanceof LabelTemplate ? start : 1, returnAddress.isSelected());
    }

    private LabelTemplate custom() {
        List<TextField> grid = grid();
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
        return labelLayout.getValue();
    }

    Parent root() {
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
