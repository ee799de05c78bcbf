package app.rapport.io.importing;

import static app.rapport.io.importing.Fixtures.names;
import static app.rapport.io.importing.Fixtures.problems;
import static app.rapport.io.importing.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the file, the reader returns: records it could read, and problems for the rest. */
class BadInputTest {
    private final ContactFileReader reader = new ContactFileReader(new ContactRules("DE"));

    @TempDir
    Path dir;

    private ReadResult readBytes(byte[] bytes) {
        return reader.read("file", bytes, ImportOptions.AUTO);
    }

    @Test
    void binaryGarbageIsNotAContactsFile() {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        ReadResult result = readBytes(garbage);
        assertThat(result.records()).isEmpty();
        assertThat(problems(result)).containsExactly("import.problem.notContacts@0");
        assertThat(result.problems().get(0).skipped()).isTrue();
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(problems(readBytes(new byte[0]))).containsExactly("import.problem.empty@0");
        assertThat(problems(readBytes("  \r\n\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("import.problem.empty@0");
    }

    @Test
    void plainTextIsNotAContactsFile() {
        ReadResult result = readBytes("Dear Anna,\nthanks for the lovely evening.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(problems(result)).containsExactly("import.problem.notContacts@0");
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        ReadResult result = reader.read(dir.resolve("nowhere.vcf"), ImportOptions.AUTO);
        assertThat(problems(result)).containsExactly("import.problem.notFound@0");
    }

    @Test
    void theContentDecidesTheFormatNotTheName() {
        ReadResult result = read("really-a-csv.vcf");
        assertThat(result.format()).isEqualTo(FileFormat.LINKEDIN_CSV);
        assertThat(names(result)).containsExactly("Grace Hopper");
    }

    @Test
    void aHugeFieldIsClippedWithAProblem() {
        String huge = "x".repeat(200_000);
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Long;Lotte;;;\r\nFN:Lotte Long\r\nNOTE:" + huge
                + "\r\nTITLE:" + huge + "\r\nEND:VCARD\r\n";
        ReadResult result = readBytes(card.getBytes(StandardCharsets.UTF_8));
        assertThat(names(result)).containsExactly("Lotte Long");
        assertThat(result.records().get(0).contact().title()).hasSize(RecordChecker.MAX_FIELD);
        assertThat(result.records().get(0).contact().notes()).hasSize(RecordChecker.MAX_NOTES);
        assertThat(problems(result)).containsExactly("import.problem.clipped@1", "import.problem.clipped@1");
        assertThat(result.problems()).extracting(ImportProblem::args)
                .containsExactlyInAnyOrder(java.util.List.of("200000", "1000"), java.util.List.of("200000", "100000"));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndAChosenEncodingWins() throws Exception {
        byte[] latin = "First Name,Last Name,Email Address,Connected On\nRené,Müller,rene@example.com,01 Mar 2021\n"
                .getBytes("windows-1252");
        assertThat(names(readBytes(latin))).containsExactly("René Müller");
        ReadResult chosen = reader.read("file", latin, ImportOptions.AUTO.withEncoding(StandardCharsets.ISO_8859_1));
        assertThat(chosen.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(names(chosen)).containsExactly("René Müller");
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkReadAlike() {
        String csv = "First Name,Last Name,Email Address,Connected On\nZoë,Ångström,zoe@example.com,01 Mar 2021\n";
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(names(readBytes(plain))).containsExactly("Zoë Ångström");
        assertThat(names(readBytes(bom))).containsExactly("Zoë Ångström");
        assertThat(readBytes(bom).format()).isEqualTo(FileFormat.LINKEDIN_CSV);
    }

    @Test
    void everyPrefixOfAGoodFileReadsWithoutThrowing() throws Exception {
        byte[] good = Files.readAllBytes(Fixtures.file("apple-contacts.vcf"));
        for (int cut = 0; cut < good.length; cut += 7) {
            byte[] prefix = java.util.Arrays.copyOf(good, cut);
            ReadResult result = readBytes(prefix);
            assertThat(result.records().size() + result.problems().size()).as("cut at %d", cut).isPositive();
        }
    }
}
