package app.rapport.io.importing;

import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Member;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * vCard 2.1, 3.0 and 4.0 through ez-vcard, which unfolds lines and decodes quoted-printable in the
 * charset each property names. A photo in the file (embedded, or a data URI) is kept; one given only as
 * a web address is never fetched: the address goes into the notes and the file's problems say how many
 * records had one. Every nickname, the department, anniversary, gender, messaging and social profiles
 * (IMPP, X-SOCIALPROFILE, the older X-JABBER, X-SKYPE…) and related names are kept. Group cards (vCard 4 {@code KIND:group}, Apple's
 * {@code X-ADDRESSBOOKSERVER-KIND:group}) become a tag on their members instead of a contact.
 */
final class VCardFileReader {
    /** Properties that describe the file, not the person: not worth a word to the user. */
    private static final Set<String> TECHNICAL = Set.of("PRODID", "REV", "VERSION", "X-ABUID", "X-IMAGETYPE",
            "X-IMAGEHASH", "SOURCE", "CLIENTPIDMAP", "SORT-STRING", "LABEL", "X-SHARED-PHOTO-DISPLAY-PREF", "MAILER",
            "X-ABLABEL", "X-ABSHOWAS", "X-ADDRESSBOOKSERVER-KIND", "X-ADDRESSBOOKSERVER-MEMBER", "X-ABRELATEDNAMES",
            "LOGO", "X-ABADR", "NAME", "PROFILE", "CLASS", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-CARDPICTURE");

    /** The URI scheme (or web address) each older messenger property stands for. */
    private static final Map<String, String> IM_SCHEMES = Map.ofEntries(Map.entry("X-JABBER", "xmpp"),
            Map.entry("X-SKYPE", "skype"), Map.entry("X-SKYPE-USERNAME", "skype"), Map.entry("X-AIM", "aim"),
            Map.entry("X-ICQ", "icq"), Map.entry("X-MSN", "msnim"), Map.entry("X-YAHOO", "ymsgr"),
            Map.entry("X-GOOGLE-TALK", "gtalk"), Map.entry("X-GADUGADU", "gg"), Map.entry("X-GROUPWISE", "groupwise"),
            Map.entry("X-TWITTER", "https://twitter.com/"));

    record Read(List<RecordDraft> drafts, List<ImportProblem> problems, int photos, Set<String> ignored) {
    }

    Read read(String text, String fileName, Charset charset) {
        List<Integer> starts = new ArrayList<>();
        boolean unterminated = cardStarts(text, starts);
        List<RecordDraft> drafts = new ArrayList<>();
        Map<String, List<String>> groupTags = new HashMap<>();
        Set<String> ignored = new TreeSet<>();
        List<ImportProblem> problems = new ArrayList<>();
        int photos = 0;
        int number = 0;
        // ez-vcard reads no card at all after blank lines at the very start (Thunderbird writes them)
        try (VCardReader reader = new VCardReader(text.stripLeading())) {
            reader.setDefaultQuotedPrintableCharset(quotedPrintableCharset(text,
                    charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset));
            VCard card;
            while ((card = reader.readNext()) != null) {
                number++;
                int line = number <= starts.size() ? starts.get(number - 1) : 0;
                RecordDraft d = new RecordDraft(new RecordPosition(fileName, number, line));
                if (isGroupCard(card)) {
                    collectGroup(card, groupTags);
                    continue;
                }
                fill(d, card, ignored);
                photos += d.photoLink ? 1 : 0;
                drafts.add(d);
            }
        } catch (IOException | RuntimeException e) {
            // ez-vcard reads leniently; what it gave up on ends the file here, what came before stays
            problems.add(ImportProblem.skipped(new RecordPosition(fileName, number + 1,
                    number < starts.size() ? starts.get(number) : 0), "import.problem.unreadable"));
        }
        if (unterminated && !drafts.isEmpty()) {
            drafts.get(drafts.size() - 1).truncated = true;
        }
        applyGroupTags(drafts, groupTags);
        return new Read(drafts, problems, photos, ignored);
    }

    /**
     * The charset of quoted-printable values that name none: their bytes are UTF-8 when they read as
     * UTF-8 (Nokia, old Android), else what ICU's detector finds in them (Outlook: Windows-1252), and the
     * file's own charset when no such value has a byte beyond ASCII.
     */
    static Charset quotedPrintableCharset(String text, Charset fileCharset) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            String head = colon < 0 ? "" : line.substring(0, colon).toUpperCase(Locale.ROOT);
            if (!head.contains("QUOTED-PRINTABLE") || head.contains("CHARSET=")) {
                continue;
            }
            StringBuilder value = new StringBuilder(line.substring(colon + 1));
            while (value.length() > 0 && value.charAt(value.length() - 1) == '=' && i + 1 < lines.size()) {
                value.setLength(value.length() - 1); // a soft line break
                value.append(lines.get(++i));
            }
            try {
                bytes.writeBytes(new com.github.mangstadt.vinnie.codec.QuotedPrintableCodec("ISO-8859-1")
                        .decode(value.toString()).getBytes(StandardCharsets.ISO_8859_1));
            } catch (com.github.mangstadt.vinnie.codec.DecoderException e) {
                // ez-vcard keeps such a value as written
            }
        }
        byte[] all = bytes.toByteArray();
        boolean ascii = true;
        for (byte b : all) {
            ascii &= b >= 0;
        }
        if (ascii) {
            return fileCharset;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(all, null);
        return decoded.charset();
    }

