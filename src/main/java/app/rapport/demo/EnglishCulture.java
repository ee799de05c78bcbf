package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.SplittableRandom;

/** What English-speaking countries share: names, job titles and how firms are named. */
abstract class EnglishCulture extends Culture {
    private static final List<String> MALE = List.of("James", "John", "Robert", "Michael", "William", "David",
            "Richard", "Joseph", "Thomas", "Daniel", "Matthew", "Andrew", "Christopher", "Oliver", "Harry", "George",
            "Ethan", "Noah", "Benjamin", "Samuel", "Nathan", "Ryan", "Kevin", "Brian", "Mark", "Liam", "Owen");
    private static final List<String> FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
            "Susan", "Jessica", "Sarah", "Karen", "Emily", "Emma", "Olivia", "Sophia", "Charlotte", "Amelia", "Grace",
            "Hannah", "Rachel", "Laura", "Megan", "Rebecca", "Claire", "Lucy", "Alice", "Chloe", "Zoë");
    private static final List<String> FAMILY = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
            "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
            "Turner", "Parker", "Collins", "Edwards", "Stewart", "O'Brien", "Murphy", "Kelly", "Cooper", "Hughes",
            "Ward", "McKenzie");
    private static final List<Title> TITLES = List.of(Title.same("Account Manager"),
            Title.same("Head of Operations"), Title.same("Managing Director"), Title.same("Sales Director"),
            Title.same("Procurement Manager"), Title.same("Software Engineer"), Title.same("Marketing Lead"),
            Title.same("Chief Financial Officer"), Title.same("Project Manager"), Title.same("Office Manager"),
            Title.same("Partner"), Title.same("Senior Consultant"), Title.same("Business Development Manager"),
            Title.same("Product Owner"), Title.same("Operations Coordinator"));
    private static final List<String> WORDS = List.of("Northwind", "Bluefield", "Harbor", "Summit", "Cedar",
            "Riverside", "Granite", "Meridian", "Oakwood", "Silverline", "Lakeshore", "Beacon", "Pinnacle", "Redwood",
            "Ironbridge", "Westgate", "Brightwater", "Foxglove", "Kestrel", "Juniper");
    private static final List<String> BRAND_NOUNS = List.of("Coffee Roasters", "Outfitters", "Naturals", "Goods",
            "Kitchen", "Craft Co.");
    protected EnglishCulture(String country, List<City> cities) {
        super(country, cities);
    }

    /** "LLC", "Ltd": the legal form a company name may end with, or empty. */
    abstract String legalForm(SplittableRandom rng);

    /** What law firms call themselves: "LLP", "Solicitors". */
    abstract String lawFirm();

    /** How business clubs are called here. */
    abstract String club();

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        String prefix = Draw.chance(rng, 0.03) ? "Dr." : "";
        return person(prefix, Draw.one(rng, female ? FEMALE : MALE), Draw.one(rng, FAMILY));
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        if (industry == Industry.LAW) {
            String name = Draw.one(rng, FAMILY) + " & " + Draw.one(rng, FAMILY);
            return new OrgName(name + " " + lawFirm(), ascii(name));
        }
        String core = switch (rng.nextInt(3)) {
            case 0 -> Draw.one(rng, FAMILY) + " " + word(industry);
            case 1 -> Draw.one(rng, WORDS) + " " + word(industry) + " Group";
            default -> Draw.one(rng, WORDS) + " " + word(industry);
        };
        String form = legalForm(rng);
        return new OrgName(form.isEmpty() ? core : core + " " + form, ascii(core));
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String word = Draw.one(rng, WORDS);
        return new OrgName(word + " " + Draw.one(rng, BRAND_NOUNS), ascii(word) + "brand");
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        String name = rng.nextBoolean()
                ? city.locality() + " " + word(industry) + " Network"
                : city.locality() + " " + club();
        return new OrgName(name, ascii(name));
    }

    private static String word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "Logistics";
            case SOFTWARE -> "Software";
            case CONSULTING -> "Consulting";
            case CONSTRUCTION -> "Construction";
            case FOOD -> "Foods";
            case HEALTH -> "Health";
            case LAW -> "Legal";
            case DESIGN -> "Design";
        };
    }
}
