package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.EncryptionException;
import app.rapport.io.encryption.Passphrase;
import app.rapport.persistence.Database;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.BackupService;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.service.backup.RestorePlan;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rapport restore}: replaces the database's data with a backup's, after backing up what it
 * replaces. The backup is checked in full first; a file that is not a usable backup changes nothing.
 */
@Command(name = "restore",
        description = {
                "Replaces everything in the database with the backup in FILE: a Rapport database (such as "
                        + "one 'rapport backup' wrote) or a JSON backup, either of them possibly encrypted: then its "
                        + "passphrase is asked on the terminal, or read from --passphrase-file. A wrong passphrase "
                        + "changes nothing.",
                "The backup is checked first; then what the database holds now is backed up into its backups "
                        + "folder, and only then replaced. Asks before replacing unless --yes is given; refuses "
                        + "while the database is open in Rapport's window."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport restore ~/.local/share/rapport/backups/rapport-2026-11-21T101500.db",
                "  rapport restore rapport.json --yes",
                "  rapport restore rapport.json.enc --passphrase-file ~/.rapport-passphrase --yes"})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore: a .db or .json file.")
    private Path source;

    @Option(names = "--yes", description = "Replace without asking.")
    private boolean yes;

    @Option(names = "--passphrase-file", paramLabel = "PFILE",
            description = "For an encrypted backup: read its passphrase from the first line of PFILE instead of asking.")
    private Path passphraseFile;

    @Override
    public Integer call() {
        Path from = source.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new CliFailure("there is no file at " + from + ".");
        }
        // no Databases.existing: restoring onto a lost database is what backups are for
        Path file = root.database();
        if (from.equals(file) || sameFile(from, file)) {
            throw new CliFailure(from + " is the database itself; choose a backup.");
        }
        // a database open in this process is never read (closing what read it would drop its lock): restore refuses it
        Passphrase passphrase = !Database.isOpenHere(from) && encrypted(from) ? PassphraseInput.toOpen(passphraseFile, from) : null;
        if (passphrase != null) {
            checkPassphrase(from, passphrase); // before the database is even opened: a wrong one leaves it byte for byte
        }
        try (Services services = Services.openKeepingOrder(file, root.user())) {
            BackupService backups = services.backups();
            RestorePlan plan;
            try {
                plan = backups.prepareRestore(from, passphrase);
            } catch (BackupException e) {
                throw new CliFailure(BackupMessages.of(e, from));
            } catch (StorageException e) {
                throw diskFull(e, from, file);
            } finally {
                if (passphrase != null) {
                    passphrase.close();
                }
            }
            if (!yes) {
                Boolean answer = ask(plan, file);
                if (answer != Boolean.TRUE) {
                    backups.cancel(plan);
                    throw new CliFailure(answer == null
                            ? "restore would replace the " + contacts(plan.contactsNow()) + " in " + file + " with the "
                                    + contacts(plan.contactsInBackup()) + " in " + from
                                    + "; add --yes to confirm. Nothing was changed."
                            : "restore cancelled; nothing was changed.");
                }
            }
            RestoreOutcome outcome;
            try {
                outcome = backups.restore(plan);
            } catch (StorageException e) {
                throw diskFull(e, from, file);
            }
            spec.commandLine().getOut().println("restore: " + file + " now holds the " + contacts(outcome.restored())
                    + " of " + from + "; it held " + contacts(outcome.replaced()) + outcome.safetyCopy()
                    .map(b -> ", kept in " + b.file()).orElse("") + ".");
        }
        return 0;
    }

    private static boolean encrypted(Path from) {
        try {
            return EncryptedFile.isEncrypted(from);
        } catch (UncheckedIOException e) {
            throw new CliFailure("cannot read " + from + ".");
        }
    }

    private static void checkPassphrase(Path from, Passphrase passphrase) {
        try {
            EncryptedFile.checkPassphrase(from, passphrase);
        } catch (EncryptionException e) {
            passphrase.close();
            throw new CliFailure(BackupMessages.of(new BackupException(switch (e.reason()) {
                case WRONG_PASSPHRASE -> BackupException.Reason.WRONG_PASSPHRASE;
                case TOO_NEW -> BackupException.Reason.TOO_NEW;
                case DAMAGED, NOT_ENCRYPTED -> BackupException.Reason.DAMAGED;
            }, e.getMessage(), e), from));
        } catch (IOException e) {
            passphrase.close();
            throw new CliFailure("cannot read " + from + ".");
        }
    }

    /**
     * A full disk while the backup is read or swapped in is no fault of the backup: say so, so that
     * nobody deletes a good backup. Other failures keep their own words.
     */
    private static RuntimeException diskFull(StorageException e, Path from, Path file) {
        if (e.reason() != StorageException.Reason.DISK_FULL) {
            return e;
        }
        return new CliFailure("the disk holding " + file.getParent() + " is full, so " + from + " could not be restored. "
                + "The backup itself is fine and nothing was changed; free some space and try again.");
    }

    /** The same file under another name (a link, another spelling of the path); false when either cannot be looked at. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Asks on the terminal; null when there is none (a script, a pipe): then the answer must come as --yes. */
    private static Boolean ask(RestorePlan plan, Path file) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        String answer = console.readLine("Replace the %s in %s with the %s in %s? What it holds now is backed up first. [y/N] ",
                contacts(plan.contactsNow()), file, contacts(plan.contactsInBackup()), plan.source());
        String word = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        return word.equals("y") || word.equals("yes");
    }

    private static String contacts(long n) {
        return n == 1 ? "1 contact" : n + " contacts";
    }
}
