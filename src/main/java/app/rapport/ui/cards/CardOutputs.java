package app.rapport.ui.cards;

import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.Envelope;
import app.rapport.io.cards.CardDocuments;
import app.rapport.io.cards.CardListCsv;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.service.printing.DocumentService;
import app.rapport.service.settings.Settings;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.SaveChooser;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import app.rapport.ui.printing.PdfPreviewDialog;
import app.rapport.ui.printing.PdfPreviewViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a card list becomes outside Rapport: the list as a table and the labels or envelopes, each
 * previewed, then printed or saved as PDF; and a CSV for mail merge.
 */
public class CardOutputs {
    private static final Logger LOG = LoggerFactory.getLogger(CardOutputs.class);

    private final Supplier<Window> owner;
    private final I18n i18n;
    private final TaskRunner runner;
    private final DocumentService documents;
    private final Consumer<String> message;
    private String lastLayout;

    public CardOutputs(Supplier<Window> owner, I18n i18n, TaskRunner runner, DocumentService documents,
                       Consumer<String> message) {
        this.owner = owner;
        this.i18n = i18n;
        this.runner = runner;
        this.documents = documents;
        this.message = message;
    }

    /** Wires the two print menu items to the chosen list's envelopes. */
    public void install(MenuItem printList, MenuItem printLabels, Supplier<CardListSummary> list,
                        Supplier<List<Envelope>> envelopes) {
        printList.setOnAction(e -> list(list.get(), envelopes.get()));
        printLabels.setOnAction(e -> labels(list.get(), envelopes.get()));
    }

    /** The list as a table: name, salutation, address, status. */
    public void list(CardListSummary list, List<Envelope> envelopes) {
        PdfPreviewViewModel vm = new PdfPreviewViewModel(runner, documents);
        new PdfPreviewDialog(owner.get(), i18n, vm, i18n.format("list.title", list.name()), null,
                list.name() + ".pdf").show();
        vm.regenerate(out -> documents.writeCardList(out, list.list(), envelopes, documents.homeCountry(),
                i18n.bundle(), i18n.locale()));
    }

    /** Labels or envelopes, with the sheet, start label and return address to choose. */
    public void labels(CardListSummary list, List<Envelope> envelopes) {
        PdfPreviewViewModel vm = new PdfPreviewViewModel(runner, documents);
        // the return address is read once, off the UI thread, before the options are shown
        runner.run(documents::returnAddress, returnAddress -> {
            LabelOptions[] options = new LabelOptions[1];
            Runnable regenerate = () -> {
                LabelOptions.Choice choice;
                try {
                    choice = options[0].read();
                } catch (RuntimeException invalid) {
                    vm.regenerate(out -> {
                        throw invalid;
                    });
                    return;
                }
                lastLayout = options[0].layoutId();
                List<String> back = choice.returnAddress() ? returnAddress : List.of();
                vm.regenerate(out -> documents.writeAddresses(out, choice.stationery(), envelopes,
                        choice.startAt(), back, documents.homeCountry()));
            };
            options[0] = new LabelOptions(i18n, lastLayout, !returnAddress.isEmpty(), regenerate);
            new PdfPreviewDialog(owner.get(), i18n, vm, i18n.format("labels.title", list.name()), options[0].root(),
                    list.name() + " labels.pdf").show();
            regenerate.run();
        }, failure -> message.accept(i18n.get(app.rapport.ui.common.UserMessages.keyFor(failure))));
    }

    public void csv(CardListSummary list, List<Envelope> envelopes) {
        File file = SaveChooser.ask(owner.get(), i18n, list.name() + ".csv", i18n.get("cards.csv.filter"), "csv");
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        runner.run(() -> {
            documents.writeCardCsv(out, envelopes);
            return out;
        }, done -> message.accept(i18n.format("cards.done.file", out.getFileName(), envelopes.size())),
                failure -> cannotWrite(out, failure));
    }

    private void cannotWrite(Path out, Throwable failure) {
        if (failure instanceof ExportException refused && refused.reason().protectsData()) {
            message.accept(i18n.get(UserMessages.keyFor(refused)));
            return;
        }
        LOG.warn("Could not write {}", out, failure);
        message.accept(i18n.format("cards.error.write", out));
    }
}
