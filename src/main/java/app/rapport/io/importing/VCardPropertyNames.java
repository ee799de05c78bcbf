package app.rapport.io.importing;

import ezvcard.io.scribe.ScribeIndex;
import ezvcard.property.RawProperty;
import ezvcard.property.VCardProperty;
import java.util.Locale;

/** A vCard property's name as a file writes it ("X-PHONETIC-FIRST-NAME", "GEO"), upper case: how unread ones are named. */
public final class VCardPropertyNames {
    private static final ScribeIndex SCRIBES = new ScribeIndex();

    private VCardPropertyNames() {
    }

    public static String of(VCardProperty p) {
        if (p instanceof RawProperty raw) {
            return raw.getPropertyName().toUpperCase(Locale.ROOT);
        }
        var scribe = SCRIBES.getPropertyScribe(p);
        return scribe == null ? p.getClass().getSimpleName().toUpperCase(Locale.ROOT)
                : scribe.getPropertyName().toUpperCase(Locale.ROOT);
    }
}