    private void fill(RecordDraft d, VCard card, Set<String> ignored) {
        VCardLabels labels = new VCardLabels(card);
        for (VCardProperty p : card.getProperties()) {
            if (!handled(d, card, p, labels)) {
                String name = VCardPropertyNames.of(p);
                if (!TECHNICAL.contains(name)) {
                    ignored.add(name);
                }
            }
        }
    }

    /** Copies one property into the draft; false when Rapport has no place for it. */
    private boolean handled(RecordDraft d, VCard card, VCardProperty p, VCardLabels labels) {
        if (p instanceof StructuredName n) {
            d.family = nz(n.getFamily());
            d.given = nz(n.getGiven());
            d.middle = String.join(" ", n.getAdditionalNames());
            d.prefix = String.join(" ", n.getPrefixes());
            d.suffix = String.join(" ", n.getSuffixes());
        } else if (p instanceof ezvcard.property.FormattedName fn) {
            d.fullName = nz(fn.getValue());
        } else if (p instanceof ezvcard.property.Nickname nick) {
            for (String value : nick.getValues()) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (d.nickname.isEmpty()) {
                    d.nickname = value;
                } else {
                    d.nicknames.add(value);
                }
            }
        } else if (p instanceof ezvcard.property.Organization org) {
            if (d.organisation.isEmpty() && !org.getValues().isEmpty()) {
                d.organisation = org.getValues().get(0);
                // ORG:Company;Department;Sub-department
                d.department = String.join(", ", org.getValues().subList(1, org.getValues().size()).stream()
                        .filter(v -> v != null && !v.isBlank()).toList());
            }
        } else if (p instanceof ezvcard.property.Title t) {
            d.title = d.title.isEmpty() ? nz(t.getValue()) : d.title;
        } else if (p instanceof ezvcard.property.Birthday b) {
            birthday(d, b);
        } else if (p instanceof ezvcard.property.Email e) {
            d.emails.add(new Email(labels.of(e), nz(e.getValue())));
        } else if (p instanceof Telephone t) {
            String number = t.getText() != null ? t.getText() : t.getUri() == null ? "" : t.getUri().getNumber();
            if (t.getText() == null && t.getUri() != null && t.getUri().getExtension() != null) {
                // tel:+1-555-555-0100;ext=42 (vCard 4.0)
                number = number + " ext. " + t.getUri().getExtension();
            }
            d.phones.add(new Phone(labels.of(t), nz(number)));
        } else if (p instanceof Address a) {
            d.addresses.add(address(a, labels));
        } else if (p instanceof ezvcard.property.Label label) {
            // a 3.0 LABEL that belongs to no ADR: the address exists only as this text
            if (label.getValue() != null && !label.getValue().isBlank()) {
                d.addresses.add(new PostalAddress(labels.of(label), label.getValue().strip(), "", "", "", "", false));
            }
        } else if (p instanceof ezvcard.property.Anniversary a) {
            anniversary(d, a.getDate(), a.getPartialDate(), a.getText());
        } else if (p instanceof ezvcard.property.Gender g) {
            d.gender = gender(nz(g.getGender()), nz(g.getText()));
        } else if (p instanceof ezvcard.property.Impp im) {
            if (im.getUri() != null) {
                d.profiles.add(new ContactExtras.Profile(labels.of(im), im.getUri().toString()));
            }
        } else if (p instanceof Url u) {
            d.websites.add(new Website(labels.of(u), nz(u.getValue())));
        } else if (p instanceof Categories c) {
            d.tags.addAll(c.getValues());
        } else if (p instanceof Note n) {
            d.note(n.getValue());
        } else if (p instanceof ezvcard.property.Uid u) {
            d.uid = uid(u.getValue());
        } else if (p instanceof Related r) {
            related(d, r);
        } else if (p instanceof ezvcard.property.Kind k) {
            if (k.isOrg()) {
                d.kind = ContactKind.ORGANISATION;
                d.orgKind = OrgKind.COMPANY;
            }
        } else if (p instanceof ezvcard.property.Photo photo) {
            photo(d, photo);
        } else if (p instanceof RawProperty raw) {
            return raw(d, raw, labels);
        } else {
            return false;
        }
        return true;
    }

    private static boolean raw(RecordDraft d, RawProperty raw, VCardLabels labels) {
        String name = raw.getPropertyName().toUpperCase(Locale.ROOT);
        switch (name) {
            case "X-ABSHOWAS" -> {
                if ("COMPANY".equalsIgnoreCase(nz(raw.getValue()).strip())) {
                    d.kind = ContactKind.ORGANISATION;
                    d.orgKind = OrgKind.COMPANY;
                }
            }
            case "X-ABRELATEDNAMES" -> {
                String label = labels.of(raw);
                d.ties.add(new ImportedTie(VCardLabels.tieType(label), nz(raw.getValue()), ""));
                // Apple's "Spouse" is vCard's spouse: the same one word as a RELATED of that type
                String kept = ezvcard.parameter.RelatedType.find(label.toLowerCase(Locale.ROOT)) != null
                        ? label.toLowerCase(Locale.ROOT) : label;
                d.relatedNames.add(new ContactExtras.RelatedName(kept, nz(raw.getValue())));
            }
            case "X-SOCIALPROFILE" -> {
                // Apple Contacts: X-SOCIALPROFILE;type=twitter;x-user=anna:https://twitter.com/anna
                String service = nz(raw.getParameters().getType());
                String user = nz(raw.getParameters().first("X-USER"));
                String value = nz(raw.getValue()).strip();
                d.profiles.add(new ContactExtras.Profile(service.toLowerCase(Locale.ROOT),
                        value.isEmpty() ? user : value));
            }
            case "X-JABBER", "X-SKYPE", "X-SKYPE-USERNAME", "X-AIM", "X-ICQ", "X-MSN", "X-YAHOO", "X-GOOGLE-TALK",
                 "X-GADUGADU", "X-GROUPWISE", "X-TWITTER" -> {
                // Evolution, Thunderbird and Apple 3.0 write one property per messenger
                String scheme = IM_SCHEMES.get(name);
                String value = nz(raw.getValue()).strip();
                if (!value.isEmpty()) {
                    d.profiles.add(scheme.startsWith("http") ? new ContactExtras.Profile("twitter", scheme + value)
                            : new ContactExtras.Profile(labels.of(raw), value.contains(":") ? value : scheme + ":" + value));
                }
            }
            case "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY" -> {
                if (d.anniversary == null && d.anniversaryText.isBlank()) {
                    DateText.Day day = DateText.parse(nz(raw.getValue()));
                    d.anniversary = day;
                    d.anniversaryText = day == null ? nz(raw.getValue()) : "";
                }
            }
            case "X-GENDER", "X-KADDRESSBOOK-X-GENDER" -> {
                // Evolution and KDE write a word; kept the way vCard 4.0 writes GENDER
                if (d.gender.isEmpty()) {
                    String word = nz(raw.getValue()).strip();
                    d.gender = switch (word.toLowerCase(Locale.ROOT)) {
                        case "male", "m" -> "M";
                        case "female", "f" -> "F";
                        case "o", "n", "u" -> word.toUpperCase(Locale.ROOT);
                        // "O;non-binary" as Rapport writes it in 3.0, or any other word as the identity
                        default -> word.isEmpty() || word.matches("(?i)[MFONU]?;.*") ? word : ";" + word;
                    };
                }
            }
            case "X-ABLABEL" -> {
                // read with the property of the same group
            }
            case "BDAY" -> {
                // a date ez-vcard could not read (0000-00-00, 2026-13-01): kept as text, so it reaches the notes
                if (d.birthday == null && d.birthdayText.isBlank()) {
                    d.birthdayText = nz(raw.getValue());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void birthday(RecordDraft d, ezvcard.property.Birthday b) {
        boolean omitYear = b.getParameters().first("X-APPLE-OMIT-YEAR") != null;
        Temporal date = b.getDate();
        if (date instanceof java.time.Instant instant) {
            // a date-time in UTC (KDE: 19531015T231000Z): the calendar date as written
            date = instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
            LocalDate day = LocalDate.from(date instanceof LocalDate ? date : LocalDate.of(date.get(ChronoField.YEAR),
                    date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH)));
            d.birthday = new DateText.Day(day.getMonthValue(), day.getDayOfMonth(), omitYear ? null : day.getYear());
        } else if (b.getPartialDate() != null && b.getPartialDate().getMonth() != null
                && b.getPartialDate().getDate() != null) {
            var partial = b.getPartialDate();
            d.birthday = new DateText.Day(partial.getMonth(), partial.getDate(), omitYear ? null : partial.getYear());
        } else if (b.getText() != null) {
            d.birthdayText = b.getText();
        } else if (date != null) {
            d.birthdayText = date.toString(); // a date Rapport cannot place goes to the notes, not away
        }
    }

    private static PostalAddress address(Address a, VCardLabels labels) {
        List<String> street = new ArrayList<>();
        for (String part : List.of(nz(a.getStreetAddressFull()), nz(a.getExtendedAddressFull()), nz(a.getPoBox()))) {
            if (!part.isBlank()) {
                street.add(part.strip());
            }
        }
        String country = nz(a.getCountry());
        String code = Countries.code(country);
        String region = nz(a.getRegion());
        if (code == null && !country.isBlank()) {
            // a country Rapport cannot name by its code still belongs to the address
            region = (region + ", " + country).replaceFirst("^, ", "");
        }
        if (street.isEmpty() && nz(a.getLocality()).isBlank() && region.isBlank() && nz(a.getPostalCode()).isBlank()
                && code == null && a.getLabel() != null && !a.getLabel().isBlank()) {
            // ADR;LABEL="…":;;;;;; (vCard 4.0) or an ADR whose 3.0 LABEL is its only content
            street.add(a.getLabel().strip());
        }
        return new PostalAddress(labels.of(a), String.join("\n", street), nz(a.getLocality()), region,
                nz(a.getPostalCode()), code == null ? "" : code, VCardLabels.preferred(a));
    }

    private static void related(RecordDraft d, Related r) {
        String type = r.getTypes().isEmpty() ? "" : r.getTypes().get(0).getValue();
        String uri = nz(r.getUri());
        d.ties.add(new ImportedTie(VCardLabels.tieType(type), nz(r.getText()), uri.isEmpty() ? "" : uid(uri)));
        // kept by name too, so a relation to someone not in Rapport is not lost
        String value = r.getText() != null ? r.getText() : uri;
        // a type vCard defines ("spouse") is one word in any case; a relation the user named keeps their words
        String written = r.getParameters().getType(); // as in the file: ez-vcard's own type is lower-cased
        String label = ezvcard.parameter.RelatedType.find(type) != null || written == null
                ? type.toLowerCase(Locale.ROOT) : written;
        d.relatedNames.add(new ContactExtras.RelatedName(label, value));
    }

    private static void photo(RecordDraft d, ezvcard.property.Photo photo) {
        if (photo.getData() != null && photo.getData().length > 0) {
            if (d.photo == null) {
                d.photo = photo.getData();
            }
        } else if (photo.getUrl() != null && !photo.getUrl().isBlank()) {
            // never fetched: opening a web address from an imported file would tell its owner who looked
            d.photoLink = true;
            d.note("Photo: " + photo.getUrl().strip());
        }
    }

    private static void anniversary(RecordDraft d, Temporal date, ezvcard.util.PartialDate partial, String text) {
        if (d.anniversary != null) {
            return;
        }
        if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
            d.anniversary = new DateText.Day(date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH),
                    date.get(ChronoField.YEAR));
        } else if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            d.anniversary = new DateText.Day(partial.getMonth(), partial.getDate(), partial.getYear());
        } else {
            d.anniversaryText = nz(text);
        }
    }

    /** GENDER:F or GENDER:O;non-binary as one text: "F", "O;non-binary", ";it's complicated". */
    static String gender(String sex, String identity) {
        return identity.isBlank() ? sex.strip() : sex.strip() + ";" + identity.strip();
    }

    private static boolean isGroupCard(VCard card) {
        if (card.getKind() != null && card.getKind().isGroup()) {
            return true;
        }
        RawProperty apple = card.getExtendedProperty("X-ADDRESSBOOKSERVER-KIND");
        return apple != null && "group".equalsIgnoreCase(nz(apple.getValue()).strip());
    }

    private static void collectGroup(VCard card, Map<String, List<String>> groupTags) {
        String name = card.getFormattedName() == null ? "" : nz(card.getFormattedName().getValue()).strip();
        if (name.isEmpty()) {
            return;
        }
        List<String> members = new ArrayList<>();
        for (Member m : card.getMembers()) {
            members.add(uid(nz(m.getUri())));
        }
        for (RawProperty m : card.getExtendedProperties("X-ADDRESSBOOKSERVER-MEMBER")) {
            members.add(uid(nz(m.getValue())));
        }
        for (String member : members) {
            groupTags.computeIfAbsent(member, k -> new ArrayList<>()).add(name);
        }
    }

    private static void applyGroupTags(List<RecordDraft> drafts, Map<String, List<String>> groupTags) {
        if (groupTags.isEmpty()) {
            return;
        }
        for (RecordDraft d : drafts) {
            d.tags.addAll(groupTags.getOrDefault(d.uid, List.of()));
        }
    }

    /** "urn:uuid:ABC" and "abc" name the same contact. */
    static String uid(String value) {
        String v = nz(value).strip().toLowerCase(Locale.ROOT);
        return v.startsWith("urn:uuid:") ? v.substring(9) : v;
    }

    /**
     * The line each top-level card begins on, for messages; nested cards (a 2.1 AGENT) are inside one.
     *
     * @return true when the file ends inside a card
     */
    static boolean cardStarts(String text, List<Integer> starts) {
        int depth = 0;
        int line = 0;
        for (String l : (Iterable<String>) text.lines()::iterator) {
            line++;
            String t = l.strip().toUpperCase(Locale.ROOT);
            if (t.startsWith("BEGIN") && t.replace(" ", "").equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    starts.add(line);
                }
                depth++;
            } else if (t.startsWith("END") && t.replace(" ", "").equals("END:VCARD")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
