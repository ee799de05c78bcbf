package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Common channel labels are kept as vCard names them and shown in the user's words. */
class ChannelLabelsTest {
    @Test
    void commonLabelsAreShownTranslatedAndKeptInVCardsWords() {
        ChannelLabels thai = new ChannelLabels(new I18n(Locale.forLanguageTag("th")));
        assertThat(thai.toString("work")).isEqualTo("ที่ทำงาน");
        assertThat(thai.toString("Mobile")).as("as vCard files write it too").isEqualTo(thai.toString("mobile"));
        assertThat(thai.fromString("ที่ทำงาน")).isEqualTo("work");
        assertThat(thai.choices()).contains("ที่ทำงาน", "บ้าน").doesNotContain("work");

        ChannelLabels german = new ChannelLabels(new I18n(Locale.GERMAN));
        assertThat(german.fromString(german.toString("home"))).isEqualTo("home");
    }

    @Test
    void otherLabelsAreKeptAsTyped() {
        ChannelLabels english = new ChannelLabels(new I18n(Locale.ENGLISH));
        assertThat(english.toString("assistant")).isEqualTo("assistant");
        assertThat(english.fromString("assistant")).isEqualTo("assistant");
        assertThat(english.fromString(" work ")).isEqualTo("work");
        assertThat(english.toString(null)).isEmpty();
    }
}
