package app.rapport.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Names sort as each language's readers expect, by a key SQL compares as plain text. */
class NameCollationTest {
    private static List<String> sorted(Locale language, String... names) {
        NameCollation collation = NameCollation.of(language);
        return Stream.of(names).sorted(Comparator.comparing(collation::key)).toList();
    }

    @Test
    void germanUmlautsAndEszettSortAmongTheirLetters() {
        assertThat(sorted(Locale.GERMAN, "Nagel", "Müller", "Mayer", "Moser", "Strauß", "Stein", "muller"))
                .containsExactly("Mayer", "Moser", "muller", "Müller", "Nagel", "Stein", "Strauß");
    }

    @Test
    void russianPutsCyrillicFirstAndЁBesideЕ() {
        assertThat(sorted(Locale.forLanguageTag("ru"), "Яковлев", "Zapf", "Ёлкин", "Борисов", "Елисеев", "Adler", "Жуков"))
                .containsExactly("Борисов", "Елисеев", "Ёлкин", "Жуков", "Яковлев", "Adler", "Zapf");
    }

    @Test
    void thaiLeadingVowelsSortAfterTheirConsonantAndThaiComesFirst() {
        // เพชรรัตน์ under พ, ใจดี under จ, แก้วมณี under ก, โชติ under ช
        assertThat(sorted(Locale.forLanguageTag("th"), "เพชรรัตน์", "Adler", "บุญเรือง", "ใจดี", "แก้วมณี", "โชติ", "สุขสวัสดิ์"))
                .containsExactly("แก้วมณี", "ใจดี", "โชติ", "บุญเรือง", "เพชรรัตน์", "สุขสวัสดิ์", "Adler");
    }

    @Test
    void englishUsesTheRootOrderWithLatinFirst() {
        assertThat(NameCollation.of(Locale.UK)).isEqualTo(NameCollation.ROOT);
        assertThat(NameCollation.ROOT.tag()).isEqualTo("und");
        assertThat(NameCollation.forTag("de")).isEqualTo(NameCollation.of(Locale.GERMANY));
        assertThat(sorted(Locale.ENGLISH, "Борисов", "Zapf", "Adler")).containsExactly("Adler", "Zapf", "Борисов");
    }

    @Test
    void comparingKeysAsTextAgreesWithTheCollatorOnMixedNames() {
        // the byte-to-character encoding must keep ICU's order under String (and SQLite BINARY) comparison
        String alphabet = "aAäÄbßsSzZ -'éеёЕжЯกเแใพ่้";
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder name = new StringBuilder();
            for (int j = 0, n = 1 + random.nextInt(8); j < n; j++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }
        for (String tag : List.of("und", "de", "ru", "th")) {
            NameCollation collation = NameCollation.forTag(tag);
            Collator icu = Collator.getInstance(new ULocale(tag));
            for (int i = 1; i < names.size(); i++) {
                String a = names.get(i - 1);
                String b = names.get(i);
                assertThat(Integer.signum(collation.key(a).compareTo(collation.key(b))))
                        .as("%s: %s vs %s", tag, a, b).isEqualTo(Integer.signum(icu.compare(a, b)));
            }
        }
    }
}
