package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How people of one culture are named, addressed and reached, and how their organisations are
 * called. Each culture is one small subclass holding its own data, so adding one touches nothing else.
 */
abstract class Culture {
    private final String country;
    private final List<City> cities;

    protected Culture(String country, List<City> cities) {
        this.country = country;
        this.cities = List.copyOf(cities);
    }

    /** ISO 3166-1 alpha-2 code of the country, as addresses store it. */
    final String country() {
        return country;
    }

    final List<City> cities() {
        return cities;
    }

    /** A plausible name; family names take the feminine form where the language has one. */
    abstract PersonName name(SplittableRandom rng, boolean female);

    /** The ASCII form of a name, as its bearer would write it in an email address. */
    String ascii(String text) {
        return Transliteration.latin(text);
    }

    abstract String title(SplittableRandom rng, boolean female);

    abstract OrgName company(Industry industry, City city, SplittableRandom rng);

    abstract OrgName brand(Industry industry, City city, SplittableRandom rng);

    /** A network, club or association people of the community belong to. */
    abstract OrgName group(Industry industry, City city, SplittableRandom rng);

    /** The street line of an address, house number included. */
    abstract String street(City city, SplittableRandom rng, boolean home);

    /** A number from the city's fictional block. */
    abstract String phone(City city, SplittableRandom rng);

    String postalCode(City city, SplittableRandom rng) {
        return String.format(Locale.ROOT, "%05d", Draw.between(rng, city.postalLow(), city.postalHigh()));
    }

    /** A mobile number from a range reserved for fiction, or null where the country has none. */
    String mobile(SplittableRandom rng) {
        return null;
    }

    /** The shared mailbox of an organisation: "info", "kontakt". */
    String infoMailbox() {
        return "info";
    }

    /** Short notes in the language, mixed in among the user's own English ones. */
    List<String> notes() {
        return List.of();
    }

    /** The family name used in addresses; Spanish speakers use only the first of their two. */
    String familyForMail(String family) {
        return family;
    }

    /** The local part of a work address: "anna.mueller", "s.elkin", "jsmith". */
    String workMailbox(PersonName name, SplittableRandom rng) {
        String given = orDefault(ascii(name.given()));
        String family = orDefault(ascii(familyForMail(name.family())));
        int style = rng.nextInt(100);
        if (style < 55) {
            return given + "." + family;
        }
        if (style < 85) {
            return given.charAt(0) + "." + family;
        }
        return given.charAt(0) + family;
    }

    /** The local part of a private address, which people pick more freely. */
    String privateMailbox(PersonName name, SplittableRandom rng) {
        String given = orDefault(ascii(name.given()));
        String family = orDefault(ascii(familyForMail(name.family())));
        return switch (rng.nextInt(4)) {
            case 0 -> given + family;
            case 1 -> given + "." + family + Draw.between(rng, 1, 99);
            case 2 -> family + "." + given;
            default -> given + Draw.between(rng, 60, 99);
        };
    }

    static PersonName person(String prefix, String given, String family) {
        return new PersonName(prefix, given, family, "", "");
    }

    private static String orDefault(String ascii) {
        return ascii.isEmpty() ? "contact" : ascii;
    }
}
