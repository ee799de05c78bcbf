package app.rapport.io.cards;

import app.rapport.io.printing.PaperSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardStatus;
import app.rapport.domain.cards.Envelope;
import app.rapport.io.printing.EnvelopeFormat;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.io.printing.PrintException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card list as labels, envelopes and a table: real PDFs, read back. */
class CardDocumentsTest {
    @TempDir
    Path dir;

    static Envelope envelope(String addressee, PostalAddress a, CardStatus status) {
        return new Envelope(1, 1, 0, addressee, "Dear " + addressee, a, status,
                status == CardStatus.SENT ? LocalDate.of(2026, 12, 1) : null, null, null, "", List.of());
    }

    static final List<Envelope> ENVELOPES = List.of(
            envelope("Anna & Boris Schmidt", new PostalAddress("", "Hauptstr. 5", "Berlin", "", "10115", "DE", true),
                    CardStatus.SENT),
            envelope("Sarah Wilson", new PostalAddress("", "127 Valencia Street", "San Francisco", "CA", "94113", "US",
                    true), CardStatus.PLANNED),
            envelope("Марина Ёлкина", new PostalAddress("", "ул. Рубинштейна, д. 70", "Санкт-Петербург", "", "198528",
                    "RU", true), CardStatus.PLANNED),
            envelope("มาลี เพชรรัตน์", new PostalAddress("", "931 ถนนเพชรบุรี", "กรุงเทพมหานคร", "", "10250", "TH", true),
                    CardStatus.PLANNED));

    static String text(Path pdf) throws IOException {
        return app.rapport.testing.PdfText.of(pdf);
    }

    @Test
    void labelsShowEachAddressInItsCountrysOrderWithTheCountryOnlyForMailAbroad() throws Exception {
        Path out = dir.resolve("labels.pdf");
        assertThat(CardDocuments.writeAddresses(out, LabelTemplate.AVERY_L7160, ENVELOPES, 1, List.of(), "DE"))
                .isEqualTo(1);
        String text = text(out);
        assertThat(text).contains("Anna & Boris Schmidt\nHauptstr. 5\n10115 Berlin\n");
        assertThat(text).doesNotContain("GERMANY");
        assertThat(text).contains("Sarah Wilson\n127 Valencia Street\nSan Francisco, CA 94113\nUNITED STATES");
        assertThat(text).contains("Марина Ёлкина\nул. Рубинштейна, д. 70\nСанкт-Петербург\n198528\nRUSSIA");
        assertThat(text).contains("กรุงเทพมหานคร").contains("10250").contains("THAILAND");
    }

    @Test
    void envelopesAreOnePerPageWithTheReturnAddress() throws Exception {
        Path out = dir.resolve("envelopes.pdf");
        assertThat(CardDocuments.writeAddresses(out, EnvelopeFormat.DL, ENVELOPES, 1, List.of("Me", "Ring 1",
                "50667 Köln"), "DE")).isEqualTo(4);
        assertThat(text(out)).contains("Ring 1").contains("Sarah Wilson");
    }

    @Test
    void theTableHasTheTitleHeadersAndStatus() throws Exception {
        Path out = dir.resolve("list.pdf");
        CardDocuments docs = new CardDocuments(app.rapport.domain.language.Bundles.english(),
                Locale.UK);
        assertThat(docs.writeTable(out, new CardList(1, "Holiday 2026", "Holiday", 2026), ENVELOPES, "DE"))
                .isEqualTo(1);
        String text = text(out);
        assertThat(text).contains("Holiday 2026 \u2014 4 envelopes").contains("Addressee").contains("Salutation")
                .contains("Dear Sarah Wilson").contains("Sent").contains("01/12/2026").contains("Page 1 of 1");
    }

    @Test
    void nothingToPrintIsSaidAndNoFileIsLeft() {
        Path out = dir.resolve("empty.pdf");
        assertThatThrownBy(() -> CardDocuments.writeAddresses(out, LabelTemplate.AVERY_5160, List.of(), 1, List.of(),
                "US")).isInstanceOf(PrintException.class)
                .satisfies(e -> assertThat(((PrintException) e).messageKey()).isEqualTo(PrintException.NOTHING_TO_PRINT));
        assertThat(out).doesNotExist();
    }

    @Test
    void paperFollowsTheLocale() {
        assertThat(PaperSize.forLocale(Locale.US).name()).isEqualTo("Letter");
        assertThat(PaperSize.forLocale(Locale.GERMANY).name()).isEqualTo("A4");
    }
}
