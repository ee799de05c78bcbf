package app.rapport.demo;

import app.rapport.domain.Text;
import java.util.Locale;
import java.util.Map;

/** ASCII forms of names for mail and web addresses, as people of each culture usually write them. */
final class Transliteration {
    /** Russian, as Russians commonly spell their names in email addresses (й → y, ю → yu). */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"));

    private Transliteration() {
    }

    /** Latin script without marks: "Çağrı Öztürk" → "cagriozturk". */
    static String latin(String text) {
        return asciiOnly(Text.fold(text.replace('ı', 'i').replace('ø', 'o').replace("æ", "ae")
                .replace("œ", "oe").replace('ł', 'l')));
    }

    /** German spells umlauts out: "Jürgen Groß" → "juergengross". */
    static String german(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return latin(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"));
    }

    static String cyrillic(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = CYRILLIC.get(ch);
            sb.append(latin != null ? latin : String.valueOf(ch));
        }
        return latin(sb.toString());
    }

    /** Keeps a–z and 0–9; everything else, spaces and apostrophes included, goes. */
    static String asciiOnly(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
