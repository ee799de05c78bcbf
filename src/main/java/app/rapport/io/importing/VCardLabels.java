package app.rapport.io.importing;

import app.rapport.domain.ties.TieType;
import ezvcard.VCard;
import ezvcard.property.RawProperty;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The label of a vCard email, phone, address or web address: Apple's {@code itemN.X-ABLabel} for the
 * property's group when there is one ("_$!<Mobile>!$_" is "mobile", a custom label stays as typed),
 * else its TYPE parameters ("CELL" is "mobile"; "pref", "internet" and "voice" say nothing).
 */
final class VCardLabels {
    private static final Set<String> SILENT = Set.of("pref", "internet", "voice", "x400", "intl", "dom", "postal",
            "parcel", "msg");

    private final Map<String, String> byGroup = new HashMap<>();

    VCardLabels(VCard card) {
        for (RawProperty p : card.getExtendedProperties()) {
            if (p.getGroup() != null && p.getPropertyName().equalsIgnoreCase("X-ABLabel") && p.getValue() != null) {
                byGroup.put(p.getGroup().toLowerCase(Locale.ROOT), apple(p.getValue()));
            }
        }
    }

    String of(VCardProperty p) {
        if (p.getGroup() != null) {
            String label = byGroup.get(p.getGroup().toLowerCase(Locale.ROOT));
            if (label != null) {
                return label;
            }
        }
        List<String> words = new ArrayList<>();
        for (String type : p.getParameters().getTypes()) {
            for (String t : type.split(",")) {
                String word = t.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !SILENT.contains(word) && !words.contains(word)) {
                    words.add(word.equals("cell") ? "mobile" : word);
                }
            }
        }
        return String.join(" ", words);
    }

    static boolean preferred(VCardProperty p) {
        if (p.getParameters().getPref() != null) {
            return true;
        }
        return p.getParameters().getTypes().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("pref"));
    }

    /** "_$!<HomePage>!$_" → "homepage"; anything else as typed. */
    static String apple(String label) {
        String l = label.strip();
        if (l.startsWith("_$!<") && l.endsWith(">!$_")) {
            return l.substring(4, l.length() - 4).toLowerCase(Locale.ROOT);
        }
        return l;
    }

    /** RFC 6350 RELATED types and Apple's related-name labels, as a tie type. */
    static TieType tieType(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (t) {
            case "colleague", "coworker" -> TieType.COLLEAGUE;
            case "child", "parent", "sibling", "spouse", "kin", "mother", "father", "brother", "sister", "son",
                    "daughter", "partner", "coresident" -> TieType.FAMILY;
            case "agent" -> TieType.PARTNER;
            default -> TieType.FRIEND;
        };
    }
}
