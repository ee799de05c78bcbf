package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.testing.CardsPage;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.PdfText;
import app.rapport.testing.WindowScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * README, Holiday cards and Printing: "Split or rename any envelope … see three years of who sends back and who
 * never does", "the list as a table, … envelopes (DL …), each previewed and then printed through the print dialog
 * or saved as PDF", "A CSV for mail merge. A one-page brief on any contact".
 */
class CardOutputScenarios extends WindowScenario {
    private final CardsPage cards = new CardsPage(this);

    @Test
    void splitAndRenameEnvelopesSeeWhoSendsBackThenSaveTheListEnvelopesCsvAndABrief() throws Exception {
        int year = Year.now().getValue();
        long[] clara = new long[1];
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Ivanov")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            clara[0] = s.contactRepository().insert(person("Clara", "Chen")
                    .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
            long dmitri = s.contactRepository().insert(person("Дмитрий", "Орлов")
                    .address("ул. Пушкина 10", "101000", "Москва", "RU").build());
            long somchai = s.contactRepository().insert(person("สมชาย", "ใจดี")
                    .address("99 ถนนสุขุมวิท", "10110", "กรุงเทพมหานคร", "TH").build());
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(2),
                    Direction.MUTUAL, "project", anna, boris, clara[0], dmitri, somchai));
            // the last three years of cards: Clara writes back, Dmitri never does
            LocalDateTime twoYearsAgo = LocalDateTime.of(year - 2, 12, 18, 10, 0);
            LocalDateTime lastYear = LocalDateTime.of(year - 1, 12, 18, 10, 0);
            s.interactions().log(Interaction.with(InteractionType.CARD, twoYearsAgo, Direction.GIVEN, "", clara[0], dmitri));
            s.interactions().log(Interaction.with(InteractionType.CARD, twoYearsAgo.plusDays(3), Direction.RECEIVED, "", clara[0]));
            s.interactions().log(Interaction.with(InteractionType.CARD, lastYear, Direction.GIVEN, "", dmitri));
            s.interactions().log(Interaction.with(InteractionType.CARD, lastYear.plusDays(2), Direction.RECEIVED, "", clara[0]));
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(5);
        cards.newList(5).create();
        assertThat(cards.addressees()).containsExactlyInAnyOrder("Anna & Boris Ivanov", "Clara Chen", "Дмитрий Орлов",
                "สมชาย ใจดี");

        // three years of who sends back, e.g. "'24 ⇄" (both sent), "'25 ←" (they sent), "'26 –" (neither yet)
        String y2 = "'" + (year - 2) % 100;
        String y1 = "'" + (year - 1) % 100;
        String y0 = "'" + year % 100;
        Map<String, String> history = cards.shown("historyColumn");
        assertThat(history.get("Clara Chen")).isEqualTo(y2 + " \u21c4  " + y1 + " \u2190  " + y0 + " \u2013");
        assertThat(history.get("Дмитрий Орлов"))
                .isEqualTo(y2 + " \u2192  " + y1 + " \u2192  " + y0 + " \u2013  never sends back");
        assertThat(history.get("Anna & Boris Ivanov")).isEqualTo(y2 + " \u2013  " + y1 + " \u2013  " + y0 + " \u2013");

        // Boris gets an envelope of his own
        cards.click("Anna & Boris Ivanov");
        clickOn("#envelopeMenu");
        Node split = cards.popupItem("splitMenu");
        moveTo(split); // its submenu opens beside it
        FxWait.until(() -> lookup(inPopup("Boris Ivanov")).tryQuery().isPresent());
        Node boris = lookup(inPopup("Boris Ivanov")).queryAs(Node.class);
        // across into the submenu first, as a hand does: a straight line would cross "Remove" and close it
        moveTo(new javafx.geometry.Point2D(point(boris).query().getX(), point(split).query().getY()));
        clickOn(boris);
        FxWait.until(() -> cards.addressees().contains("Boris Ivanov"));
        assertThat(cards.addressees()).containsExactlyInAnyOrder("Anna Ivanov", "Boris Ivanov", "Clara Chen",
                "Дмитрий Орлов", "สมชาย ใจดี");
        assertThat(column("SELECT e.addressee || ': ' || c.display_name FROM card_recipient r"
                + " JOIN card_envelope e ON e.id = r.envelope_id JOIN contact c ON c.id = r.contact_id"
                + " WHERE c.family_name = 'Ivanov' ORDER BY 1"))
                .containsExactly("Anna Ivanov: Anna Ivanov", "Boris Ivanov: Boris Ivanov");

        // Clara's envelope renamed
        cards.click("Clara Chen");
        cards.menu("envelopeMenu", "rename");
        FxWait.until(() -> lookup("#renameAddressee").tryQuery().isPresent());
        clickOn("#renameAddressee");
        push(KeyCode.HOME); // a title before her name
        write("Dr. ");
        clickOn(button("Save"));
        FxWait.until(() -> cards.addressees().contains("Dr. Clara Chen"));
        String dearClara = salutation("Dr. Clara Chen");
        assertThat(dearClara).isNotBlank();
        assertThat(column("SELECT addressee || ' / ' || salutation FROM card_envelope e JOIN card_recipient r"
                + " ON r.envelope_id = e.id WHERE r.contact_id = ?", clara[0]))
                .containsExactly("Dr. Clara Chen / " + dearClara);
        List<String> names = List.of("Anna Ivanov", "Boris Ivanov", "Dr. Clara Chen", "Дмитрий Орлов");

        // the list as a table: previewed, then saved as PDF
        String listName = "Holiday " + year;
        cards.menu("outputMenu", "printList");
        waitForPreview("Page 1 of 1");
        if (javax.print.PrintServiceLookup.lookupDefaultPrintService() == null) {
            // no printer here, as on a build machine: Print says so instead of opening the print dialog
            clickOn("#previewPrint");
            waitForText("#previewStatus", "No printer is set up on this computer. Save as PDF and print it elsewhere.");
        }
        Path listPdf = dir.resolve("list.pdf");
        answerFilePrompts(listPdf);
        clickOn("#previewSave");
        waitForText("#previewStatus", "Saved list.pdf.");
        assertThat(prompted).containsExactly("SAVE Save as [" + listName + ".pdf]");
        assertPrinted(listPdf, names);
        clickOn(button("Close"));

        // envelopes (DL), chosen among the layouts, previewed and saved
        cards.menu("outputMenu", "printLabels");
        FxWait.until(() -> lookup("#labelLayout").tryQuery().isPresent());
        clickOn("#labelLayout");
        FxWait.until(() -> lookup(inPopup("DL (220 × 110 mm)")).tryQuery().isPresent());
        clickOn(lookup(inPopup("DL (220 × 110 mm)")).queryAs(Node.class));
        FxWait.until(() -> "envelope-dl".equals(lookup("#labelLayout").queryAs(ComboBox.class).getValue()));
        waitForPreview("Page 1 of 5");
        Path envelopes = dir.resolve("envelopes.pdf");
        answerFilePrompts(envelopes);
        clickOn("#previewSave");
        waitForText("#previewStatus", "Saved envelopes.pdf.");
        String printed = assertPrinted(envelopes, names);
        assertThat(printed).contains("Hauptstr. 5", "10115 Berlin", "ул. Пушкина 10");
        clickOn(button("Close"));

        // the mail-merge CSV
        Path csv = dir.resolve("mailmerge.csv");
        answerFilePrompts(csv);
        cards.menu("outputMenu", "csv");
        waitForText("#messageLabel", "Saved mailmerge.csv (5 envelopes).");
        assertThat(prompted).contains("SAVE Save as [" + listName + ".csv]");
        List<CSVRecord> rows;
        List<String> header;
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).as("a byte order mark, so spreadsheets read UTF-8").startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(written.substring(1)))) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        assertThat(header).containsExactly("addressee", "salutation", "street",
                "postal_code", "locality", "region", "country", "status", "sent_on", "received_on", "recipients", "note");
        assertThat(rows).extracting(r -> r.get("addressee") + " | " + r.get("salutation") + " | " + r.get("street")
                        + " | " + r.get("locality") + " | " + r.get("status") + " | " + r.get("recipients"))
                .contains("Dr. Clara Chen | " + dearClara + " | Lindenweg 2 | Hamburg | PLANNED | Clara Chen",
                        "Boris Ivanov | " + salutation("Boris Ivanov") + " | Hauptstr. 5 | Berlin | PLANNED | Boris Ivanov")
                .hasSize(5);

        // a brief on Clara from her page, saved as PDF
        clickOn("#contactsArea");
        contacts.clickRow(clara[0]);
        contacts.waitForForm();
        clickOn("#moreButton");
        clickOn(cards.popupItem("briefButton"));
        waitForPreview("Page 1 of 1");
        Path brief = dir.resolve("clara.pdf");
        answerFilePrompts(brief);
        clickOn("#previewSave");
        waitForText("#previewStatus", "Saved clara.pdf.");
        assertThat(prompted).contains("SAVE Save as [Clara Chen.pdf]");
        assertPrinted(brief, List.of("Clara Chen", "Lindenweg 2"));
    }

    /** The salutation the envelope table shows for an addressee. */
    private String salutation(String addressee) throws Exception {
        return cards.shown("salutationColumn").get(addressee);
    }

    private void waitForPreview(String pages) throws Exception {
        waitForText("#previewPages", pages);
        FxWait.until(() -> lookup("#previewPage").queryAs(ImageView.class).getImage() != null);
    }

    /** Reads a saved PDF with pdftotext: every name is there, and no character was printed as "�". */
    private static String assertPrinted(Path pdf, List<String> names) throws Exception {
        String text = PdfText.byPdftotext(pdf);
        assertThat(text).as(pdf.getFileName().toString()).contains(names).doesNotContain("\ufffd");
        return text;
    }

    private Node button(String text) {
        return lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible()).query();
    }

    /** A line of a menu or a drop-down that has popped up over the window. */
    private static java.util.function.Predicate<Node> inPopup(String text) {
        return n -> (n instanceof Labeled l && text.equals(l.getText()) || n instanceof ListCell<?> c
                && text.equals(c.getText())) && n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow w && w.isShowing();
    }
}
