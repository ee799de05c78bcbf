package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Names sort as each language's readers expect (the key is compared as plain text in SQL). */
class SortKeyTest {
    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted(Comparator.comparing(Text::sortKey)).toList();
    }

    @Test
    void germanUmlautsAndEszettSortAmongTheirLetters() {
        assertThat(sorted("Nagel", "Müller", "Mayer", "Moser", "Strauß", "Strauss", "Stein"))
                .containsExactly("Mayer", "Moser", "Müller", "Nagel", "Stein", "Strauß", "Strauss");
    }

    @Test
    void cyrillicSortsInAlphabeticalOrderWithЁAsЕ() {
        assertThat(sorted("Яковлев", "Ёлкин", "Борисов", "Елисеев", "Жуков"))
                .containsExactly("Борисов", "Елисеев", "Ёлкин", "Жуков", "Яковлев");
    }

    @Test
    void thaiLeadingVowelsSortAfterTheirConsonant() {
        // เพชรรัตน์ under พ, ใจดี under จ, แก้วมณี under ก, โชติ under ช
        assertThat(sorted("เพชรรัตน์", "บุญเรือง", "ใจดี", "แก้วมณี", "โชติ", "สุขสวัสดิ์"))
                .containsExactly("แก้วมณี", "ใจดี", "โชติ", "บุญเรือง", "เพชรรัตน์", "สุขสวัสดิ์");
    }
}
