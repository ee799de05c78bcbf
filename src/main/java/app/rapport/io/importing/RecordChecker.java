package app.rapport.io.importing;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.contacts.Website;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link RecordDraft} into a record {@code ContactRules} accepts without losing what it held:
 * over-long values are clipped, and an email, phone, web address or birthday that is not valid moves
 * into the notes; each change is a problem the user sees. A record with nothing to call it by is left out.
 */
final class RecordChecker {
    static final int MAX_FIELD = 1_000;
    static final int MAX_NOTES = 100_000;
    /** {@code Birthday}'s first year: earlier ones are placeholders (Apple writes 1604 for "no year") */
    private static final int FIRST_YEAR = 1800;
    /** how much of a bad value a message quotes */
    private static final int QUOTED = 60;

    private final ContactRules rules;
    /** slash dates are day first (13/02/1980) */
    private final boolean dayFirst;
    /** no home country is known: numbers without a country code cannot be checked and are kept as written */
    private final boolean homeUnknown;
    private int keptAsWritten;

    RecordChecker(ContactRules rules) {
        this(rules, false, false);
    }

    RecordChecker(ContactRules rules, boolean dayFirst, boolean homeUnknown) {
        this.rules = rules;
        this.dayFirst = dayFirst;
        this.homeUnknown = homeUnknown;
    }

    /** How many phone numbers without a country code were kept unchecked, the home country being unknown. */
    int keptAsWritten() {
        return keptAsWritten;
    }

