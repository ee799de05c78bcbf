package app.rapport.service.printing;

import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.printing.ContactBrief;
import app.rapport.io.calendar.IcsFile;
import app.rapport.io.cards.CardDocuments;
import app.rapport.io.cards.CardListCsv;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.io.printing.BriefDocument;
import app.rapport.io.printing.PdfPreview;
import app.rapport.io.printing.Stationery;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.GraphMlExport;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkPicture;
import app.rapport.service.score.ScoreService;
import app.rapport.service.settings.Settings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Every document Rapport writes from the data, for the window and the command line alike: a contact's
 * brief, a card list's labels or envelopes, the list as a table and as CSV for mail merge, a picture of
 * the network as PNG. Each file is
 * written whole or not at all, and only where {@link OutputGuard} allows it (never over the open
 * database, its working files or its backups): this is the one place the documents ask it. Blocking
 * calls; the words come in the language asked for ({@code bundle}, {@code locale}).
 */
public final class DocumentService {
    private final BriefService briefs;
    private final ScoreService scores;
    private final Settings settings;
    private final OutputGuard outputs;

    public DocumentService(BriefService briefs, ScoreService scores, Settings settings, OutputGuard outputs) {
        this.briefs = briefs;
        this.scores = scores;
        this.settings = settings;
        this.outputs = outputs;
    }

    /** What a contact's brief says; empty when the contact is in the trash or gone. */
    public Optional<ContactBrief> brief(long contactId) {
        return briefs.brief(contactId);
    }

    /**
     * Writes {@code brief} as a one-page PDF on the locale's paper, with the contact's score.
     *
     * @return the number of pages (1)
     * @throws app.rapport.io.printing.PrintException with a message for the user
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public int writeBrief(Path out, ContactBrief brief, ResourceBundle bundle, Locale locale) {
        return OutputFile.render(out, outputs, drawn -> {
            new BriefDocument(bundle, locale).write(drawn, brief,
                    scores.score(brief.contact().id()).orElse(null), settings.homeCountry());
            return 1;
        });
    }

    /** The user's country (card settings, else this computer's): addresses there get no country line. */
    public String homeCountry() {
        return settings.homeCountry();
    }

    /** The return address for envelopes, a line each; empty when none is set. */
    public List<String> returnAddress() {
        String lines = settings.returnAddress();
        return lines.isBlank() ? List.of() : Arrays.asList(lines.split("\\R"));
    }

    /**
     * Writes a card list as a table (name, salutation, address, status) under its title.
     *
     * @return the number of pages
     * @throws app.rapport.io.printing.PrintException with a message for the user (nothing to print)
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public int writeCardList(Path out, CardList list, List<Envelope> envelopes, String senderCountry,
                             ResourceBundle bundle, Locale locale) {
        CardDocuments documents = new CardDocuments(bundle, locale);
        return OutputFile.render(out, outputs, drawn -> documents.writeTable(drawn, list, envelopes, senderCountry));
    }

    /**
     * Writes labels (from {@code startAt}, 1 = top-left, on the first sheet) or envelopes, each address in
     * its country's order; envelopes carry {@code returnAddress} when it has lines.
     *
     * @return the number of pages
     * @throws app.rapport.io.printing.PrintException with a message for the user
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public int writeAddresses(Path out, Stationery stationery, List<Envelope> envelopes, int startAt,
                              List<String> returnAddress, String senderCountry) {
        return OutputFile.render(out, outputs, drawn -> CardDocuments.writeAddresses(drawn, stationery, envelopes,
                startAt, returnAddress, senderCountry));
    }

    /**
     * Writes a card list as CSV for mail merge (UTF-8 with a byte-order mark, one envelope per row).
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public void writeCardCsv(Path out, List<Envelope> envelopes) {
        CardListCsv.write(envelopes, out, outputs);
    }

    /**
     * Writes a picture (the network map) as PNG; {@code picture} is drawn only once the file is allowed.
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    /** The network (what is shown, with its metrics) as GraphML, for Gephi, Cytoscape or networkx. */
    public void writeGraphMl(NetworkGraph g, GraphMetrics m, Path out) {
        OutputFile.write(out, outputs, stream -> GraphMlExport.write(g, m, stream));
    }

    /**
     * Writes a calendar as iCalendar (.ics).
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public void writeCalendar(Path out, app.rapport.domain.calendar.Calendar calendar) {
        OutputFile.write(out, outputs, stream -> IcsFile.write(calendar, stream));
    }

    public void writePicture(Path out, Supplier<BufferedImage> picture) {
        outputs.check(out);
        BufferedImage image = picture.get();
        OutputFile.write(out, outputs, stream -> NetworkPicture.png(image, stream));
    }

    /**
     * One page (from 0) of a PDF already written, drawn at {@code dpi}: what a preview shows.
     *
     * @throws app.rapport.io.printing.PrintException when the file cannot be read
     */
    public BufferedImage page(Path pdf, int index, float dpi) {
        return PdfPreview.render(pdf, index, dpi);
    }

    /**
     * Saves a document already written (the one a preview shows) as {@code target}, byte for byte.
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public void save(Path written, Path target) {
        OutputFile.write(target, outputs, out -> Files.copy(written, out));
    }
}
