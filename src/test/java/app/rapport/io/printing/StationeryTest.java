package app.rapport.io.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class StationeryTest {
    @Test
    void everyBuiltInHasItsCommandLineId() {
        assertThat(Stationery.all()).extracting(Stationery::id).containsExactly("avery-5160", "avery-8160",
                "avery-l7160", "avery-l7163", "envelope-dl", "envelope-c5", "envelope-c6", "envelope-us10");
        assertThat(Stationery.find("AVERY-L7160")).contains(LabelTemplate.AVERY_L7160);
        assertThat(Stationery.require("envelope-dl")).isEqualTo(EnvelopeFormat.DL);
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> Stationery.require("avery-9999"))
                .isInstanceOf(PrintException.class)
                .hasMessageContaining("avery-9999").hasMessageContaining("avery-l7163, envelope-dl");
    }

    @Test
    void averySheetsHaveTheirPublishedMeasures() {
        LabelTemplate l7160 = LabelTemplate.AVERY_L7160;
        assertThat(Units.toMm(l7160.x(2))).isCloseTo(7.25 + 2 * 66.04, within(0.01));
        assertThat(Units.toMm(l7160.yFromTop(20))).isCloseTo(15.15 + 6 * 38.1, within(0.01));
        assertThat(l7160.perSheet()).isEqualTo(21);
        assertThat(Units.toMm(LabelTemplate.AVERY_L7163.x(1))).isCloseTo(4.65 + 101.6, within(0.01));
        assertThat(LabelTemplate.AVERY_5160.x(1)).isCloseTo(72 * (0.1875 + 2.75), within(0.01));
        assertThat(LabelTemplate.AVERY_5160.yFromTop(29)).isCloseTo(72 * (0.5 + 9), within(0.01));
        assertThat(LabelTemplate.AVERY_8160).usingRecursiveComparison().ignoringFields("id", "name")
                .isEqualTo(LabelTemplate.AVERY_5160);
    }

    @Test
    void aCustomGridThatFitsIsAccepted() {
        LabelTemplate grid = LabelTemplate.custom(PaperSize.A4, 10, 10, 95, 50, 90, 45, 2, 5);
        assertThat(grid.id()).isEqualTo(Stationery.CUSTOM);
        assertThat(grid.perSheet()).isEqualTo(10);
    }

    @Test
    void aCustomGridWiderThanThePageIsRejectedWithItsKey() {
        assertThatThrownBy(() -> LabelTemplate.custom(PaperSize.A4, 10, 10, 70, 38, 70, 38, 3, 7))
                .isInstanceOf(PrintException.class)
                .hasMessage("3 labels across need 220.0 mm, but the page is only 210.0 mm wide.")
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.LABELS_TOO_WIDE);
    }

    @Test
    void aCustomGridTallerThanThePageIsRejectedWithItsKey() {
        assertThatThrownBy(() -> LabelTemplate.custom(PaperSize.LETTER, 20, 5, 70, 30, 60, 30, 3, 9))
                .isInstanceOf(PrintException.class)
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.LABELS_TOO_TALL);
    }

    @Test
    void overlappingOrEmptyGridsAreRejected() {
        assertThatThrownBy(() -> LabelTemplate.custom(PaperSize.A4, 10, 10, 50, 38, 60, 38, 3, 7))
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.LABELS_OVERLAP);
        assertThatThrownBy(() -> LabelTemplate.custom(PaperSize.A4, 10, 10, 50, 38, 0, 38, 3, 7))
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.LABEL_GRID_INVALID);
        assertThatThrownBy(() -> LabelTemplate.custom(PaperSize.A4, -1, 10, 70, 38, 60, 38, 3, 7))
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.LABEL_GRID_INVALID);
        assertThatThrownBy(() -> LabelTemplate.custom(PaperSize.A4, 10, 10, 70, 38, 60, 38, 0, 7))
                .extracting(e -> ((PrintException) e).messageKey()).isEqualTo(PrintException.LABEL_GRID_INVALID);
    }

    @Test
    void envelopesAreLandscape() {
        assertThat(EnvelopeFormat.C5.width()).isGreaterThan(EnvelopeFormat.C5.height());
        EnvelopeFormat portrait = new EnvelopeFormat("x", "x", 100, 200);
        assertThat(portrait.width()).isEqualTo(200);
        assertThat(Units.toMm(EnvelopeFormat.DL.width())).isCloseTo(220, within(0.01));
        assertThat(EnvelopeFormat.US10.height()).isCloseTo(72 * 4.125, within(0.01));
    }

    @Test
    void everyMessageKeyHasItsEnglishText() throws IllegalAccessException {
        ResourceBundle bundle = app.rapport.domain.language.Bundles.english();
        for (Field field : PrintException.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(bundle.containsKey((String) field.get(null))).as(field.getName()).isTrue();
            }
        }
    }
}
