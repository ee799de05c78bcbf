package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.backup.BackupSettings;
import app.rapport.io.exporting.ExportException;
import app.rapport.service.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport backup}: a consistent copy of the database, into the backups folder or a file of your choice. */
@Command(name = "backup",
        description = {
                "Backs up the database and prints the backup's path.",
                "Without --out the backup goes into the backups folder beside the database (for your own "
                        + "database, in Rapport's data folder), named by the date and time, for example "
                        + "rapport-2026-11-22T101500.db. Every backup there is checked by SQLite: a copy of a "
                        + "damaged database is named ...-damaged.db, never counts as a good backup, and this command "
                        + "then fails. Of older good backups the newest of each of the last "
                        + BackupSettings.DEFAULT_DAILY + " days and " + BackupSettings.DEFAULT_WEEKLY
                        + " weeks are kept, with those Rapport took as it started; the newest good backup is never "
                        + "deleted.",
                "Bring a backup back with 'rapport restore'."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport backup",
                "  rapport backup --out /media/usb/rapport-copy.db",
                "  rapport backup --format json --out rapport.json"})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the backup to FILE, which must not exist yet, instead of the backups folder.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "db",
            description = "db (a copy of the database; the default) or json (every table as JSON; needs --out).")
    private String format;

    @Override
    public Integer call() {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "db" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--format must be db or json, not " + format + ".");
        };
        if (json && out == null) {
            throw new ParameterException(spec.commandLine(), "--format json needs --out FILE.");
        }
        Path file = Databases.existing(root.database());
        Path target = out == null ? null : out.toAbsolutePath().normalize();
        Path place = null;
        if (target != null) {
            // the same refusals as every export (the database, its working files, its backups), then
            // a copy never replaces anything at all: what is there may be the only good copy someone has
            place = Databases.checkOutput(file, target);
            if (Files.exists(target) || Files.exists(place)) {
                throw new CliFailure(target + " already exists; choose another file.");
            }
        }
        try (Services services = Services.openKeepingOrder(file, root.user())) {
            if (target == null) {
                app.rapport.domain.backup.Backup taken = services.backups().backUp();
                if (taken.damaged()) {
                    throw new CliFailure("the database is damaged: its copy " + taken.file()
                            + " fails SQLite's check and does not count as a backup. Your good backups are kept; "
                            + "restore the newest with 'rapport restore'.");
                }
                target = taken.file();
            } else {
                writeCopy(services, json, target, place);
            }
        } catch (ExportException e) {
            throw new CliFailure(ExportCommand.message(e));
        }
        spec.commandLine().getOut().println(target);
        return 0;
    }

    /**
     * A copy to a file of the user's only reads the database: a disk that is full or cannot be written
     * is the copy's, and is named as such (not the database's, which the user might start deleting from).
     */
    private static void writeCopy(Services services, boolean json, Path target, Path place) {
        try {
            if (json) {
                services.backups().exportJson(target);
            } else {
                services.backups().backUpTo(services.outputs().check(place).file());
            }
        } catch (StorageException e) {
            if (e.file().isEmpty() && (e.reason() == StorageException.Reason.DISK_FULL
                    || e.reason() == StorageException.Reason.READ_ONLY)) {
                throw new StorageException(e.reason(), e.getMessage(), e, target);
            }
            throw e;
        }
    }
}
