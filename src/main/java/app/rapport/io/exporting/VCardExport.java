package app.rapport.io.exporting;

import app.rapport.domain.Birthday;
import app.rapport.domain.Contact;
import app.rapport.domain.Email;
import app.rapport.domain.Phone;
import app.rapport.domain.PostalAddress;
import app.rapport.domain.Website;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Contacts as vCard 4.0 or 3.0 through ez-vcard, UTF-8. Labels that are vCard types (work, home,
 * mobile, fax…) become TYPE parameters; any other label is written the way Apple does
 * ({@code itemN.X-ABLabel}). In 3.0, an organisation is marked as Apple marks it (X-ABShowAs) and a
 * birthday without a year as Apple writes it (year 1604 with X-APPLE-OMIT-YEAR).
 */
public final class VCardExport implements ContactExporter {
    private static final Set<String> TYPES = Set.of("work", "home", "cell", "fax", "pager", "voice", "text", "video",
            "car", "isdn", "msg");
    private static final int NO_YEAR = 1604;

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final String PRODID = "-//Rapport//Rapport contacts//EN";

    private final VCardVersion version;

    public VCardExport(VCardVersion version) {
        this.version = version;
    }

    public static VCardExport v4() {
        return new VCardExport(VCardVersion.V4_0);
    }

    public static VCardExport v3() {
        return new VCardExport(VCardVersion.V3_0);
    }

    @Override
    public void write(List<Contact> contacts, OutputStream out) throws IOException {
        write(contacts, java.util.Map.of(), out);
    }

    /**
     * Each card with PRODID, REV (when the contact was last changed) and UID: the one in {@code uids}
     * (the UID the contact came with, or the one made for it on its first export); a card whose contact
     * has none there gets none, rather than one that another database could give to someone else.
     */
    @Override
    public void write(List<Contact> contacts, java.util.Map<Long, String> uids, OutputStream out) throws IOException {
        List<VCard> cards = new ArrayList<>(contacts.size());
        for (Contact c : contacts) {
            VCard card = card(c);
            card.setProductId(PRODID);
            String uid = uids.get(c.id());
            if (uid != null && !uid.isBlank()) {
                card.setUid(new ezvcard.property.Uid(UUID_TEXT.matcher(uid).matches() ? "urn:uuid:" + uid : uid));
            }
            if (c.updatedAt() != null) {
                card.setRevision(new ezvcard.property.Revision(c.updatedAt()));
            }
            cards.add(card);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Ezvcard.write(cards).version(version).prodId(false).go(writer);
        writer.flush();
    }

    @Override
    public boolean writesUids() {
        return true;
    }

    @Override
    public String extension() {
        return "vcf";
    }

    VCard card(Contact c) {
        VCard card = new VCard();
        Labels labels = new Labels(card);
        if (c.isPerson()) {
            StructuredName n = new StructuredName();
            n.setFamily(c.name().family());
            n.setGiven(c.name().given());
            if (!c.name().prefix().isEmpty()) {
                n.getPrefixes().add(c.name().prefix());
            }
            if (!c.name().suffix().isEmpty()) {
                n.getSuffixes().add(c.name().suffix());
            }
            card.setStructuredName(n);
            if (!c.name().nickname().isEmpty()) {
                card.setNickname(c.name().nickname());
            }
        } else if (version == VCardVersion.V4_0) {
            card.setKind(Kind.org());
        } else {
            card.addExtendedProperty("X-ABShowAs", "COMPANY");
        }
        card.setFormattedName(c.displayName());
        if (!c.organisation().isEmpty()) {
            card.setOrganization(c.organisation());
        }
        if (!c.title().isEmpty()) {
            card.addTitle(c.title());
        }
        if (c.birthday() != null) {
            card.setBirthday(birthday(c.birthday()));
        }
        for (Email e : c.emails()) {
            labels.label(card.addEmail(e.address()), e.label());
        }
        for (Phone p : c.phones()) {
            Telephone tel = new Telephone(p.number());
            card.addTelephoneNumber(tel);
            labels.label(tel, p.label());
        }
        for (PostalAddress a : c.addresses()) {
            Address adr = address(a);
            card.addAddress(adr);
            labels.label(adr, a.label());
            if (a.mailing()) {
                adr.getParameters().setPref(1);
            }
        }
        for (Website w : c.websites()) {
            Url url = new Url(w.url());
            card.addUrl(url);
            labels.label(url, w.label());
        }
        if (!c.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(c.tags());
            card.setCategories(categories);
        }
        if (!c.notes().isEmpty()) {
            card.addNote(c.notes());
        }
        return card;
    }

    private ezvcard.property.Birthday birthday(Birthday b) {
        if (b.year() != null) {
            return new ezvcard.property.Birthday(LocalDate.of(b.year(), b.month(), b.day()));
        }
        if (version == VCardVersion.V4_0) {
            return new ezvcard.property.Birthday(PartialDate.builder().month(b.month()).date(b.day()).build());
        }
        ezvcard.property.Birthday apple = new ezvcard.property.Birthday(LocalDate.of(NO_YEAR, b.month(), b.day()));
        apple.getParameters().put("X-APPLE-OMIT-YEAR", Integer.toString(NO_YEAR));
        return apple;
    }

    private static Address address(PostalAddress a) {
        Address adr = new Address();
        adr.setStreetAddress(a.street());
        adr.setLocality(a.locality());
        adr.setRegion(a.region());
        adr.setPostalCode(a.postalCode());
        if (!a.countryCode().isEmpty()) {
            adr.setCountry(new Locale("", a.countryCode()).getDisplayCountry(Locale.ENGLISH));
        }
        return adr;
    }

    /** Puts a label on a property as TYPE parameters or, for any other label, as an Apple label. */
    private static final class Labels {
        private final VCard card;
        private int group;

        Labels(VCard card) {
            this.card = card;
        }

        void label(VCardProperty p, String label) {
            if (label.isBlank()) {
                return;
            }
            List<String> words = new ArrayList<>();
            for (String word : label.toLowerCase(Locale.ROOT).split("\\s+")) {
                words.add(word.equals("mobile") ? "cell" : word);
            }
            if (TYPES.containsAll(words)) {
                words.forEach(w -> p.getParameters().put("TYPE", w));
                return;
            }
            String name = "item" + ++group;
            p.setGroup(name);
            card.addExtendedProperty("X-ABLabel", label).setGroup(name);
        }
    }
}