    Optional<ImportedRecord> check(RecordDraft d, List<ImportProblem> problems) {
        RecordPosition at = d.at;
        Clipper clip = new Clipper(at, problems);
        if (d.truncated) {
            problems.add(ImportProblem.changed(at, "import.problem.truncated"));
        }
        List<String> notes = new ArrayList<>();
        String given = clip.field(join(d.given, d.middle));
        String family = clip.field(d.family);
        String nickname = clip.field(d.nickname);
        String organisation = clip.field(d.organisation);
        ContactKind kind = d.kind;
        String fullName = clip.field(d.fullName);
        if (given.isEmpty() && family.isEmpty() && !organisation.isEmpty()
                && (fullName.isEmpty() || fullName.equalsIgnoreCase(organisation))) {
            // a row with only an organisation, its name repeated as the display name (Thunderbird): no person
            kind = ContactKind.ORGANISATION;
        } else if (given.isEmpty() && family.isEmpty() && !(nickname.length() > 0 && fullName.equalsIgnoreCase(nickname))) {
            // a display name that only repeats the nickname (Rapport's own export of a contact known by
            // a nickname or an email alone) is not a given name
            String[] split = splitFullName(fullName);
            given = split[0];
            family = split[1];
        }
        List<Email> emails = new ArrayList<>();
        for (Email e : d.emails) {
            String address = clip.field(e.address());
            if (address.isEmpty()) {
                continue;
            }
            if (ContactRules.emailProblem(address) == null) {
                emails.add(new Email(clip.field(e.label()), address));
            } else {
                notes.add("Email: " + address);
                problems.add(ImportProblem.changed(at, "import.problem.email", quote(address)));
            }
        }
        List<Phone> phones = new ArrayList<>();
        for (Phone p : d.phones) {
            String number = clip.field(p.number());
            if (number.isEmpty()) {
                continue;
            }
            if (homeUnknown && withoutCountryCode(number)
                    && number.chars().filter(Character::isDigit).count() >= 3) {
                keptAsWritten++;
                phones.add(new Phone(clip.field(p.label()), number));
            } else if (rules.phoneProblem(number) == null) {
                phones.add(new Phone(clip.field(p.label()), number));
            } else {
                notes.add("Phone: " + number);
                problems.add(ImportProblem.changed(at, "import.problem.phone", quote(number)));
            }
        }
        List<Website> websites = new ArrayList<>();
        for (Website w : d.websites) {
            String url = clip.field(w.url());
            if (url.isEmpty()) {
                continue;
            }
            if (ContactRules.websiteProblem(url) == null) {
                websites.add(new Website(clip.field(w.label()), url));
            } else {
                notes.add("Website: " + url);
                problems.add(ImportProblem.changed(at, "import.problem.website", quote(url)));
            }
        }
        List<PostalAddress> addresses = addresses(d.addresses, clip);
        Birthday birthday = birthday(d, notes, problems);
        LocalDate metOn = d.metOn != null ? d.metOn : metOn(d, notes, problems);
        List<String> tags = d.tags.stream().map(clip::field).filter(t -> !t.isBlank()).toList();

        PersonName name = new PersonName(clip.field(d.prefix), given, family, clip.field(d.suffix), nickname);
        if (kind == ContactKind.PERSON && name.isBlank()) {
            if (!organisation.isEmpty()) {
                kind = ContactKind.ORGANISATION;
            } else if (!emails.isEmpty()) {
                name = new PersonName(name.prefix(), "", "", name.suffix(), emails.get(0).address());
            } else if (!phones.isEmpty()) {
                name = new PersonName(name.prefix(), "", "", name.suffix(), phones.get(0).number());
            } else {
                problems.add(ImportProblem.skipped(at, "import.problem.noName"));
                return Optional.empty();
            }
        }
        if (kind == ContactKind.ORGANISATION && organisation.isEmpty()) {
            organisation = name.display().isEmpty() ? clip.field(d.fullName) : name.display();
            if (organisation.isEmpty()) {
                problems.add(ImportProblem.skipped(at, "import.problem.noName"));
                return Optional.empty();
            }
        }
        ContactExtras extras = extras(d, clip, notes, problems);
        String allNotes = String.join("\n\n", d.notes);
        if (!notes.isEmpty()) {
            allNotes = (allNotes + "\n\n" + String.join("\n", notes)).strip();
        }
        allNotes = clip.text(allNotes, MAX_NOTES);
        Contact contact = new Contact(0, kind, kind == ContactKind.PERSON ? name : PersonName.EMPTY, organisation,
                clip.field(d.title), d.orgKind, birthday, emails, phones, addresses, websites, tags, allNotes, false,
                null, null, extras);
        // the phones were each checked above; reading a number is the slow part of the rules
        List<Problem> left = rules.check(contact.withDetails(contact.title(), contact.emails(), List.of(),
                contact.addresses(), contact.websites(), contact.tags(), contact.notes(), contact.birthday()));
        if (!left.isEmpty()) {
            problems.add(ImportProblem.skipped(at, "import.problem.invalid", left.get(0).field()));
            return Optional.empty();
        }
        String employer = kind == ContactKind.PERSON ? organisation : "";
        return Optional.of(new ImportedRecord(at, contact, clip.field(d.uid), employer, d.ties, metOn,
                d.metThrough));
    }

    /** Nicknames, department, anniversary, gender, profiles, related names and the photo, clipped. */
    private static ContactExtras extras(RecordDraft d, Clipper clip, List<String> notes, List<ImportProblem> problems) {
        Birthday anniversary = null;
        DateText.Day day = d.anniversary != null ? d.anniversary : DateText.parse(d.anniversaryText);
        if (day != null && Birthday.isValid(day.month(), day.day(), day.year())) {
            anniversary = Birthday.of(day.month(), day.day(), day.year());
        } else if (day != null || !d.anniversaryText.isBlank()) {
            String written = d.anniversaryText.isBlank()
                    ? (day.year() == null ? "--" : day.year() + "-") + two(day.month()) + "-" + two(day.day())
                    : d.anniversaryText.strip();
            notes.add("Anniversary: " + written);
            problems.add(ImportProblem.changed(d.at, "import.problem.anniversary", quote(written)));
        }
        ContactPhoto photo = null;
        if (d.photo != null) {
            photo = PhotoScaler.photo(d.photo).orElse(null);
            if (photo == null) {
                problems.add(ImportProblem.changed(d.at, "import.problem.photoUnreadable"));
            }
        }
        return new ContactExtras(d.nicknames.stream().map(clip::field).toList(), clip.field(d.department), anniversary,
                clip.field(d.gender),
                d.profiles.stream().map(p -> new ContactExtras.Profile(clip.field(p.label()), clip.field(p.address())))
                        .toList(),
                d.relatedNames.stream().map(r -> new ContactExtras.RelatedName(clip.field(r.label()),
                        clip.field(r.name()))).toList(),
                photo);
    }

