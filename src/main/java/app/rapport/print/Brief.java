package app.rapport.print;

import java.util.List;

/**
 * A one-page brief on a contact for before a meeting: the name, a subtitle (organisation, title) and
 * sections of already localised lines (details, ties, last interactions, ledger balance, reminders).
 */
public record Brief(String title, String subtitle, List<Section> sections) {
    public record Section(String heading, List<String> lines) {
        public Section {
            heading = heading == null ? "" : heading;
            lines = List.copyOf(lines);
        }
    }

    public Brief {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
    }
}
