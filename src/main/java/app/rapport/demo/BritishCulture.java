package app.rapport.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The United Kingdom. Numbers come from Ofcom's ranges for drama (020 7946 0xxx, 07700 900xxx). */
final class BritishCulture extends EnglishCulture {
    private static final Map<String, List<String>> DISTRICTS = Map.of(
            "london", List.of("EC1V", "EC2A", "N1", "E2", "SE1", "W1T", "WC1X"),
            "manchester", List.of("M1", "M2", "M4", "M15"),
            "bristol", List.of("BS1", "BS6", "BS8"),
            "edinburgh", List.of("EH1", "EH2", "EH3", "EH6"));
    /** Letters a postcode's last two places may hold. */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    BritishCulture() {
        super("GB", List.of(
                City.of("London", "", "london", "20 7946 0", 0, 0, "Baker Street", "Old Street",
                        "Shoreditch High Street", "Great Portland Street", "Borough High Street", "Kingsland Road"),
                City.of("Manchester", "", "manchester", "161 496 0", 0, 0, "Deansgate", "Oxford Road",
                        "Portland Street", "Oldham Street"),
                City.of("Bristol", "", "bristol", "117 496 0", 0, 0, "Gloucester Road", "Park Street",
                        "Whiteladies Road", "Corn Street"),
                City.of("Edinburgh", "", "edinburgh", "131 496 0", 0, 0, "Leith Walk", "George Street", "Rose Street",
                        "Lothian Road")));
    }

    @Override
    String legalForm(SplittableRandom rng) {
        int form = rng.nextInt(10);
        return form < 6 ? "Ltd" : form < 7 ? "plc" : "";
    }

    @Override
    String lawFirm() {
        return "Solicitors";
    }

    @Override
    String club() {
        return "Business Club";
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String line = Draw.between(rng, 1, 240) + " " + Draw.one(rng, city.streets());
        if (home && Draw.chance(rng, 0.3)) {
            return "Flat " + Draw.between(rng, 1, 24) + ", " + line;
        }
        return !home && Draw.chance(rng, 0.3) ? "Unit " + Draw.between(rng, 1, 30) + ", " + line : line;
    }

    @Override
    String postalCode(City city, SplittableRandom rng) {
        return Draw.one(rng, DISTRICTS.get(city.latin())) + " " + rng.nextInt(10)
                + UNIT_LETTERS.charAt(rng.nextInt(UNIT_LETTERS.length()))
                + UNIT_LETTERS.charAt(rng.nextInt(UNIT_LETTERS.length()));
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+44 " + city.dial() + Draw.digits(rng, 3);
    }

    @Override
    String mobile(SplittableRandom rng) {
        return "+44 7700 900" + Draw.digits(rng, 3);
    }
}
