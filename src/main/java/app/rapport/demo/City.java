package app.rapport.demo;

import java.util.List;

/**
 * A city a community lives in.
 *
 * @param locality   the name as written in addresses, in the country's script
 * @param region     state or province where addresses carry one, else empty
 * @param latin      ASCII form for web and mail domains ("novosibirsk")
 * @param dial       the fictional number block the culture's phone format starts from
 * @param postalLow  lowest postal code, as a number
 * @param postalHigh highest postal code, as a number
 * @param streets    streets of this city, in the country's script
 */
record City(String locality, String region, String latin, String dial, int postalLow, int postalHigh,
            List<String> streets) {

    static City of(String locality, String region, String latin, String dial, int postalLow, int postalHigh,
                   String... streets) {
        return new City(locality, region, latin, dial, postalLow, postalHigh, List.of(streets));
    }
}
