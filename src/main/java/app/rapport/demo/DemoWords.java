package app.rapport.demo;

import app.rapport.domain.language.Bundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The demo's free text — how we met, flag reasons, interaction notes — in the user's language, from
 * the messages bundle (pipe-separated lists). Blank entries are added here, so every language draws
 * the same share of empty fields. The role tags are made in English ({@link Tags}), which the
 * generator's own rules read, and written in the user's language ({@link #tag}); the prospect rule
 * knows every language's word for a prospect.
 */
record DemoWords(List<String> met, List<String> personFlags, List<String> organisationFlags, List<String> notes,
                 Map<String, String> tags) {
    static DemoWords of(Locale locale) {
        ResourceBundle b = Bundles.of(locale);
        List<String> local = list(b.getString("demo.tags"));
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < Tags.ROLES.size(); i++) {
            tags.put(Tags.ROLES.get(i), local.get(i));
        }
        return new DemoWords(withBlanks(b.getString("demo.met"), 1), list(b.getString("demo.flags.person")),
                list(b.getString("demo.flags.organisation")), withBlanks(b.getString("demo.notes"), 3), Map.copyOf(tags));
    }

    /** A role tag in the user's language; city and conference tags are names and stay as they are. */
    String tag(String english) {
        return tags.getOrDefault(english, english);
    }

    static List<String> list(String pipes) {
        return Arrays.stream(pipes.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> withBlanks(String pipes, int blanks) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < blanks; i++) {
            all.add("");
        }
        all.addAll(list(pipes));
        return List.copyOf(all);
    }
}
