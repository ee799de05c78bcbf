package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Germany. Phone numbers come from the blocks the Bundesnetzagentur keeps free for film and
 * television (030 23125 xxx and its siblings in other cities).
 */
final class GermanCulture extends Culture {
    private static final List<String> MALE = List.of("Jürgen", "Klaus", "Stefan", "Thomas", "Michael", "Andreas",
            "Markus", "Jörg", "Uwe", "Günter", "Matthias", "Tobias", "Florian", "Sebastian", "Lukas", "Jonas", "Felix",
            "Maximilian", "Björn", "Dieter", "Wolfgang", "Ralf", "Frank", "Jan", "Niklas", "Sören", "Jens");
    private static final List<String> FEMALE = List.of("Anna", "Sabine", "Ursula", "Petra", "Monika", "Birgit",
            "Andrea", "Claudia", "Susanne", "Katrin", "Julia", "Lena", "Laura", "Sophie", "Hannah", "Jana", "Käthe",
            "Dörte", "Bärbel", "Anja", "Nicole", "Franziska", "Christiane", "Lea", "Mia", "Jördis");
    private static final List<String> FAMILY = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause",
            "Lehmann", "Groß", "Köhler", "Weiß", "Jäger", "Böhm", "Süß", "Strauß", "Göbel", "Möller", "Kühn", "Vogel",
            "Fuchs", "Günther", "Lorenz", "Müller-Lüdenscheidt");
    private static final List<Title> TITLES = List.of(Title.of("Geschäftsführer", "Geschäftsführerin"),
            Title.of("Einkaufsleiter", "Einkaufsleiterin"), Title.of("Vertriebsleiter", "Vertriebsleiterin"),
            Title.of("Projektleiter", "Projektleiterin"), Title.of("Softwareentwickler", "Softwareentwicklerin"),
            Title.of("Prokurist", "Prokuristin"), Title.of("Key-Account-Manager", "Key-Account-Managerin"),
            Title.of("Leiter Logistik", "Leiterin Logistik"), Title.of("Teamleiter Buchhaltung", "Teamleiterin Buchhaltung"),
            Title.same("Head of Marketing"), Title.of("Berater", "Beraterin"));
    private static final List<String> REGIONS = List.of("Hanse", "Rhein", "Spree", "Isar", "Alster", "Elb", "Nord",
            "Süd", "Alpen", "Taunus", "Main");
    private static final List<String> BRAND_NOUNS = List.of("kaffee", "werk", "quelle", "licht", "garten", "manufaktur");
    private static final List<String> NOTES = List.of("Lieber vormittags anrufen.", "Kennengelernt auf der Messe.",
            "Duzt sich mit allen im Team.", "Schickt jedes Jahr eine Weihnachtskarte.");

    GermanCulture() {
        super("DE", List.of(
                City.of("Berlin", "", "berlin", "30 23125 ", 10115, 14199, "Friedrichstraße", "Torstraße",
                        "Kastanienallee", "Oranienstraße", "Schönhauser Allee", "Müllerstraße", "Kurfürstendamm"),
                City.of("München", "", "muenchen", "89 99998 ", 80331, 81929, "Leopoldstraße", "Maximilianstraße",
                        "Sendlinger Straße", "Schleißheimer Straße", "Türkenstraße"),
                City.of("Hamburg", "", "hamburg", "40 66969 ", 20095, 22769, "Mönckebergstraße", "Große Elbstraße",
                        "Eppendorfer Weg", "Osterstraße", "Jungfernstieg"),
                City.of("Frankfurt am Main", "", "frankfurt", "69 90009 ", 60306, 60599, "Zeil", "Berger Straße",
                        "Schweizer Straße", "Mainzer Landstraße", "Große Bockenheimer Straße"),
                City.of("Köln", "", "koeln", "221 4710 ", 50667, 51149, "Ehrenstraße", "Aachener Straße",
                        "Severinstraße", "Venloer Straße", "Hohe Straße")));
    }

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        String prefix = Draw.chance(rng, 0.06) ? "Dr." : "";
        return person(prefix, Draw.one(rng, female ? FEMALE : MALE), Draw.one(rng, FAMILY));
    }

    @Override
    String ascii(String text) {
        return Transliteration.german(text);
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        String family = Draw.one(rng, FAMILY);
        String core = switch (industry) {
            case LAW -> family + " & " + Draw.one(rng, FAMILY) + " Rechtsanwälte";
            case CONSTRUCTION -> rng.nextBoolean() ? "Ingenieurbüro " + family : family + " Bau";
            default -> (rng.nextBoolean() ? family : Draw.one(rng, REGIONS)) + " " + word(industry);
        };
        if (industry == Industry.LAW || core.startsWith("Ingenieurbüro")) {
            return new OrgName(core, ascii(core.replace(" Rechtsanwälte", "")));
        }
        int form = rng.nextInt(10);
        String legal = form < 6 ? " GmbH" : form < 8 ? " GmbH & Co. KG" : form < 9 ? " AG" : " e.K.";
        return new OrgName(core + legal, ascii(core));
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String name = Draw.one(rng, REGIONS) + Draw.one(rng, BRAND_NOUNS);
        return new OrgName(name, ascii(name));
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> new OrgName("Unternehmernetzwerk " + city.locality() + " e.V.", "unternehmernetzwerk-" + city.latin());
            case 1 -> new OrgName("Wirtschaftsclub " + city.locality(), "wirtschaftsclub-" + city.latin());
            default -> new OrgName(word(industry) + "-Stammtisch " + city.locality(),
                    ascii(word(industry)) + "-stammtisch-" + city.latin());
        };
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String number = Draw.between(rng, 1, 150) + (Draw.chance(rng, 0.08) ? "a" : "");
        return Draw.one(rng, city.streets()) + " " + number;
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+49 " + city.dial() + Draw.digits(rng, 3);
    }

    @Override
    String infoMailbox() {
        return "kontakt";
    }

    @Override
    List<String> notes() {
        return NOTES;
    }

    @Override
    String workMailbox(PersonName name, SplittableRandom rng) {
        // German firms favour initial.family and spell umlauts out: j.mueller@
        String given = ascii(name.given());
        String family = ascii(name.family());
        return rng.nextInt(10) < 4 ? given.charAt(0) + "." + family : given + "." + family;
    }

    private static String word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "Logistik";
            case SOFTWARE -> "Software";
            case CONSULTING -> "Unternehmensberatung";
            case CONSTRUCTION -> "Bau";
            case FOOD -> "Feinkost";
            case HEALTH -> "Medizintechnik";
            case LAW -> "Recht";
            case DESIGN -> "Design";
        };
    }
}
