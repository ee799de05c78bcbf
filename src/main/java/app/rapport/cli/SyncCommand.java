package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncRun;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.SecretId;
import app.rapport.io.sync.SecretStoreException;
import app.rapport.io.sync.SecretStores;
import app.rapport.service.sync.NoSuchAddressBookException;
import app.rapport.service.sync.StalePreviewException;
import app.rapport.service.sync.SyncCancelledException;
import app.rapport.service.sync.SyncLogin;
import app.rapport.service.sync.SyncPreview;
import app.rapport.service.sync.SyncReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport sync}: two-way sync of the contacts with one address book on the user's CardDAV server. */
@Command(name = "sync",
        description = {
                "Syncs your contacts (every one, or those with the tags chosen for the account in the window's "
                        + "Sync dialog) with an address book on your own CardDAV server (Nextcloud, Radicale, "
                        + "Baïkal, iCloud, Fastmail…) both ways: what changed on either side since the last sync "
                        + "goes to the other; a contact changed on both sides is merged field by field, and a field "
                        + "both changed differently keeps Rapport's value and is listed with the server's; choose for it "
                        + "later with rapport sync-conflicts.",
                "Contacts deleted on either side are only counted until you confirm with --yes; then they go to "
                        + "Rapport's trash, or are deleted on the server. --dry-run says what a sync would do and "
                        + "changes nothing.",
                "The password comes from this computer's credential store, or from the first line of standard "
                        + "input with --password-stdin; never from an argument.",
                "--log lists the last runs of each account kept in the database, window's and automatic ones too, "
                        + "one per line; it needs no server."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport sync --server https://dav.example.org/ --user anna --book contacts --dry-run",
                "  rapport sync --log",
                "  printf '%%s\\n' \"$PASS\" | rapport sync --server https://dav.example.org/ --user anna --book contacts --password-stdin --yes"})
