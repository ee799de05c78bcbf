package app.rapport.ui.common;

import app.rapport.io.encryption.Passphrase;

/** Checks a new passphrase typed twice before anything is encrypted with it. */
public final class NewPassphrase {
    private NewPassphrase() {
    }

    /** The message key of what is wrong (too short, or the two differ), or null when it will do. */
    public static String problem(String first, String second) {
        try (Passphrase one = Passphrase.of(first == null ? "" : first);
             Passphrase two = Passphrase.of(second == null ? "" : second)) {
            if (!one.isLongEnough()) {
                return "passphrase.error.short";
            }
            return one.sameAs(two) ? null : "passphrase.error.mismatch";
        }
    }
}
