package app.rapport.io;

import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.Recipient;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A card list as CSV for mail merge: one envelope per row, the address in separate columns, UTF-8 with
 * a byte-order mark so spreadsheet programs read the accents right. Written to a temporary file and
 * moved into place, so a failure leaves no half-written file.
 */
public final class CardListCsv {
    public static final List<String> HEADER = List.of("addressee", "salutation", "street", "postal_code", "locality",
            "region", "country", "status", "sent_on", "received_on", "recipients", "note");

    private CardListCsv() {
    }

    public static void write(List<Envelope> envelopes, Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".rapport-", ".csv.part");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
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
            }
            try {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
