package app.rapport.demo;

import app.rapport.domain.Bundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The demo's free text — how we met, flag reasons, interaction notes — in the user's language, from
 * the messages bundle (pipe-separated lists). Blank entries are added here, so every language draws
 * the same share of empty fields; tags stay in English, as the rules recognise them by name.
 */
record DemoWords(List<String> met, List<String> personFlags, List<String> organisationFlags, List<String> notes) {
    static DemoWords of(Locale locale) {
        ResourceBundle b = Bundles.of(locale);
        return new DemoWords(withBlanks(b.getString("demo.met"), 1), list(b.getString("demo.flags.person")),
                list(b.getString("demo.flags.organisation")), withBlanks(b.getString("demo.notes"), 3));
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
