package app.rapport.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.importing.FileFormat;
import app.rapport.service.importing.ImportCounts;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.ui.common.I18n;
import app.rapport.ui.importing.ImportViewModel.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the Import dialog offers and says, without a window. */
class ImportWordsTest {
    private final ImportWords words = new ImportWords(new I18n(Locale.US));

    @Test
    void theChosenFilesAreNamedAndNoneSaysWhatCanBeRead() {
        assertThat(words.files(List.of())).startsWith("No file chosen yet.");
        assertThat(words.files(List.of(Path.of("/tmp/a.vcf"), Path.of("/home/b.csv")))).isEqualTo("a.vcf, b.csv");
    }

    @Test
    void everyFormatAndEncodingIsOfferedInWordsReadingFirst() {
        assertThat(ImportWords.FORMATS).first().isEqualTo(FileFormat.AUTO);
        assertThat(ImportWords.FORMATS).contains(FileFormat.THUNDERBIRD_CSV);
        assertThat(ImportWords.ENCODINGS).first().isNull();
        assertThat(words.encoding(null)).isEqualTo("Found from the content");
        assertThat(words.encoding(StandardCharsets.UTF_8)).isEqualTo("UTF-8");
    }

    @Test
    void countriesComeByNameAfterTheSettingsOne() {
        List<String> countries = new ImportWords(new I18n(Locale.GERMAN)).countries();
        assertThat(countries.get(0)).isNull();
        assertThat(countries.subList(1, countries.size())).contains("DE", "AT", "TH");
        assertThat(countries.indexOf("AT")).as("Österreich before Schweiz in German")
                .isLessThan(countries.indexOf("CH"));
        assertThat(words.country(null)).isEqualTo("From the settings");
        assertThat(words.country("DE")).isEqualTo("Germany (DE)");
    }

    @Test
    void thePreviewAndTheOutcomeAreCounted() {
        assertThat(words.counts(null)).isEmpty();
        assertThat(words.counts(new ImportCounts(3, 1, 2, 1, 0))).startsWith("To add: 3 \u00b7 to merge: 1 \u00b7 to skip: 2");
        assertThat(words.groups(null, List.of())).isEmpty();
        assertThat(words.groups(new ImportCounts(3, 0, 0, 0, 0), List.of())).contains("new: 3");
        assertThat(words.status(Stage.READY, null)).isEmpty();
        assertThat(words.status(Stage.DONE, new ImportOutcome(3, 1, 2, 1, false)))
                .isEqualTo("Done: 3 added, 1 merged, 2 skipped, 1 organisation created.");
    }

    @Test
    void theButtonCancelsUntilTheImportIsDoneThenCloses() {
        assertThat(words.cancelButton(Stage.IMPORTING)).isEqualTo("Cancel");
        assertThat(words.cancelButton(Stage.READY)).isEqualTo("Cancel");
        assertThat(words.cancelButton(Stage.DONE)).isEqualTo("Close");
    }
}
