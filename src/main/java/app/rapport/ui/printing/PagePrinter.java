package app.rapport.ui.printing;

import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints the previewed PDF through the toolkit's print dialog, page by page at print resolution; A4 and
 * Letter pages at their real size, so labels land where the sheet has them. Says how it went in bundle keys.
 */
final class PagePrinter {
    private static final float PRINT_DPI = 200f;

    private final PdfPreviewViewModel vm;
    private final Consumer<String> info;
    private final Consumer<String> problem;

    PagePrinter(PdfPreviewViewModel vm, Consumer<String> info, Consumer<String> problem) {
        this.vm = vm;
        this.info = info;
        this.problem = problem;
    }

    /** Prints page by page: each is rendered off the UI thread, then handed to the printer. */
    void print(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            problem.accept("preview.noPrinter");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        info.accept("preview.printing");
        printPage(job, 0);
    }

    private void printPage(PrinterJob job, int index) {
        vm.render(index, PRINT_DPI, image -> {
            PageLayout layout = layoutFor(job, image);
            if (!job.printPage(layout, node(layout, image))) {
                job.cancelJob();
                problem.accept("preview.printFailed");
                return;
            }
            if (index + 1 < vm.pagesProperty().get()) {
                printPage(job, index + 1);
            } else {
                job.endJob();
                info.accept("preview.printed");
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
}
