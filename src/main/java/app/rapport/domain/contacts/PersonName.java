package app.rapport.domain.contacts;

import app.rapport.domain.Text;
import java.util.StringJoiner;

/** The parts of a person's name. Any part may be empty. */
public record PersonName(String prefix, String given, String family, String suffix, String nickname) {
    public static final PersonName EMPTY = new PersonName("", "", "", "", "");

    public PersonName {
        prefix = Text.clean(prefix);
        given = Text.clean(given);
        family = Text.clean(family);
        suffix = Text.clean(suffix);
        nickname = Text.clean(nickname);
    }

    public boolean isBlank() {
        return given.isEmpty() && family.isEmpty() && nickname.isEmpty();
    }

    /** "Dr. Anna Müller, PhD"; the nickname stands in when there is no other name. */
    public String display() {
        StringJoiner j = new StringJoiner(" ");
        if (!prefix.isEmpty()) {
            j.add(prefix);
        }
        if (!given.isEmpty()) {
            j.add(given);
        }
        if (!family.isEmpty()) {
            j.add(family);
        }
        String core = j.toString();
        if (given.isEmpty() && family.isEmpty()) {
            core = (prefix + " " + nickname).strip();
        }
        return suffix.isEmpty() ? core : core + ", " + suffix;
    }

    /** What a person sorts by: family name, then given name (a collation key is made from it). */
    public String sortText() {
        String key = family.isEmpty() ? given : family + " " + given;
        if (key.isBlank()) {
            key = nickname;
        }
        return key.strip();
    }
}