final class SyncCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", description = "The server's address (https://…).")
    private String server;

    @Option(names = "--user", paramLabel = "NAME", description = "Your user name on the server.")
    private String user;

    @Option(names = "--book", paramLabel = "NAME",
            description = "The address book: its name in its address, or the name the server shows.")
    private String book;

    @Option(names = "--dry-run", description = "Say what a sync would do; change nothing on either side.")
    private boolean dryRun;

    @Option(names = "--yes", description = "Confirm the deletes the sync counts.")
    private boolean yes;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    private boolean passwordStdin;

    @Option(names = "--trust-certificate", paramLabel = "SHA256",
            description = "Trust the server's certificate with this SHA-256 fingerprint although no authority vouches "
                    + "for it (a self-signed server); the refusal message gives it. Kept for the account.")
    private String trustCertificate;

    @Option(names = "--log", description = "List the last runs of every account, newest first, and change nothing.")
    private boolean log;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "With --log: how many runs of each account (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        if (log) {
            return printLog();
        }
        if (server == null || user == null || book == null) {
            throw new ParameterException(spec.commandLine(), "a sync needs --server, --user and --book.");
        }
        if (dryRun && yes) {
            throw new ParameterException(spec.commandLine(), "choose --dry-run or --yes, not both.");
        }
        URI serverUri;
        try {
            serverUri = SyncLogin.address(server);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--server takes an address starting with https:// or http://");
        }
        if (trustCertificate != null && !trustCertificate.strip().matches("(?i)([0-9a-f]{2}:?){32}")) {
            throw new ParameterException(spec.commandLine(),
                    "--trust-certificate takes a SHA-256 fingerprint: 64 hexadecimal digits, with or without colons.");
        }
        String password = password(serverUri);
        SyncLogin login = new SyncLogin(serverUri.toString(), user, password,
                trustCertificate == null ? null : trustCertificate.strip());
        PrintWriter out = spec.commandLine().getOut();
        Path file = Databases.existing(root.database());
        try (Services services = Services.openKeepingOrder(file, root.user())) {
            SyncPreview preview;
            try {
                preview = services.sync().preview(login, book, null);
            } catch (CardDavException e) {
                if (!dryRun) {
                    // a run that failed before it could start: the log says so (one that fails later logs itself)
                    services.sync().logFailure(login.serverUrl(), user, book, e);
                }
                throw e;
            }
            if (dryRun) {
                out.println("sync (dry run): would add " + preview.addedHere() + " here, change " + preview.changedHere()
                        + " here, add " + preview.addedOnServer() + " on the server, change "
                        + preview.changedOnServer() + " on the server");
                deletes(out, preview.deletesHere(), preview.deletesOnServer(), "would wait for --yes");
                conflicts(out, preview.conflicts(), false);
                return 0;
            }
            SyncReport report = services.sync().run(preview, yes);
            out.println("sync: added " + report.addedHere() + " here, changed " + report.changedHere() + " here, added "
                    + report.addedOnServer() + " on the server, changed " + report.changedOnServer()
                    + " on the server, deleted " + report.deletedHere() + " here, deleted " + report.deletedOnServer()
                    + " on the server");
            if (!yes) {
                deletes(out, preview.deletesHere(), preview.deletesOnServer(), "wait for --yes");
            }
            conflicts(out, report.conflicts(), true);
            if (!report.conflicts().isEmpty()) {
                out.println("choose for them with: rapport sync-conflicts");
            }
            return 0;
        } catch (CardDavException e) {
            throw new CliFailure(message(e) + " Nothing was changed in Rapport.");
        } catch (StalePreviewException e) {
            throw new CliFailure("another sync of this address book ran meanwhile (the open window's?); run this one "
                    + "again. Nothing was changed in Rapport.");
        } catch (SyncCancelledException e) {
            throw new CliFailure("the sync was stopped. Nothing was changed in Rapport.");
        } catch (NoSuchAddressBookException e) {
            throw new CliFailure("no address book \"" + book + "\" for " + user + " on " + server + "; there are: "
                    + String.join(", ", e.paths()) + ".");
        }
    }

    /** One line a run: when, how, what it did or why it stopped. */
    private int printLog() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit takes a number of at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.openKeepingOrder(Databases.existing(root.database()), root.user())) {
            for (SyncAccount account : services.sync().accounts()) {
                out.println("account: " + account.userName() + " at " + account.serverUrl() + ", book "
                        + account.bookLabel() + (account.autoMinutes() > 0
                                ? ", every " + account.autoMinutes() + " minutes" : ""));
                for (SyncRun run : services.sync().log(account.id(), limit)) {
                    out.println(logLine(run));
                }
            }
        }
        return 0;
    }

    static String logLine(SyncRun run) {
        String when = java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                run.finishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String how = run.automatic() ? "automatic" : "asked";
        return switch (run.outcome()) {
            case DONE -> "run " + when + " " + how + ": added " + run.addedHere() + " here, changed " + run.changedHere()
                    + " here, deleted " + run.deletedHere() + " here, added " + run.addedOnServer()
                    + " on the server, changed " + run.changedOnServer() + " on the server, deleted "
                    + run.deletedOnServer() + " on the server; conflicts " + run.conflicts() + ", waiting "
                    + run.waiting();
            case FAILED -> "run " + when + " " + how + ": failed, " + failure(run.failure());
            case CANCELLED -> "run " + when + " " + how + ": stopped by the user";
        };
    }

    private static String failure(String reason) {
        try {
            return message(CardDavException.Reason.valueOf(reason), null);
        } catch (IllegalArgumentException | NullPointerException e) {
            return "for a reason this version does not know (" + reason + ").";
        }
    }

    private static void deletes(PrintWriter out, int here, int onServer, String what) {
        if (here + onServer > 0) {
            out.println("deletes: " + here + " here (deleted on the server), " + onServer
                    + " on the server (in Rapport's trash) " + what);
        }
    }

    /** After a run the server's card holds Rapport's value, and its own version is kept in Rapport's file. */
    private static void conflicts(PrintWriter out, List<SyncPreview.Conflict> conflicts, boolean done) {
        for (SyncPreview.Conflict c : conflicts) {
            out.println("conflict: " + c.name() + ", " + c.field().field().name().toLowerCase(java.util.Locale.ROOT)
                    + (done ? ": kept \"" + c.field().rapport() + "\"; the server's \"" + c.field().server()
                            + "\" is kept with its card in Rapport's file"
                            : ": would keep \"" + c.field().rapport() + "\", the server has \"" + c.field().server() + "\""));
        }
    }

    private String password(URI serverUri) {
        if (passwordStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new CliFailure("--password-stdin found no password on standard input.");
                }
                return line;
            } catch (IOException e) {
                throw new CliFailure("cannot read the password from standard input.");
            }
        }
        try {
            char[] kept = SecretStores.forThisComputer().read(SecretId.forAccount(serverUri.toString(), user))
                    .orElseThrow(() -> new CliFailure("no password is kept for " + user + " on " + serverUri.getHost()
                            + "; give it with --password-stdin."));
            try {
                return new String(kept);
            } finally {
                java.util.Arrays.fill(kept, '\0');
            }
        } catch (SecretStoreException e) {
            throw new CliFailure("the credential store did not answer; give the password with --password-stdin.");
        }
    }

    private static String message(CardDavException e) {
        return message(e.reason(), e.certificateSha256());
    }

    private static String message(CardDavException.Reason reason, String certificateSha256) {
        return switch (reason) {
            case WRONG_PASSWORD -> "the server refused the user name or password.";
            case NOT_ALLOWED -> "the server does not allow this user to do that.";
            case NOT_FOUND -> "the server has no such address book (any more).";
            case UNREACHABLE -> "cannot reach the server; check the address and the network.";
            case CONNECTION_LOST -> "the connection to the server broke off; run the sync again to finish it.";
            case NO_SECURE_CONNECTION -> "no secure (https://) connection could be made to the server; if it has "
                    + "no HTTPS, its address starts with http://.";
            case CERTIFICATE_REFUSED -> "the server's certificate is not trusted"
                    + (certificateSha256 == null ? "." : " (SHA-256 " + certificateSha256
                            + "); if it is your server's, run again with --trust-certificate " + certificateSha256 + ".");
            case UNEXPECTED_ANSWER -> "the server answered in a way a CardDAV server should not.";
        };
    }
}
