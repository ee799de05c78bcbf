package app.rapport.ui.printing;

import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A print preview: the document's pages as they will come out, options beside them, and Print (through
 * the JavaFX print dialog) or Save as PDF. What is printed and saved is the previewed PDF itself.
 */
public final class PdfPreviewDialog {
    private static final float PREVIEW_DPI = 110f;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PdfPreviewViewModel vm;
    private final I18n i18n;
    private int shown;

    @FXML private Button previous;
    @FXML private Label previewPages;
    @FXML private Button next;
    @FXML private ScrollPane scroll;
    @FXML private ImageView previewPage;
    @FXML private VBox side;
    @FXML private Label previewStatus;

    public PdfPreviewDialog(Window owner, I18n i18n, PdfPreviewViewModel vm, String title, Node options,
                            String suggestedFileName) {
        this.vm = vm;
        this.i18n = i18n;
        Parent content = FxmlView.load(this, i18n);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType print = new ButtonType(i18n.get("preview.print"), ButtonBar.ButtonData.OTHER);
        ButtonType save = new ButtonType(i18n.get("preview.save"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(i18n.get("preview.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(print, save, close);
        dialog.getDialogPane().setContent(content);
        if (options != null) {
            side.getChildren().setAll(options);
            side.setVisible(true);
            side.setManaged(true);
        }
        DialogSize.onShow(dialog, options == null ? 760 : 1060, 820);

        previewPage.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(200, scroll.getViewportBounds().getWidth() - 24), scroll.viewportBoundsProperty()));
        previous.setOnAction(e -> show(shown - 1));
        next.setOnAction(e -> show(shown + 1));
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> shown <= 0, previewPages.textProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> shown >= vm.pagesProperty().get() - 1,
                previewPages.textProperty(), vm.pagesProperty()));
        vm.pagesProperty().addListener((obs, o, n) -> show(Math.min(shown, Math.max(0, n.intValue() - 1))));
        vm.documentProperty().addListener((obs, o, n) -> show(Math.min(shown, Math.max(0, vm.pagesProperty().get() - 1))));
        vm.errorProperty().addListener((obs, o, e) -> problem(e == null ? "" : i18n.format(e.key(), e.args())));
        vm.doneProperty().addListener((obs, o, d) -> info(d == null ? "" : i18n.format(d.key(), d.args())));

        PagePrinter printer = new PagePrinter(vm, key -> info(i18n.get(key)), key -> problem(i18n.get(key)));
        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("previewPrint");
        printButton.disableProperty().bind(vm.pagesProperty().isEqualTo(0));
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            printer.print(dialog.getDialogPane().getScene().getWindow());
        });
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("previewSave");
        saveButton.disableProperty().bind(vm.pagesProperty().isEqualTo(0));
        DialogService dialogs = new FxDialogService(() -> i18n, () -> dialog.getDialogPane().getScene().getWindow());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.saveAs(dialogs, suggestedFileName);
        });
        dialog.setOnHidden(e -> vm.close());
    }

    private void show(int index) {
        int pages = vm.pagesProperty().get();
        if (pages == 0) {
            previewPage.setImage(null);
            previewPages.setText(i18n.get("preview.empty"));
            return;
        }
        shown = Math.max(0, Math.min(index, pages - 1));
        previewPages.setText(i18n.format("preview.pageOf", shown + 1, pages));
        int wanted = shown;
        vm.render(wanted, PREVIEW_DPI, image -> {
            if (wanted == shown) {
                previewPage.setImage(SwingFXUtils.toFXImage(image, null));
            }
        });
    }

    private void info(String text) {
        previewStatus.getStyleClass().setAll("result-count");
        previewStatus.setText(text);
    }

    private void problem(String text) {
        previewStatus.getStyleClass().setAll("field-error");
        previewStatus.setText(text);
    }

    public void show() {
        dialog.show();
    }
}
