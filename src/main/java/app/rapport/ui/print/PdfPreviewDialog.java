package app.rapport.ui.print;

import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
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
    private static final float PRINT_DPI = 200f;

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
        vm.errorProperty().addListener((obs, o, e) -> {
            previewStatus.getStyleClass().setAll("field-error");
            previewStatus.setText(e == null ? "" : i18n.format(e.key(), e.args()));
        });
        vm.doneProperty().addListener((obs, o, d) -> info(d == null ? "" : i18n.format(d.key(), d.args())));

        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("previewPrint");
        printButton.disableProperty().bind(vm.pagesProperty().isEqualTo(0));
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            print();
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

    /** Prints page by page: each is rendered off the UI thread, then handed to the printer. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            previewStatus.setText(i18n.get("preview.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(dialog.getDialogPane().getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        info(i18n.get("preview.printing"));
        printPage(job, 0);
    }

    private void printPage(PrinterJob job, int index) {
        vm.render(index, PRINT_DPI, image -> {
            PageLayout layout = layoutFor(job, image);
            if (!job.printPage(layout, node(layout, image))) {
                job.cancelJob();
                previewStatus.setText(i18n.get("preview.printFailed"));
                return;
            }
            if (index + 1 < vm.pagesProperty().get()) {
                printPage(job, index + 1);
            } else {
                job.endJob();
                info(i18n.get("preview.printed"));
            }
        });
    }

    /** A4 or Letter pages print at their real size so labels land where the sheet has them. */
    private static PageLayout layoutFor(PrinterJob job, BufferedImage image) {
        Printer printer = job.getPrinter();
        double width = image.getWidth() * 72.0 / PRINT_DPI;
        double height = image.getHeight() * 72.0 / PRINT_DPI;
        PageOrientation orientation = width > height ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        Paper paper = Math.abs(Math.min(width, height) - Paper.NA_LETTER.getWidth()) < 4 ? Paper.NA_LETTER
                : Math.abs(Math.min(width, height) - Paper.A4.getWidth()) < 4 ? Paper.A4
                : job.getJobSettings().getPageLayout().getPaper();
        return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
    }

    private static Node node(PageLayout layout, BufferedImage image) {
        ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
        view.setPreserveRatio(true);
        double width = image.getWidth() * 72.0 / PRINT_DPI;
        double height = image.getHeight() * 72.0 / PRINT_DPI;
        double printableWidth = layout.getPrintableWidth() + layout.getLeftMargin() + layout.getRightMargin();
        if (Math.abs(printableWidth - Math.min(width, height)) < 4 || Math.abs(printableWidth - Math.max(width, height)) < 4) {
            // real size: the page's origin is the paper's corner, outside the printable area
            view.setFitWidth(width);
            view.setTranslateX(-layout.getLeftMargin());
            view.setTranslateY(-layout.getTopMargin());
        } else {
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
        }
        return new Group(view);
    }

    public void show() {
        dialog.show();
    }
}
