package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.SplittableRandom;

/** France. Numbers come from the blocks ARCEP reserves for fiction (01 99 00 xx xx, 06 39 98 xx xx). */
final class FrenchCulture extends Culture {
    private static final List<String> MALE = List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas",
            "François", "Laurent", "Julien", "Sébastien", "Thomas", "Antoine", "Mathieu", "Olivier", "Hugo", "Lucas",
            "Théo", "Louis", "Gaël", "Jérôme", "Benoît", "Raphaël", "Cédric");
    private static final List<String> FEMALE = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine",
            "Françoise", "Valérie", "Sophie", "Camille", "Chloé", "Léa", "Manon", "Émilie", "Hélène", "Céline",
            "Aurélie", "Élodie", "Margaux", "Inès", "Zoé", "Anaïs", "Agnès");
    private static final List<String> FAMILY = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "David", "Bertrand", "Roux",
            "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet",
            "François", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Henry", "Perrin", "Clément",
            "Gauthier", "Fontaine", "Chevalier", "Côté", "Le Gall");
    private static final List<Title> TITLES = List.of(Title.of("Directeur commercial", "Directrice commerciale"),
            Title.of("Chef de projet", "Cheffe de projet"), Title.same("Responsable des achats"),
            Title.of("Ingénieur", "Ingénieure"), Title.of("Directeur général", "Directrice générale"),
            Title.of("Consultant senior", "Consultante senior"), Title.same("Comptable"),
            Title.same("Responsable marketing"), Title.of("Associé", "Associée"));
    private static final List<String> REGIONS = List.of("Atlantique", "Rhône", "Provence", "Seine", "Loire",
            "Garonne", "Alpes", "Méditerranée");
    private static final List<String> NOTES = List.of("Préfère les appels le matin.", "Rencontré au salon à Lyon.");

    FrenchCulture() {
        super("FR", List.of(
                City.of("Paris", "", "paris", "1 99 00 ", 75001, 75020, "rue de Rivoli", "boulevard Haussmann",
                        "rue du Faubourg Saint-Antoine", "avenue de l'Opéra", "rue Oberkampf", "rue de la Roquette"),
                City.of("Lyon", "", "lyon", "4 65 71 ", 69001, 69009, "rue de la République", "cours Lafayette",
                        "rue Mercière", "quai Saint-Antoine"),
                City.of("Marseille", "", "marseille", "4 65 71 ", 13001, 13016, "La Canebière", "rue Paradis",
                        "boulevard Longchamp", "rue de Rome"),
                City.of("Bordeaux", "", "bordeaux", "5 36 49 ", 33000, 33800, "cours de l'Intendance",
                        "rue Sainte-Catherine", "quai des Chartrons"),
                City.of("Lille", "", "lille", "3 53 01 ", 59000, 59800, "rue Nationale", "rue de Béthune",
                        "boulevard de la Liberté")));
    }

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        return person("", Draw.one(rng, female ? FEMALE : MALE), Draw.one(rng, FAMILY));
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        if (industry == Industry.LAW || industry == Industry.CONSULTING && rng.nextBoolean()) {
            String family = Draw.one(rng, FAMILY);
            String name = industry == Industry.LAW ? family + " & Associés" : "Cabinet " + family;
            return new OrgName(name, ascii(name.replace("& Associés", "associes")));
        }
        String core = (rng.nextBoolean() ? Draw.one(rng, FAMILY) : Draw.one(rng, REGIONS)) + " " + word(industry);
        return new OrgName(core + (rng.nextBoolean() ? " SAS" : " SARL"), ascii(core));
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String name = rng.nextBoolean() ? "Maison " + Draw.one(rng, FAMILY) : "Atelier " + Draw.one(rng, REGIONS);
        return new OrgName(name, ascii(name));
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        return rng.nextBoolean()
                ? new OrgName("Club des entrepreneurs de " + city.locality(), "club-entrepreneurs-" + city.latin())
                : new OrgName("Réseau " + word(industry) + " " + city.locality(),
                        "reseau-" + ascii(word(industry)) + "-" + city.latin());
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        return Draw.between(rng, 1, 180) + (Draw.chance(rng, 0.05) ? " bis " : " ") + Draw.one(rng, city.streets());
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+33 " + city.dial() + Draw.digits(rng, 2) + " " + Draw.digits(rng, 2);
    }

    @Override
    String mobile(SplittableRandom rng) {
        return "+33 6 39 98 " + Draw.digits(rng, 2) + " " + Draw.digits(rng, 2);
    }

    @Override
    String infoMailbox() {
        return "contact";
    }

    @Override
    List<String> notes() {
        return NOTES;
    }

    private static String word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "Logistique";
            case SOFTWARE -> "Logiciels";
            case CONSULTING -> "Conseil";
            case CONSTRUCTION -> "Bâtiment";
            case FOOD -> "Gastronomie";
            case HEALTH -> "Santé";
            case LAW -> "Juridique";
            case DESIGN -> "Design";
        };
    }
}
