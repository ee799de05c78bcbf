package app.rapport.io.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.testing.VobjectCards;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Photo;
import ezvcard.property.StructuredName;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardCodecTest {
    private final CardCodec codec = new CardCodec(new ContactRules("DE"));

    static Contact saved(Contact c, long id, Instant updated) {
        return c.withId(id).withTimestamps(Instant.parse("2026-01-01T00:00:00Z"), updated);
    }

    @Test
    void theSameContactGivesTheSameTextWhateverWhenItWasLastSaved() {
        Contact anna = person("Anna", "Müller").email("anna@example.org").phone("+49 30 1234567").tag("Freunde")
                .birthday(3, 14, 1980).build();
        String first = codec.write(saved(anna, 7, Instant.parse("2026-12-01T08:00:00Z")), "uid-anna");
        String later = codec.write(saved(anna, 7, Instant.parse("2026-12-05T09:30:00Z")), "uid-anna");

        assertThat(later).isEqualTo(first);
        assertThat(CardCodec.sha256(later)).isEqualTo(CardCodec.sha256(first)).hasSize(64);
        assertThat(first).startsWith("BEGIN:VCARD\r\nVERSION:3.0").contains("UID:uid-anna").doesNotContain("REV:");
        String edited = codec.write(saved(anna.withOrganisation("Rapport GmbH"), 7, Instant.now()), "uid-anna");
        assertThat(CardCodec.sha256(edited)).isNotEqualTo(CardCodec.sha256(first));
    }

    @Test
    void thaiCyrillicAndAPhotoComeBackAsTheSameCard() throws IOException {
        Contact thai = person("สมศักดิ์", "เจริญรุ่งเรือง").email("somsak@example.org").build();
        Contact boris = person("Борис", "Петров").phone("+7 495 123-45-67").notes("Познакомились в Казани").build();
        VCard withPhoto = new VCard();
        StructuredName n = new StructuredName();
        n.setGiven("Anna");
        n.setFamily("Müller");
        withPhoto.setStructuredName(n);
        withPhoto.setFormattedName("Anna Müller");
        withPhoto.addPhoto(new Photo(VobjectCards.png(), ImageType.PNG));
        Contact anna = codec.read(Ezvcard.write(withPhoto).version(VCardVersion.V3_0).go()).orElseThrow().contact();
        assertThat(anna.extras().photo()).isNotNull();

        for (Contact c : new Contact[] {thai, boris, anna}) {
            String text = codec.write(saved(c, 3, Instant.now()), "the-uid");
            CardCodec.Read read = codec.read(text).orElseThrow();
            assertThat(read.uid()).isEqualTo("the-uid");
            assertThat(codec.sameCard(read.contact(), c)).as(c.displayName()).isTrue();
            assertThat(codec.write(saved(read.contact(), 3, null), "the-uid")).isEqualTo(text);
        }
    }

    @Test
    void whatRapportDoesNotReadOfTheServersCardIsKeptAndWhatItReadsIsNotDoubled() {
        VCard phone = new VCard();
        StructuredName n = new StructuredName();
        n.setGiven("Haruto");
        n.setFamily("山田");
        phone.setStructuredName(n);
        phone.setFormattedName("Haruto 山田");
        phone.addEmail("haruto@example.jp");
        phone.addExtendedProperty("X-PHONETIC-LAST-NAME", "やまだ");
        phone.setGeo(35.6895, 139.6917);
        String serverCard = Ezvcard.write(phone).version(VCardVersion.V3_0).go();
        Contact haruto = codec.read(serverCard).orElseThrow().contact();

        String text = codec.write(saved(haruto, 4, null), "phone-9", serverCard);

        VCard written = Ezvcard.parse(text).first();
        assertThat(written.getExtendedProperty("X-PHONETIC-LAST-NAME").getValue()).as(text).isEqualTo("やまだ");
        assertThat(written.getGeo()).as(text).isNotNull();
        assertThat(written.getEmails()).hasSize(1);
        assertThat(written.getUid().getValue()).isEqualTo("phone-9");
        assertThat(codec.sameCard(codec.read(text).orElseThrow().contact(), haruto)).isTrue();
    }
}
