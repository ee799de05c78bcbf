package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.util.StringConverter;

/**
 * A channel's label as kept and as shown: the common ones are kept as vCard names them ("work",
 * "home", "mobile", "other" — what import and export exchange) and shown in the user's language
 * ("ที่ทำงาน", "Arbeit"); any other label is kept and shown as typed.
 */
final class ChannelLabels extends StringConverter<String> {
    private static final List<String> KEPT = List.of("work", "home", "mobile", "other");
    private final Map<String, String> shown = new LinkedHashMap<>();

    ChannelLabels(I18n i18n) {
        for (String kept : KEPT) {
            shown.put(kept, i18n.get("label." + kept));
        }
    }

    /** The suggestions, in the user's language. */
    List<String> choices() {
        return List.copyOf(shown.values());
    }

    @Override
    public String toString(String kept) {
        if (kept == null) {
            return "";
        }
        return shown.getOrDefault(kept.toLowerCase(Locale.ROOT), kept);
    }

    @Override
    public String fromString(String typed) {
        if (typed == null) {
            return "";
        }
        for (Map.Entry<String, String> e : shown.entrySet()) {
            if (e.getValue().equalsIgnoreCase(typed.strip())) {
                return e.getKey();
            }
        }
        return typed;
    }
}
