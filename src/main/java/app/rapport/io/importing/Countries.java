package app.rapport.io.importing;

import app.rapport.domain.Text;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Country names as files write them ("Germany", "Deutschland", "DE") to ISO 3166 codes. */
final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = names();

    private Countries() {
    }

    /** The two-letter code, or null when the text names no country this knows. */
    static String code(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return upper;
        }
        return BY_NAME.get(Text.fold(t));
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        // the languages files are written in, whoever reads them: Rapport's own and those of the most used
        // address books (the computer's language is not asked: a file is not in the reader's language)
        Locale[] languages = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"), new Locale("ru"),
                new Locale("th"), new Locale("tr"), Locale.JAPANESE, Locale.ITALIAN, new Locale("nl"), new Locale("pt"),
                new Locale("pl")};
        for (String code : CODES) {
            Locale country = new Locale("", code);
            for (Locale language : languages) {
                names.putIfAbsent(Text.fold(country.getDisplayCountry(language)), code);
            }
        }
        names.put("usa", "US");
        names.put("united states of america", "US");
        names.put("uk", "GB");
        names.put("england", "GB");
        return names;
    }
}
