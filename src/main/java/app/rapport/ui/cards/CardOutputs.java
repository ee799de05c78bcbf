package app.rapport.ui.cards;

import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.Envelope;
import app.rapport.io.CardListCsv;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a card list becomes outside Rapport: a CSV for mail merge, PDFs, and printed pages. */
public class CardOutputs {
    private static final Logger LOG = LoggerFactory.getLogger(CardOutputs.class);

    protected final Supplier<Window> owner;
    protected final I18n i18n;
    protected final TaskRunner runner;
    protected final Consumer<String> message;

    public CardOutputs(Supplier<Window> owner, I18n i18n, TaskRunner runner, Consumer<String> message) {
        this.owner = owner;
        this.i18n = i18n;
        this.runner = runner;
        this.message = message;
    }

    public void csv(CardListSummary list, List<Envelope> envelopes) {
        File file = chooseFile(list.name() + ".csv", "cards.csv.filter", "*.csv");
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        runner.run(() -> {
            CardListCsv.write(envelopes, out);
            return out;
        }, done -> message.accept(i18n.format("cards.done.file", out.getFileName(), envelopes.size())),
                failure -> cannotWrite(out, failure));
    }

    /** Wires the print and PDF menu items. */
    public void install(javafx.scene.control.MenuItem printList, javafx.scene.control.MenuItem printLabels,
                        javafx.scene.control.MenuItem pdfList, javafx.scene.control.MenuItem pdfLabels,
                        Supplier<CardListSummary> list, Supplier<List<Envelope>> envelopes) {
        for (var item : List.of(printList, printLabels, pdfList, pdfLabels)) {
            item.setVisible(false);
        }
    }

    protected File chooseFile(String suggested, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("cards.save.title"));
        chooser.setInitialFileName(suggested.replaceAll("[\\\\/:*?\"<>|]", "_"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
        return chooser.showSaveDialog(owner.get());
    }

    protected void cannotWrite(Path out, Throwable failure) {
        LOG.warn("Could not write {}", out, failure);
        message.accept(i18n.format("cards.error.write", out));
    }
}
