package app.rapport.cli;

import app.rapport.io.encryption.Passphrase;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a command gets a passphrase: typed on the terminal without echo, or the first line of a
 * file for scripts. Never from an argument's value, which other users can see in the process list
 * and which shells keep in their history.
 */
final class PassphraseInput {
    private PassphraseInput() {
    }

    /** The passphrase that opens {@code encrypted}. */
    static Passphrase toOpen(Path passphraseFile, Path encrypted) {
        if (passphraseFile != null) {
            return fromFile(passphraseFile);
        }
        Console console = System.console();
        if (console == null) {
            throw new CliFailure(encrypted + " is encrypted: its passphrase is asked on a terminal; from a script, "
                    + "give --passphrase-file FILE. Nothing was changed.");
        }
        char[] typed = console.readPassword("Passphrase for %s: ", encrypted.getFileName());
        return take(typed);
    }

    /** A new passphrase: from the file, or typed twice on the terminal; at least {@link Passphrase#MIN_LENGTH} characters. */
    static Passphrase newOne(Path passphraseFile) {
        Passphrase passphrase;
        if (passphraseFile != null) {
            passphrase = fromFile(passphraseFile);
        } else {
            Console console = System.console();
            if (console == null) {
                throw new CliFailure("--encrypt asks for the passphrase on a terminal; from a script, give --passphrase-file FILE.");
            }
            passphrase = take(console.readPassword("New passphrase (a lost passphrase cannot be recovered): "));
            try (Passphrase again = take(console.readPassword("The same passphrase again: "))) {
                if (!passphrase.sameAs(again)) {
                    passphrase.close();
                    throw new CliFailure("the two passphrases differ; nothing was written.");
                }
            }
        }
        if (!passphrase.isLongEnough()) {
            passphrase.close();
            throw new CliFailure("a passphrase needs at least " + Passphrase.MIN_LENGTH + " characters; nothing was written.");
        }
        return passphrase;
    }

    /** The file's first line, without its line ending; the rest of the file is ignored. */
    private static Passphrase fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure("cannot read the passphrase file " + file.toAbsolutePath() + ".");
        }
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = 0;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw new CliFailure("the passphrase file " + file.toAbsolutePath() + " is empty.");
            }
            return Passphrase.of(text.substring(0, end));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static Passphrase take(char[] typed) {
        if (typed == null) {
            throw new CliFailure("no passphrase given; nothing was changed.");
        }
        try {
            return Passphrase.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