    private static List<PostalAddress> addresses(List<PostalAddress> found, Clipper clip) {
        List<PostalAddress> addresses = new ArrayList<>();
        boolean mailing = false;
        for (PostalAddress a : found) {
            PostalAddress clipped = new PostalAddress(clip.field(a.label()), clip.field(a.street()),
                    clip.field(a.locality()), clip.field(a.region()), clip.field(a.postalCode()), a.countryCode(),
                    a.mailing() && !mailing);
            if (!clipped.isBlank()) {
                mailing |= clipped.mailing();
                addresses.add(clipped);
            }
        }
        return addresses;
    }

    private static boolean withoutCountryCode(String number) {
        String n = number.strip();
        return !n.startsWith("+") && !n.startsWith("00");
    }

    private Birthday birthday(RecordDraft d, List<String> notes, List<ImportProblem> problems) {
        DateText.Day day = d.birthday != null ? d.birthday : DateText.parse(d.birthdayText, dayFirst);
        if (day == null) {
            if (!d.birthdayText.isBlank()) {
                notes.add("Birthday: " + d.birthdayText.strip());
                problems.add(ImportProblem.changed(d.at, "import.problem.birthday", quote(d.birthdayText)));
            }
            return null;
        }
        Integer year = day.year() != null && day.year() < FIRST_YEAR ? null : day.year();
        if (Birthday.isValid(day.month(), day.day(), year)) {
            return Birthday.of(day.month(), day.day(), year);
        }
        String written = d.birthdayText.isBlank()
                ? (day.year() == null ? "--" : day.year() + "-") + two(day.month()) + "-" + two(day.day())
                : d.birthdayText.strip();
        notes.add("Birthday: " + written);
        problems.add(ImportProblem.changed(d.at, "import.problem.birthday", quote(written)));
        return null;
    }

    private LocalDate metOn(RecordDraft d, List<String> notes, List<ImportProblem> problems) {
        if (d.metOnText.isBlank()) {
            return null;
        }
        DateText.Day day = DateText.parse(d.metOnText, dayFirst);
        if (day != null && day.year() != null && Birthday.isValid(day.month(), day.day(), day.year())) {
            return LocalDate.of(day.year(), day.month(), day.day());
        }
        notes.add("Met on: " + d.metOnText.strip());
        problems.add(ImportProblem.changed(d.at, "import.problem.metOn", quote(d.metOnText)));
        return null;
    }

    /** "Müller, Anna" is family then given; "Anna Maria Müller" is given names then the family name. */
    static String[] splitFullName(String full) {
        String f = full.strip();
        int comma = f.indexOf(',');
        if (comma > 0) {
            return new String[] {f.substring(comma + 1).strip(), f.substring(0, comma).strip()};
        }
        int space = f.lastIndexOf(' ');
        return space < 0 ? new String[] {f, ""} : new String[] {f.substring(0, space).strip(), f.substring(space + 1)};
    }

    private static String join(String a, String b) {
        return (a.strip() + " " + b.strip()).strip();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String quote(String value) {
        String v = value.strip().replaceAll("\\s+", " ");
        return v.length() <= QUOTED ? v : v.substring(0, QUOTED) + "\u2026";
    }

    /** Clips over-long values and says so once per record. */
    private static final class Clipper {
        private final RecordPosition at;
        private final List<ImportProblem> problems;

        Clipper(RecordPosition at, List<ImportProblem> problems) {
            this.at = at;
            this.problems = problems;
        }

        String field(String value) {
            return text(value == null ? "" : value.strip(), MAX_FIELD);
        }

        String text(String value, int max) {
            if (value.length() <= max) {
                return value;
            }
            problems.add(ImportProblem.changed(at, "import.problem.clipped", Integer.toString(value.length()),
                    Integer.toString(max)));
            return value.substring(0, max).strip();
        }
    }
}
