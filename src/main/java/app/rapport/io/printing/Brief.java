package app.rapport.io.printing;

import java.util.List;

/**
 * A one-page brief on a contact for before a meeting: the name, a subtitle (organisation, title) and
 * sections of already localised lines (details, ties, last interactions, ledger balance, reminders);
 * {@code photo} the contact's picture (JPEG, PNG or GIF bytes) or null.
 */
public record Brief(String title, String subtitle, List<Section> sections, byte[] photo) {
    public record Section(String heading, List<String> lines) {
        public Section {
            heading = heading == null ? "" : heading;
            lines = List.copyOf(lines);
        }
    }

    public Brief(String title, String subtitle, List<Section> sections) {
        this(title, subtitle, sections, null);
    }

    public Brief {
        photo = photo == null ? null : photo.clone();
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
    }
}
