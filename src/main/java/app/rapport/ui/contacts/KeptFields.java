package app.rapport.ui.contacts;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** What a contact's address book kept beyond the form's fields, as lines for the editor. */
final class KeptFields {
    private KeptFields() {
    }

    static String text(ContactExtras x, I18n i18n) {
        if (x == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        if (!x.nicknames().isEmpty()) {
            lines.add(i18n.format("editor.kept.nicknames", String.join(", ", x.nicknames())));
        }
        if (!x.department().isEmpty()) {
            lines.add(i18n.format("editor.kept.department", x.department()));
        }
        if (x.anniversary() != null) {
            lines.add(i18n.format("editor.kept.anniversary", date(x.anniversary(), i18n)));
        }
        if (!x.gender().isEmpty()) {
            lines.add(i18n.format("editor.kept.gender", gender(x.gender(), i18n)));
        }
        for (ContactExtras.Profile p : x.profiles()) {
            lines.add(p.label().isEmpty() ? p.address() : p.label() + ": " + p.address());
        }
        for (ContactExtras.RelatedName r : x.relatedNames()) {
            lines.add(r.label().isEmpty() ? r.name() : r.label() + ": " + r.name());
        }
        return String.join("\n", lines);
    }

    private static String date(Birthday b, I18n i18n) {
        if (b.year() == null) {
            return b.day() + " " + Month.of(b.month()).getDisplayName(TextStyle.FULL, i18n.locale());
        }
        return LocalDate.of(b.year(), b.month(), b.day())
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()));
    }

    /** vCard's "F;woman": the sex in words, then the identity as written. */
    private static String gender(String value, I18n i18n) {
        int semicolon = value.indexOf(';');
        String sex = semicolon < 0 ? value : value.substring(0, semicolon);
        String identity = semicolon < 0 ? "" : value.substring(semicolon + 1).strip();
        String words = switch (sex.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "M", "F", "O", "N", "U" -> i18n.get("gender." + sex.strip().toUpperCase(java.util.Locale.ROOT));
            default -> sex.strip();
        };
        if (identity.isEmpty()) {
            return words;
        }
        return words.isEmpty() ? identity : words + " (" + identity + ")";
    }
}
