package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.language.Bundles;
import app.rapport.io.encryption.Passphrase;
import app.rapport.io.exporting.ContactExporter;
import app.rapport.io.exporting.CsvExport;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.VCardExport;
import app.rapport.service.exporting.ExportSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport export}: writes contacts to a vCard or CSV file. */
@Command(name = "export",
        description = {
                "Writes contacts to a file: all of them (archived ones too, none from the trash), those with a "
                        + "tag, or a list of ids. vcard is vCard 4.0, vcard3 is vCard 3.0 for older programs, csv "
                        + "is one contact per row in the column layout of Google Contacts.",
                "The file is written whole or not at all; an existing file of that name is replaced. The "
                        + "database itself, its working files, its backups folder and any other Rapport database "
                        + "are refused. A device or pipe (such as /dev/stdout) is written to directly.",
                "A json backup can be encrypted with a passphrase (--encrypt): it is asked twice on the terminal, "
                        + "or read from the first line of --passphrase-file; 'rapport restore' asks for it again. "
                        + "A lost passphrase cannot be recovered."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport export --format vcard --out contacts.vcf",
                "  rapport export --format csv --out clients.csv --tag client",
                "  rapport export --format vcard3 --out three.vcf --ids 12,40,41",
                "  rapport export --format json --out everything.json",
                "  rapport export --format json --encrypt --out /media/usb/rapport.json.enc"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", required = true, description = "vcard, vcard3, csv, or json (a full backup of everything, for rapport restore).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    private Path out;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only contacts with this tag.")
    private String tag;

    @Option(names = "--ids", paramLabel = "ID", split = ",", description = "Only these contacts, by id, in this order.")
    private List<Long> ids = new ArrayList<>();

    @Option(names = "--encrypt", description = "With --format json: encrypt the backup with a passphrase asked on the terminal.")
    private boolean encrypt;

    @Option(names = "--passphrase-file", paramLabel = "PFILE",
            description = "With --format json: encrypt with the passphrase on the first line of PFILE (implies --encrypt).")
    private Path passphraseFile;

    @Override
    public Integer call() {
        if (format.strip().equalsIgnoreCase("json")) {
            return json();
        }
        if (encrypt || passphraseFile != null) {
            throw new ParameterException(spec.commandLine(), "only --format json can be encrypted.");
        }
        ContactExporter exporter = exporter(format.strip().toLowerCase(Locale.ROOT));
        if (tag != null && !ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "choose --tag or --ids, not both.");
        }
        Databases.checkOutput(root.database(), out);
        ExportSelection selection = tag != null ? ExportSelection.tag(tag)
                : ids.isEmpty() ? ExportSelection.all() : ExportSelection.ids(ids.stream().mapToLong(Long::longValue).toArray());
        Path target = out.toAbsolutePath().normalize();
        int written;
        try (Services services = Services.openForReading(Databases.existing(root.database()), root.user())) {
            written = services.exports().export(selection, exporter, target);
        } catch (ExportException e) {
            throw new CliFailure(message(e));
        }
        spec.commandLine().getOut().println("export: " + ImportReport.count(written, "contact", "contacts")
                + " written to " + target);
        return 0;
    }

    /** A full backup of every table, with its format version: what 'rapport restore' reads back. */
    private int json() {
        if (tag != null || !ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--format json holds everything; leave out --tag and --ids.");
        }
        Path target = out.toAbsolutePath().normalize();
        Databases.checkOutput(root.database(), target);
        Path database = Databases.existing(root.database());
        Passphrase passphrase = encrypt || passphraseFile != null ? PassphraseInput.newOne(passphraseFile) : null;
        try (Services services = Services.openForReading(database, root.user())) {
            if (passphrase == null) {
                services.backups().exportJson(target);
            } else {
                services.backups().exportJson(target, passphrase);
            }
        } catch (app.rapport.service.backup.BackupException e) {
            throw new CliFailure(BackupMessages.of(e, target));
        } catch (ExportException e) {
            throw new CliFailure(message(e));
        } finally {
            if (passphrase != null) {
                passphrase.close();
            }
        }
        spec.commandLine().getOut().println("export: " + (passphrase == null ? "" : "encrypted ")
                + "full backup written to " + target);
        return 0;
    }

    /** The contact formats by name; json is the full backup above. */
    private ContactExporter exporter(String name) {
        return switch (name) {
            case "vcard", "vcard4" -> VCardExport.v4();
            case "vcard3" -> VCardExport.v3();
            case "csv" -> new CsvExport();
            default -> throw new ParameterException(spec.commandLine(),
                    "--format must be vcard, vcard3, csv or json, not " + format + ".");
        };
    }

    /**
     * Plain English for each reason; scripts may match on these words. A refused file is worded as in
     * the window (the bundle's English), after the file's path.
     */
    static String message(ExportException e) {
        Path file = e.target();
        return switch (e.reason()) {
            case NO_FOLDER -> "cannot write " + file + ": the folder " + file.getParent() + " does not exist.";
            case NOT_ALLOWED -> "cannot write " + file + ": check the permissions of the file and its folder.";
            case IS_FOLDER -> "cannot write " + file + ": it is a folder.";
            case DISK_FULL -> "cannot write " + file + ": the disk is full.";
            case FAILED -> "cannot write " + file + "; details are in Rapport's log file.";
            case OPEN_DATABASE, DATABASE_FILE, BACKUPS_FOLDER, RAPPORT_DATABASE, NOT_A_FILE -> {
                String sentence = Bundles.english().getString("export.error." + e.reason().name());
                yield "cannot write " + file + ": " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
            }
        };
    }
}
