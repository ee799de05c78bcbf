package app.rapport.io.importing;

import static app.rapport.io.importing.Fixtures.contact;
import static app.rapport.io.importing.Fixtures.problems;
import static app.rapport.io.importing.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactExtras.Profile;
import app.rapport.domain.contacts.ContactExtras.RelatedName;
import app.rapport.domain.contacts.Phone;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Fields address books write that Rapport used to drop: every one is kept on the contact. */
class ContactFieldsImportTest {

    /**
     * fields-vcard40.vcf: as Nextcloud and DAVx⁵ write vCard 4.0 — PHOTO as a data URI, TEL as a tel: URI
     * with ;ext=, ADR with only a LABEL parameter (iOS when the address was typed as one block), several
     * NICKNAME values, ORG with a department, ANNIVERSARY, GENDER, IMPP and a RELATED name of someone not
     * in the address book. The second card has a PHOTO given as a web address (Google's CardDAV does).
     */
    @Test
    void vcard40FieldsAreKeptNotDropped() throws Exception {
        ReadResult result = read("fields-vcard40.vcf");
        Contact sasha = contact(result, "Alexandra Petrova");
        assertThat(sasha.name().nickname()).isEqualTo("Sasha");
        assertThat(sasha.extras().nicknames()).containsExactly("Alex");
        assertThat(sasha.organisation()).isEqualTo("Nordwind GmbH");
        assertThat(sasha.extras().department()).isEqualTo("Forschung");
        assertThat(sasha.phones()).containsExactly(new Phone("work", "+49-30-1234567 ext. 42"));
        assertThat(sasha.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("Am Markt 3\n12345 Dorfkirchen");
            assertThat(a.label()).isEqualTo("home");
        });
        assertThat(sasha.extras().anniversary()).isEqualTo(Birthday.of(6, 12, 2010));
        assertThat(sasha.extras().gender()).isEqualTo("F;woman");
        assertThat(sasha.extras().profiles()).containsExactly(new Profile("home", "xmpp:sasha@jabber.example"));
        assertThat(sasha.extras().relatedNames()).containsExactly(new RelatedName("spouse", "Boris Petrov"));

        // the 640 × 96 picture is kept, scaled to at most 512 pixels a side, with a 48-pixel thumbnail
        assertThat(sasha.extras().photo()).isNotNull();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(sasha.extras().photo().bytes()));
        assertThat(stored.getWidth()).isEqualTo(512);
        assertThat(stored.getHeight()).isEqualTo(77);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(sasha.extras().photo().thumbnail()));
        assertThat(thumb.getWidth()).isEqualTo(PhotoScaler.THUMB_SIDE);

        // a photo given as a web address is never fetched: the address stays in the notes, and the user is told
        Contact linked = contact(result, "Linked Photo");
        assertThat(linked.extras().photo()).isNull();
        assertThat(linked.notes()).isEqualTo("Photo: https://contacts.example/photos/linked.jpg");
        assertThat(problems(result)).containsExactly("import.problem.photos@0");
        assertThat(result.problems().get(0).args()).containsExactly(1);
        // the words the user reads, in each language (a count given as text made the plural throw)
        for (String language : new String[] {"en", "de", "ru", "th"}) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            String pattern = app.rapport.domain.language.Bundles.of(locale).getString("import.problem.photos");
            assertThat(app.rapport.domain.language.Messages.format(pattern, locale, result.problems().get(0).args().toArray()))
                    .contains("1");
        }
    }

    /**
     * fields-apple.vcf: as Apple Contacts (macOS 14) writes vCard 3.0 — X-SOCIALPROFILE with type and
     * x-user, X-ABRELATEDNAMES with an Apple label, PHOTO;ENCODING=b — with what Evolution adds in 3.0
     * (X-JABBER, X-ANNIVERSARY, X-GENDER) and an address given only as a LABEL, as Outlook writes it.
     */
    @Test
    void appleAndEvolutionVcard30FieldsAreKept() {
        ReadResult result = read("fields-apple.vcf");
        Contact jan = contact(result, "Jan Kowalski");
        assertThat(jan.name().nickname()).isEqualTo("Janek");
        assertThat(jan.extras().department()).isEqualTo("Sprzedaż");
        assertThat(jan.phones()).containsExactly(new Phone("work", "+48 22 555 01 23 ext. 7"));
        assertThat(jan.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("ul. Długa 5\n00-238 Warszawa\nPoland");
            assertThat(a.label()).isEqualTo("home");
        });
        assertThat(jan.extras().anniversary()).isEqualTo(Birthday.of(8, 21, 1999));
        assertThat(jan.extras().gender()).isEqualTo("M");
        assertThat(jan.extras().profiles()).containsExactly(new Profile("home", "xmpp:janek@jabber.example"),
                new Profile("twitter", "https://twitter.com/janek"));
        assertThat(jan.extras().relatedNames()).containsExactly(new RelatedName("mother", "Maria Kowalska"));
        // 64 × 64: small enough to be kept exactly as the file held it
        assertThat(jan.extras().photo().mime()).isEqualTo("image/png");
        assertThat(problems(result)).isEmpty();
    }
}
