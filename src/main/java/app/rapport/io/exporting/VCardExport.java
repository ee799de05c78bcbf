package app.rapport.io.exporting;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Categories;
import ezvcard.property.Gender;
import ezvcard.property.Impp;
import ezvcard.property.Kind;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
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
            List<String> nicknames = new ArrayList<>();
            if (!c.name().nickname().isEmpty()) {
                nicknames.add(c.name().nickname());
            }
            nicknames.addAll(c.extras().nicknames());
            if (!nicknames.isEmpty()) {
                card.setNickname(nicknames.toArray(String[]::new));
            }
        } else if (version == VCardVersion.V4_0) {
            card.setKind(Kind.org());
        } else {
            card.addExtendedProperty("X-ABShowAs", "COMPANY");
        }
        card.setFormattedName(c.displayName());
        if (!c.organisation().isEmpty()) {
            if (c.extras().department().isEmpty()) {
                card.setOrganization(c.organisation());
            } else {
                card.setOrganization(c.organisation(), c.extras().department());
            }
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
        extras(card, labels, c.extras());
        return card;
    }

    /** Anniversary, gender, profiles, related names and the photo; in 3.0 as Apple and Evolution write them. */
    private void extras(VCard card, Labels labels, ContactExtras x) {
        boolean v4 = version == VCardVersion.V4_0;
        if (x.anniversary() != null) {
            Birthday a = x.anniversary();
            if (v4 && a.year() == null) {
                card.setAnniversary(new Anniversary(PartialDate.builder().month(a.month()).date(a.day()).build()));
            } else if (v4) {
                card.setAnniversary(new Anniversary(LocalDate.of(a.year(), a.month(), a.day())));
            } else {
                card.addExtendedProperty("X-ANNIVERSARY", (a.year() == null ? "--" : String.format(Locale.ROOT, "%04d-", a.year()))
                        + String.format(Locale.ROOT, "%02d-%02d", a.month(), a.day()));
            }
        }
        if (!x.gender().isEmpty()) {
            if (v4) {
                int semicolon = x.gender().indexOf(';');
                Gender g = new Gender(semicolon < 0 ? x.gender() : x.gender().substring(0, semicolon));
                if (semicolon >= 0) {
                    g.setText(x.gender().substring(semicolon + 1));
                }
                card.setGender(g);
            } else {
                // as Evolution and KDE write it
                card.addExtendedProperty("X-GENDER", switch (x.gender()) {
                    case "M" -> "Male";
                    case "F" -> "Female";
                    default -> x.gender();
                });
            }
        }
        for (ContactExtras.Profile p : x.profiles()) {
            if (p.isMessenger()) {
                Impp impp = new Impp(p.address());
                card.addImpp(impp);
                labels.label(impp, p.label());
            } else {
                RawProperty social = card.addExtendedProperty("X-SOCIALPROFILE", p.address());
                if (!p.label().isEmpty()) {
                    social.getParameters().setType(p.label());
                }
            }
        }
        for (ContactExtras.RelatedName r : x.relatedNames()) {
            if (v4) {
                Related related = new Related();
                related.setText(r.name());
                if (!r.label().isEmpty()) {
                    related.getParameters().setType(r.label());
                }
                card.addRelated(related);
            } else {
                RawProperty named = card.addExtendedProperty("X-ABRELATEDNAMES", r.name());
                labels.apple(named, r.label());
            }
        }
        if (x.photo() != null) {
            ImageType type = ImageType.find(null, x.photo().mime(), null);
            card.addPhoto(new Photo(x.photo().bytes(), type == null ? ImageType.JPEG : type));
        }
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
            apple(p, label);
        }

        /** The label as Apple writes it: the property and an X-ABLabel in one group. */
        void apple(VCardProperty p, String label) {
            if (label.isBlank()) {
                return;
            }
            String name = "item" + ++group;
            p.setGroup(name);
            card.addExtendedProperty("X-ABLabel", label).setGroup(name);
        }
    }
}
