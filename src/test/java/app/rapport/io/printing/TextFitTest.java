package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {
    private static final List<String> ADDRESS = List.of("Anna & Boris Ivanov", "Hauptstraße 5", "10115 Berlin");

    @Test
    void keepsThePreferredSizeWhenEverythingFits() {
        FittedText fit = TextFit.fit(ADDRESS, FontStyle.REGULAR, 200, 100, 10, 6);
        assertThat(fit.size()).isEqualTo(10);
        assertThat(fit.lines()).isEqualTo(ADDRESS);
        assertThat(fit.truncated()).isFalse();
    }

    @Test
    void shrinksBeforeBreakingAnAddressLine() {
        float width = TextRuns.width("Anna & Boris Ivanov", FontStyle.REGULAR, 9);
        FittedText fit = TextFit.fit(ADDRESS, FontStyle.REGULAR, width, 100, 10, 6);
        assertThat(fit.size()).isEqualTo(9);
        assertThat(fit.lines()).isEqualTo(ADDRESS);
    }

    @Test
    void wrapsAtSpacesWhenShrinkingIsNotEnough() {
        List<String> lines = List.of("Ivanov Anna Borisovna Ivanov Boris Petrovich and family");
        float width = 80;
        FittedText fit = TextFit.fit(lines, FontStyle.REGULAR, width, 200, 10, 8);
        assertThat(fit.size()).isEqualTo(10);
        assertThat(fit.lines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", fit.lines())).isEqualTo(lines.get(0));
        assertNoLineWiderThan(fit, width);
    }

    @Test
    void wrapsThaiBetweenWordsThoughItHasNoSpaces() {
        String thai = "สำนักงานเขตปทุมวันกรุงเทพมหานคร";
        float width = TextRuns.width(thai, FontStyle.REGULAR, 10) * 0.6f;
        List<String> lines = TextFit.wrap(thai, FontStyle.REGULAR, 10, width);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(thai);
        lines.forEach(l -> assertThat(TextRuns.width(l, FontStyle.REGULAR, 10)).isLessThanOrEqualTo(width));
    }

    @Test
    void breaksAWordLongerThanTheBoxBetweenCharacters() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänswitwe";
        FittedText fit = TextFit.fit(List.of(word), FontStyle.REGULAR, 60, 500, 10, 10);
        assertThat(String.join("", fit.lines())).isEqualTo(word);
        assertNoLineWiderThan(fit, 60);
    }

    @Test
    void cutsWithAnEllipsisWhenEvenTheSmallestSizeIsTooLong() {
        List<String> lines = List.of("Line one", "Line two", "Line three", "Line four", "Line five", "Line six");
        float height = FittedText.height(3, 6);
        FittedText fit = TextFit.fit(lines, FontStyle.REGULAR, 100, height, 10, 6);
        assertThat(fit.size()).isEqualTo(6);
        assertThat(fit.truncated()).isTrue();
        assertThat(fit.lines()).containsExactly("Line one", "Line two", "Line three\u2026");
        assertThat(fit.height()).isLessThanOrEqualTo(height);
    }

    @Test
    void neverDrawsOutsideTheBox() {
        List<String> lines = List.of("Ёлкин Пётр Иванович и семья", "ул. Тверская, д. 7, кв. 12, подъезд 3, этаж 5",
                "123/4 ซอย 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา", "Москва", "125009", "RUSSIA");
        for (float width : new float[] {20, 50, 100, 160}) {
            for (float height : new float[] {5, 20, 40, 80, 120}) {
                FittedText fit = TextFit.fit(lines, FontStyle.REGULAR, width, height, 11, 6);
                assertNoLineWiderThan(fit, width);
                assertThat(fit.height()).as("%s × %s", width, height).isLessThanOrEqualTo(height);
            }
        }
    }

    @Test
    void aLongLineIsClippedWithAnEllipsis() {
        String clipped = TextFit.clip("Anna & Boris Ivanov", FontStyle.REGULAR, 10, 50);
        assertThat(clipped).endsWith(TextFit.ELLIPSIS).startsWith("Anna");
        assertThat(TextRuns.width(clipped, FontStyle.REGULAR, 10)).isLessThanOrEqualTo(50);
        assertThat(TextFit.clip("Anna", FontStyle.REGULAR, 10, 1)).isEmpty();
    }

    private static void assertNoLineWiderThan(FittedText fit, float width) {
        for (String line : fit.lines()) {
            assertThat(TextRuns.width(line, fit.style(), fit.size())).as(line).isLessThanOrEqualTo(width);
        }
    }
}
