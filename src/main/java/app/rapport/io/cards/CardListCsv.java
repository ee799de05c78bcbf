package app.rapport.io.cards;

import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.Recipient;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A card list as CSV for mail merge: one envelope per row, the address in separate columns, UTF-8 with
 * a byte-order mark so spreadsheet programs read the accents right. Written whole or not at all
 * ({@link OutputFile}).
 */
public final class CardListCsv {
    public static final List<String> HEADER = List.of("addressee", "salutation", "street", "postal_code", "locality",
            "region", "country", "status", "sent_on", "received_on", "recipients", "note");

    private CardListCsv() {
    }

    /** @throws app.rapport.io.exporting.ExportException saying why the file could not, or may not, be written */
    public static void write(List<Envelope> envelopes, Path out, OutputGuard outputs) {
        OutputFile.write(out, outputs, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(HEADER.toArray(String[]::new)).get());
            for (Envelope e : envelopes) {
                csv.printRecord(e.addressee(), e.salutation(), e.address().street(), e.address().postalCode(),
                        e.address().locality(), e.address().region(), e.address().countryCode(), e.status().name(),
                        e.sentOn() == null ? "" : e.sentOn().toString(),
                        e.receivedOn() == null ? "" : e.receivedOn().toString(),
                        e.recipients().stream().map(Recipient::name).collect(Collectors.joining("; ")), e.note());
            }
            csv.flush();
        });
    }
}
