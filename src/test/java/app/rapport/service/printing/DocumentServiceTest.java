package app.rapport.service.printing;

import app.rapport.persistence.network.JdbiNetworkRepository;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.language.Bundles;
import app.rapport.domain.printing.ContactBrief;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.io.exporting.ExportException.Reason;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.printing.EnvelopeFormat;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.persistence.network.JdbiNetworkRepository;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import app.rapport.testing.PdfText;
import app.rapport.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents of a real database, read back from the PDF and CSV files written; never over the database. */
class DocumentServiceTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DocumentService documents;
    long marina;
    CardList list;
    List<Envelope> envelopes;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        documents = new DocumentService(db.briefs(), db.scores(), db.settings(), db.outputs());
        marina = db.repository().insert(person("Марина", "Ёлкина").email("m.elkina@example.test")
                .address("ул. Рубинштейна, д. 70", "198528", "Санкт-Петербург", "RU").build());
        long firm = db.repository().insert(organisation("Ковалевский и партнёры").build());
        db.relationships().saveTie(Tie.of(marina, firm, TieType.WORKS_AT, 3));
        db.interactions().log(Interaction.with(InteractionType.MEETING, LocalDateTime.of(2026, 10, 25, 10, 0),
                Direction.MUTUAL, "Project review", marina));
        db.keepInTouch().addFollowUp(marina, LocalDate.of(2026, 12, 3), "send the offer");
        long clara = db.repository().insert(person("Clara", "Chen").address("Lindenweg 2", "20095", "Hamburg", "DE")
                .build());
        db.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.of(2026, 9, 1, 10, 0),
                Direction.MUTUAL, "", clara));
        db.settings().setHomeCountry("DE");
        db.settings().setReturnAddress("Rapport\nRing 1\n50667 Köln");
        List<CardPick> chosen = db.cards().preview(BuilderOptions.seedDefaults()).chosen();
        list = db.cards().create(new CardList(0, "Holiday 2026", "Holiday", 2026),
                chosen.stream().map(CardPick::candidate).toList()).saved();
        if (chosen.stream().noneMatch(p -> p.candidate().id() == marina)) {
            db.cards().add(list.id(), marina);
        }
        envelopes = db.cards().envelopes(list.id());
        assertThat(envelopes).extracting(Envelope::addressee).contains("Clara Chen", "Марина Ёлкина");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theBriefIsOnePageWithTheContactsDetailsTiesInteractionsAndReminders() throws Exception {
        Path out = dir.resolve("brief.pdf");
        ContactBrief brief = documents.brief(marina).orElseThrow();
        assertThat(documents.writeBrief(out, brief, Bundles.english(), Locale.UK)).isEqualTo(1);
        assertThat(PdfText.of(out)).contains("Марина Ёлкина").contains("Details").contains("m.elkina@example.test")
                .contains("RUSSIA").contains("Score ")
                .contains("Марина Ёлкина works at Ковалевский и партнёры")
                .contains("25 Oct 2026  Meeting: Project review")
                .contains("3 Dec 2026: send the offer");
        assertThat(documents.brief(9_999)).isEmpty();
    }

    @Test
    void labelsHaveEachAddressInItsCountrysOrderAndTheCountryOnlyForMailAbroad() throws Exception {
        Path out = dir.resolve("labels.pdf");
        assertThat(documents.writeAddresses(out, LabelTemplate.AVERY_L7160, envelopes, 1, List.of(),
                documents.homeCountry())).isEqualTo(1);
        String text = PdfText.of(out);
        assertThat(text).contains("Clara Chen\nLindenweg 2\n20095 Hamburg\n").doesNotContain("GERMANY")
                .contains("Марина Ёлкина\nул. Рубинштейна, д. 70\nСанкт-Петербург\n198528\nRUSSIA");
    }

    @Test
    void envelopesCarryTheReturnAddressFromTheCardSettings() throws Exception {
        assertThat(documents.returnAddress()).containsExactly("Rapport", "Ring 1", "50667 Köln");
        Path out = dir.resolve("envelopes.pdf");
        assertThat(documents.writeAddresses(out, EnvelopeFormat.DL, envelopes, 1, documents.returnAddress(), "DE"))
                .isEqualTo(envelopes.size());
        assertThat(PdfText.of(out)).contains("Ring 1").contains("50667 Köln").contains("Clara Chen");

        db.settings().setReturnAddress("");
        assertThat(documents.returnAddress()).isEmpty();
    }

    @Test
    void theCardListIsATableInTheLanguageAskedFor() throws Exception {
        Path out = dir.resolve("list.pdf");
        assertThat(documents.writeCardList(out, list, envelopes, "DE", Bundles.english(), Locale.UK)).isEqualTo(1);
        assertThat(PdfText.of(out)).contains("Holiday 2026 \u2014 " + envelopes.size() + " envelopes")
                .contains("Addressee").contains("Salutation").contains("Clara Chen").contains("Page 1 of 1");
    }

    @Test
    void theCardListAsCsvHasAHeaderAndAnEnvelopeARow() throws Exception {
        Path out = dir.resolve("list.csv");
        documents.writeCardCsv(out, envelopes);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFaddressee,salutation,street,postal_code,locality,region,country,")
                .contains("Clara Chen").contains("Lindenweg 2").contains("ул. Рубинштейна, д. 70");
        assertThat(csv.strip().split("\r\n")).hasSize(envelopes.size() + 1);
    }

    @Test
    void aPreviewedDocumentIsDrawnPageByPageAndSavedByteForByte() throws Exception {
        Path previewed = dir.resolve("preview.pdf");
        documents.writeCardList(previewed, list, envelopes, "DE", Bundles.english(), Locale.UK);
        assertThat(documents.page(previewed, 0, 36).getWidth()).isBetween(297, 298); // A4 at 36 dpi
        Path target = dir.resolve("saved.pdf");
        documents.save(previewed, target);
        assertThat(Files.mismatch(previewed, target)).isEqualTo(-1);
    }

    @Test
    void aPictureIsWrittenAsPngAndNotEvenDrawnForAFileItMayNotReplace() throws Exception {
        Path out = dir.resolve("map.png");
        documents.writePicture(out, () -> new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB));
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(30);

        AtomicBoolean drawn = new AtomicBoolean();
        refused(path -> documents.writePicture(path, () -> {
            drawn.set(true);
            return new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
        }), db.file(), Reason.OPEN_DATABASE);
        assertThat(drawn).isFalse();
    }

    private NetworkGraph network() {
        return new NetworkService(new JdbiNetworkRepository(db.database())).load();
    }

    @Test
    void theNetworkIsWrittenAsGraphMl() throws Exception {
        Path out = dir.resolve("network.graphml");
        documents.writeGraphMl(network(), GraphMetrics.of(network()), out);
        assertThat(Files.readString(out)).contains("<graphml").contains("Марина Ёлкина").contains("Ковалевский и партнёры");
    }

    @Test
    void noDocumentIsWrittenOverTheDatabaseItsWorkingFilesOrItsBackups() throws Exception {
        Path database = db.file();
        Path backups = Files.createDirectories(database.resolveSibling("backups"));
        Path previewed = dir.resolve("preview.pdf");
        documents.writeCardList(previewed, list, envelopes, "DE", Bundles.english(), Locale.UK);
        String before = sha256(database);
        ContactBrief brief = documents.brief(marina).orElseThrow();
        List<Consumer<Path>> writers = List.of(
                out -> documents.writeBrief(out, brief, Bundles.english(), Locale.UK),
                out -> documents.writeCardList(out, list, envelopes, "DE", Bundles.english(), Locale.UK),
                out -> documents.writeAddresses(out, LabelTemplate.AVERY_L7160, envelopes, 1, List.of(), "DE"),
                out -> documents.writeAddresses(out, EnvelopeFormat.DL, envelopes, 1, documents.returnAddress(), "DE"),
                out -> documents.writeCardCsv(out, envelopes),
                out -> documents.save(previewed, out),
                out -> documents.writePicture(out, () -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB)),
                out -> documents.writeGraphMl(network(), GraphMetrics.of(network()), out));
        for (Consumer<Path> writer : writers) {
            refused(writer, database, Reason.OPEN_DATABASE);
            refused(writer, Path.of(database + "-wal"), Reason.DATABASE_FILE);
            refused(writer, backups.resolve("rapport-2026-11-22.db"), Reason.BACKUPS_FOLDER);
        }
        assertThat(sha256(database)).isEqualTo(before);
        try (var left = Files.list(backups)) {
            assertThat(left).as("nothing was written into the backups").isEmpty();
        }
    }

    private static void refused(Consumer<Path> writer, Path out, Reason reason) {
        assertThatThrownBy(() -> writer.accept(out)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
