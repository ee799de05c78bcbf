package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.language.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Locale-aware formats: plurals through ICU4J, Thai dates in the Buddhist era. */
class I18nTest {
    private static final String CONTACTS = "{0,plural,one{# контакт} few{# контакта} many{# контактов} other{# контакта}}";

    @Test
    void russianPluralsFollowTheLanguagesRules() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(Messages.format(CONTACTS, ru, 1)).isEqualTo("1 контакт");
        assertThat(Messages.format(CONTACTS, ru, 2)).isEqualTo("2 контакта");
        assertThat(Messages.format(CONTACTS, ru, 5)).isEqualTo("5 контактов");
        assertThat(Messages.format(CONTACTS, ru, 21)).isEqualTo("21 контакт");
        assertThat(Messages.format(CONTACTS, ru, 1_000)).isEqualTo("1\u00a0000 контактов");
    }

    @Test
    void englishChoicePatternsStillWork() {
        String cards = "{0,choice,1#One card|1<{0,number,integer} cards} marked sent.";
        assertThat(Messages.format(cards, Locale.ENGLISH, 1)).isEqualTo("One card marked sent.");
        assertThat(Messages.format(cards, Locale.ENGLISH, 1200)).isEqualTo("1,200 cards marked sent.");
        assertThat(Messages.format("Google Contacts' columns: {0}", Locale.ENGLISH, 3)).isEqualTo("Google Contacts' columns: 3");
    }

    @Test
    void relativeTimesInEachLanguage() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        I18n en = new I18n(Locale.ENGLISH);
        assertThat(en.relative(today.minusDays(3), today)).isEqualTo("3 days ago");
        assertThat(en.relative(today.plusDays(14), today)).isEqualTo("in 2 weeks");
        assertThat(en.relative(today.minusDays(1), today)).isEqualTo("yesterday");
        assertThat(en.relative(today, today)).isEqualTo("today");
        assertThat(en.relative(today.minusDays(800), today)).isEqualTo("2 years ago");
        assertThat(new I18n(Locale.GERMAN).relative(today.minusDays(3), today)).isEqualTo("vor 3 Tagen");
        assertThat(new I18n(Locale.forLanguageTag("ru")).relative(today.plusDays(5), today)).isEqualTo("через 5 дней");
        assertThat(new I18n(Locale.forLanguageTag("th")).relative(today.plusDays(5), today)).contains("5");
    }

    @Test
    void thaiDatesAreInTheBuddhistEraAndOthersInTheirOwnCalendar() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThat(new I18n(Locale.forLanguageTag("th-TH")).date(day)).contains("2569").doesNotContain("2026");
        assertThat(new I18n(Locale.forLanguageTag("th-TH-u-ca-gregory")).date(day)).contains("2026");
        assertThat(new I18n(Locale.GERMANY).date(day)).isEqualTo("22.11.2026");
        // date pickers read the same calendar
        assertThat(new I18n(Locale.forLanguageTag("th-TH")).chronology().getId()).isEqualTo("ThaiBuddhist");
        assertThat(new I18n(Locale.GERMANY).chronology().getId()).isEqualTo("ISO");
    }

    @Test
    void aDatePickersFieldIsWrittenAndReadInTheSameCalendar() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        var thai = new I18n(Locale.forLanguageTag("th-TH")).dateField();
        assertThat(thai.toString(day)).isEqualTo("22/11/2569");
        assertThat(thai.fromString(thai.toString(day))).isEqualTo(day); // not 1483, the year read as Buddhist
        var german = new I18n(Locale.GERMANY).dateField();
        assertThat(german.toString(day)).isEqualTo("22.11.2026");
        assertThat(german.fromString("22.11.2026")).isEqualTo(day);
        assertThat(german.fromString(" ")).isNull();
    }

    @Test
    void birthdaysReadInTheLanguageAndCalendar() {
        assertThat(new I18n(java.util.Locale.ENGLISH).birthday(new app.rapport.domain.contacts.Birthday(4, 15, null)))
                .isEqualTo("15 April");
        assertThat(new I18n(java.util.Locale.GERMAN).birthday(new app.rapport.domain.contacts.Birthday(4, 15, null)))
                .isEqualTo("15 April");
        assertThat(new I18n(java.util.Locale.forLanguageTag("th-TH")).birthday(new app.rapport.domain.contacts.Birthday(1, 5, 2002)))
                .contains("2545");
        assertThat(new I18n(java.util.Locale.ENGLISH).birthday(null)).isEmpty();
    }

    @Test
    void shortcutsAreNamedAsTheKeyboardLabelsThem() {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name", "").startsWith("Mac"));
        I18n de = new I18n(Locale.GERMAN);
        assertThat(de.keys("Shortcut+N")).isEqualTo("Strg+N");
        assertThat(de.keys("Shortcut+Shift+N")).isEqualTo("Strg+Umschalt+N");
        assertThat(de.format("contacts.search.prompt", de.keys("Shortcut+F"))).endsWith("(Strg+F)");
        for (String language : new String[] {"en", "ru", "th"}) {
            I18n other = new I18n(Locale.forLanguageTag(language));
            assertThat(other.keys("Shortcut+N")).as(language).isEqualTo("Ctrl+N");
            assertThat(other.keys("Shortcut+Shift+N")).as(language).isEqualTo("Ctrl+Shift+N");
            assertThat(other.format("contacts.new.person", other.keys("Shortcut+N"))).as(language).contains("(Ctrl+N)");
        }
    }

    /** A shortcut written into the words by hand would read "Ctrl" in German; they take it from keys(). */
    @Test
    void noWordsSpellAShortcutByHand() {
        for (Locale language : app.rapport.domain.language.Bundles.LANGUAGES) {
            java.util.ResourceBundle words = app.rapport.domain.language.Bundles.of(language);
            for (String key : java.util.Collections.list(words.getKeys())) {
                assertThat(words.getString(key)).as(language + " " + key).doesNotContain("Ctrl+", "Strg+");
            }
        }
    }
}
