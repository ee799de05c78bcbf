package app.rapport.io.cards;

import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.Envelope;
import app.rapport.io.printing.AddressFormat;
import app.rapport.io.printing.EnvelopeFormat;
import app.rapport.io.printing.LabelPdf;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.io.printing.ListTable;
import app.rapport.io.printing.ListTablePdf;
import app.rapport.io.printing.PaperSize;
import app.rapport.io.printing.PrintException;
import app.rapport.io.printing.Stationery;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A card list as printed matter: address labels or envelopes in each country's postal order, and the
 * list as a table (name, salutation, address, status). The same for the window and the command line.
 */
public final class CardDocuments {
    private final ResourceBundle bundle;
    private final Locale locale;

    public CardDocuments(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Each envelope's address block, the addressee first, in the destination country's order. */
    public static List<List<String>> addressBlocks(List<Envelope> envelopes, String senderCountry) {
        List<List<String>> blocks = new ArrayList<>(envelopes.size());
        for (Envelope e : envelopes) {
            blocks.add(AddressFormat.lines(List.of(e.addressee()), e.address(), senderCountry));
        }
        return blocks;
    }

    /**
     * Writes labels (from {@code startAt}, 1 = top-left, on the first sheet) or envelopes (with the
     * return address when it has lines) for the envelopes.
     *
     * @return the number of pages
     * @throws PrintException with a message for the user; nothing is left half-written
     */
    public static int writeAddresses(Path out, Stationery stationery, List<Envelope> envelopes, int startAt,
                                     List<String> returnAddress, String senderCountry) {
        if (envelopes.isEmpty()) {
            throw new PrintException(PrintException.NOTHING_TO_PRINT);
        }
        List<List<String>> blocks = addressBlocks(envelopes, senderCountry);
        if (stationery instanceof LabelTemplate labels) {
            return LabelPdf.write(out, labels, blocks, startAt);
        }
        return envelopes(out, (EnvelopeFormat) stationery, blocks, returnAddress);
    }

    private static int envelopes(Path out, EnvelopeFormat format, List<List<String>> blocks, List<String> back) {
        return app.rapport.io.printing.EnvelopePdf.write(out, format, blocks, back == null ? List.of() : back);
    }

    /** The list as a table with a title line ("Holiday 2026 — 48 envelopes"). @return the number of pages */
    public int writeTable(Path out, CardList list, List<Envelope> envelopes, String senderCountry) {
        if (envelopes.isEmpty()) {
            throw new PrintException(PrintException.NOTHING_TO_PRINT);
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<List<String>> rows = new ArrayList<>();
        for (Envelope e : envelopes) {
            List<String> address = AddressFormat.lines(List.of(), e.address(), senderCountry);
            String status = text("cards.status." + e.status().name());
            var day = switch (e.status()) {
                case SENT -> e.sentOn();
                case RECEIVED -> e.receivedOn();
                case RETURNED -> e.returnedOn();
                case PLANNED -> null;
            };
            rows.add(List.of(e.addressee(), e.salutation(), String.join("\n", address),
                    day == null ? status : status + "\n" + date.format(day)));
        }
        ListTable table = new ListTable(format("cards.print.title", list.name(), envelopes.size()), List.of(
                new ListTable.Column(text("cards.column.addressee"), 3),
                new ListTable.Column(text("cards.column.salutation"), 2.4),
                new ListTable.Column(text("cards.column.address"), 3.6),
                // room for the longest status word in any language ("Запланирована") without breaking it
                new ListTable.Column(text("cards.column.status"), 2)), rows);
        return ListTablePdf.write(out, table, PaperSize.forLocale(locale), text("cards.print.page"));
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return app.rapport.domain.language.Messages.format(bundle.getString(key), locale, args);
    }
}
