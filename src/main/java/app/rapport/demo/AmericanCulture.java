package app.rapport.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The United States. Phone numbers use 555-0100 to 555-0199, the block reserved for fiction. */
final class AmericanCulture extends EnglishCulture {
    private static final List<String> MOBILE_AREAS = List.of("917", "646", "332", "773", "628");

    AmericanCulture() {
        super("US", List.of(
                City.of("New York", "NY", "nyc", "212", 10001, 10282, "Broadway", "Fifth Avenue", "Madison Avenue",
                        "Lexington Avenue", "West 57th Street", "Park Avenue South"),
                City.of("Chicago", "IL", "chicago", "312", 60601, 60661, "North Michigan Avenue",
                        "West Madison Street", "North Clark Street", "South Wabash Avenue", "West Randolph Street"),
                City.of("San Francisco", "CA", "sf", "415", 94102, 94134, "Market Street", "Mission Street",
                        "Valencia Street", "California Street", "Folsom Street"),
                City.of("Boston", "MA", "boston", "617", 2108, 2136, "Boylston Street", "Newbury Street",
                        "Tremont Street", "Commonwealth Avenue", "Summer Street")));
    }

    @Override
    String legalForm(SplittableRandom rng) {
        int form = rng.nextInt(10);
        return form < 3 ? "LLC" : form < 5 ? "Inc." : "";
    }

    @Override
    String lawFirm() {
        return "LLP";
    }

    @Override
    String club() {
        return "Founders Circle";
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String line = Draw.between(rng, 1, 1999) + " " + Draw.one(rng, city.streets());
        if (!home && Draw.chance(rng, 0.4)) {
            return line + ", Suite " + Draw.between(rng, 100, 2400);
        }
        return home && Draw.chance(rng, 0.4) ? line + ", Apt " + Draw.between(rng, 1, 40) + (char) ('A' + rng.nextInt(6)) : line;
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+1 " + city.dial() + " 555-01" + Draw.digits(rng, 2);
    }

    @Override
    String mobile(SplittableRandom rng) {
        return "+1 " + Draw.one(rng, MOBILE_AREAS) + " 555-01" + Draw.digits(rng, 2);
    }
}
