package app.rapport.demo;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the people of a demo network. Call {@link #person} with indices in order: it remembers the
 * email addresses handed out so that two Anna Müllers at one firm get anna.mueller@ and anna.mueller2@.
 */
final class PersonFactory {
    private static final long PEOPLE = 0x70656f70L;
    private static final List<String> PRIVATE_DOMAINS = List.of("mail.example", "post.example", "inbox.test",
            "web.example", "home.test");
    /** Notes as the user writes them, in English; some contacts get one in their own language instead. */
    private static final List<String> NOTES = List.of("Prefers calls in the morning.", "Introduced by a former colleague.",
            "Sends a card every December.", "Asked for a referral last spring; do not ask again soon.",
            "Vegetarian; likes quiet restaurants.", "Interested in a joint workshop next year.",
            "Prefers email over phone.", "Two children, both at university.", "Plays tennis on Thursdays.");

    private final DemoPlan plan;
    private final long seed;
    private final Instant reference;
    private final int referenceYear;
    private final Set<String> emailsInUse = new HashSet<>();

    PersonFactory(DemoPlan plan, long seed, Instant reference) {
        this.plan = plan;
        this.seed = seed;
        this.reference = reference;
        this.referenceYear = reference.atZone(ZoneOffset.UTC).getYear();
        for (DemoOrganisation o : plan.organisations()) {
            o.contact().emails().forEach(e -> emailsInUse.add(e.address()));
        }
    }

    Contact person(int index) {
        DemoPlan.Place place = plan.place(index);
        Community community = place.community();
        Culture culture = community.culture();
        DemoOrganisation employer = place.employer();
        SplittableRandom rng = Draw.stream(seed, PEOPLE, index);

        PersonName name = culture.name(rng, place.female());
        String title = employer == null ? "" : culture.title(rng, place.female());
        List<Email> emails = emails(name, culture, employer, rng);
        List<Phone> phones = phones(culture, community.city(), rng);
        List<PostalAddress> addresses = addresses(culture, community.city(), employer, rng);
        List<Website> websites = Draw.chance(rng, 0.07)
                ? List.of(new Website("", "https://" + culture.ascii(name.given()) + culture.ascii(name.family()) + ".example"))
                : List.of();
        List<String> tags = Tags.forPerson(rng, community);
        Birthday birthday = Draw.chance(rng, 0.65) ? birthday(rng) : null;
        String notes = Draw.chance(rng, 0.12) ? note(culture, community, rng) : "";
        boolean archived = Draw.chance(rng, 0.03);
        History history = History.draw(rng, reference);

        return new Contact(0, ContactKind.PERSON, name, employer == null ? "" : employer.name(), title, null, birthday,
                emails, phones, addresses, websites, tags, notes, archived, history.created(), history.updated());
    }

    private List<Email> emails(PersonName name, Culture culture, DemoOrganisation employer, SplittableRandom rng) {
        List<Email> emails = new ArrayList<>(2);
        if (employer != null && Draw.chance(rng, 0.9)) {
            emails.add(new Email("work", unique(culture.workMailbox(name, rng), employer.domain())));
        }
        if (emails.isEmpty() || Draw.chance(rng, 0.3)) {
            emails.add(new Email("home", unique(culture.privateMailbox(name, rng), Draw.one(rng, PRIVATE_DOMAINS))));
        }
        return emails;
    }

    private String unique(String local, String domain) {
        String address = local + "@" + domain;
        for (int n = 2; !emailsInUse.add(address); n++) {
            address = local + n + "@" + domain;
        }
        return address;
    }

    private static List<Phone> phones(Culture culture, City city, SplittableRandom rng) {
        List<Phone> phones = new ArrayList<>(2);
        if (Draw.chance(rng, 0.85)) {
            phones.add(new Phone("work", culture.phone(city, rng)));
        }
        String mobile = culture.mobile(rng);
        if (mobile != null && Draw.chance(rng, 0.45)) {
            phones.add(new Phone("mobile", mobile));
        }
        return phones;
    }

    /** A home address most of the time, sometimes the office too; exactly one of them is for mail. */
    private static List<PostalAddress> addresses(Culture culture, City city, DemoOrganisation employer,
                                                 SplittableRandom rng) {
        List<PostalAddress> addresses = new ArrayList<>(2);
        boolean home = Draw.chance(rng, 0.75);
        if (home) {
            addresses.add(new PostalAddress("home", culture.street(city, rng, true), city.locality(), city.region(),
                    culture.postalCode(city, rng), culture.country(), true));
        }
        PostalAddress office = employer == null ? null : employer.office();
        if (office != null && Draw.chance(rng, home ? 0.15 : 0.4)) {
            addresses.add(new PostalAddress("work", office.street(), office.locality(), office.region(),
                    office.postalCode(), office.countryCode(), !home));
        }
        return addresses;
    }

    /** Adults of working age; about a third of birthdays are known without the year. */
    private Birthday birthday(SplittableRandom rng) {
        int year = referenceYear - Draw.between(rng, 23, 68);
        LocalDate day = LocalDate.ofYearDay(year, Draw.between(rng, 1, LocalDate.of(year, 1, 1).lengthOfYear()));
        return Birthday.of(day.getMonthValue(), day.getDayOfMonth(), Draw.chance(rng, 0.3) ? null : year);
    }

    private static String note(Culture culture, Community community, SplittableRandom rng) {
        int roll = rng.nextInt(10);
        if (roll < 2) {
            return "Met at " + community.conferenceTag() + ".";
        }
        if (roll < 5 && !culture.notes().isEmpty()) {
            return Draw.one(rng, culture.notes());
        }
        return Draw.one(rng, NOTES);
    }
}
