package app.rapport.io.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.io.exporting.VCardExport;
import app.rapport.io.importing.ContactFileReader;
import app.rapport.io.importing.FileFormat;
import app.rapport.io.importing.ImportOptions;
import app.rapport.io.importing.ImportedRecord;
import app.rapport.io.importing.VCardPropertyNames;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.VCardProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One contact as one card and back, through the export's and the import's vCard code (vCard 3.0: what phones
 * and iOS read best). The card Rapport writes carries no REV, so the same contact gives the same text, byte for
 * byte, at every sync; its {@link #sha256 hash} then tells whether the contact changed since the last one.
 */
public final class CardCodec {
    private static final ImportOptions VCARD = ImportOptions.AUTO.withFormat(FileFormat.VCARD);

    private final VCardExport export = VCardExport.v3();
    private final ContactFileReader reader;

    public CardCodec(ContactRules rules) {
        this.reader = new ContactFileReader(rules);
    }

    /** A card read: the contact (id 0) and the card's UID ("" when it has none). */
    public record Read(Contact contact, String uid) {
    }

    /** The card for {@code contact} with this UID: PRODID and UID, no REV (it would change the text at every edit). */
    public String write(Contact contact, String uid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.write(List.of(contact.withTimestamps(contact.createdAt(), null)), Map.of(contact.id(), uid), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The card for {@code contact}, keeping from {@code serverCard} (the card as it is on the server) every
     * property Rapport does not read, so a round trip through Rapport leaves what a phone wrote there (phonetic
     * names, a position, a key…). Rapport's card otherwise, as {@link #write(Contact, String)} writes it.
     */
    public String write(Contact contact, String uid, String serverCard) {
        String mine = write(contact, uid);
        if (serverCard == null) {
            return mine;
        }
        Set<String> unread = reader.read("card.vcf", serverCard.getBytes(StandardCharsets.UTF_8), VCARD).ignored();
        VCard theirs = unread.isEmpty() ? null : Ezvcard.parse(serverCard).first();
        if (theirs == null) {
            return mine;
        }
        VCard card = Ezvcard.parse(mine).first();
        boolean kept = false;
        for (VCardProperty p : theirs.getProperties()) {
            if (unread.contains(VCardPropertyNames.of(p))) {
                // Rapport's labels are groups item1, item2…: a kept property must not take one of their labels
                p.setGroup(null);
                card.addProperty(p);
                kept = true;
            }
        }
        return kept ? Ezvcard.write(card).version(VCardVersion.V3_0).prodId(false).go() : mine;
    }

    /** The first contact in the card's text, or empty when it holds none Rapport can keep (a group card). */
    public Optional<Read> read(String vcard) {
        List<ImportedRecord> records = reader.read("card.vcf", vcard.getBytes(StandardCharsets.UTF_8), VCARD).records();
        if (records.isEmpty()) {
            return Optional.empty();
        }
        ImportedRecord first = records.get(0);
        return Optional.of(new Read(first.contact(), bareUid(first.uid())));
    }

    /** Whether two contacts make the same card (all Rapport writes of them), whatever their ids and dates. */
    public boolean sameCard(Contact a, Contact b) {
        return write(a.withId(0), "").equals(write(b.withId(0), ""));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The export writes a UUID as urn:uuid:…; the import keeps what the card says. One form for both. */
    static String bareUid(String uid) {
        return uid.regionMatches(true, 0, "urn:uuid:", 0, 9) ? uid.substring(9) : uid;
    }
}
