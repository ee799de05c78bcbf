package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.sync.CardMerge;
import app.rapport.service.sync.OpenConflict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rapport sync-conflicts}: the fields a sync found changed differently on both sides, one conflict a line;
 * {@code --keep-rapport ID} or {@code --take-server ID} settles one. Works on Rapport's file alone: no server.
 */
@Command(name = "sync-conflicts",
        description = {
                "Lists the conflicts the sync found and you have not chosen for yet: fields of a contact changed "
                        + "differently in Rapport and on the server since the last sync. The sync kept Rapport's "
                        + "value and the server's whole card. One line each:",
                "  conflict: ID | NAME | FIELD: Rapport \"VALUE\", server \"VALUE\"; ...",
                "then \"conflicts: N\". A contact deleted since shows as (deleted) and can only be dismissed "
                        + "with --keep-rapport.",
                "--take-server puts the server's values of those fields into the contact and keeps Rapport's card "
                        + "in the conflict; the next sync puts them back on the server. Needs no server or password."},
        footerHeading = "%nExamples:%n",
        footer = {"  rapport sync-conflicts", "  rapport sync-conflicts --take-server 3"})
final class SyncConflictsCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;
    @ParentCommand
    private RapportCommand root;
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Choice choice;

    static final class Choice {
        @Option(names = "--keep-rapport", paramLabel = "ID",
                description = "Settles conflict ID keeping Rapport's values (also dismisses one of a deleted contact).")
        Long keepRapport;

        @Option(names = "--take-server", paramLabel = "ID",
                description = "Settles conflict ID taking the server's values into the contact.")
        Long takeServer;
    }

    @Override
    public Integer call() {
        Path file = Databases.existing(root.database());
        PrintWriter out = spec.commandLine().getOut();
        if (choice != null) {
            long id = choice.keepRapport != null ? choice.keepRapport : choice.takeServer;
            CardMerge.Side side = choice.keepRapport != null ? CardMerge.Side.RAPPORT : CardMerge.Side.SERVER;
            try (Services services = Services.openKeepingOrder(file, root.user())) {
                OpenConflict open = services.sync().openConflicts().stream().filter(c -> c.id() == id).findFirst()
                        .orElseThrow(() -> new CliFailure("there is no open conflict " + id
                                + "; rapport sync-conflicts lists them."));
                if (side == CardMerge.Side.SERVER && open.contactGone()) {
                    throw new CliFailure("the contact of conflict " + id + " was deleted; dismiss it with "
                            + "--keep-rapport " + id + ".");
                }
                services.sync().resolve(id, side);
            }
            out.println((side == CardMerge.Side.RAPPORT ? "kept Rapport's: " : "took the server's: ") + id);
            return 0;
        }
        List<OpenConflict> open;
        try (Services services = Services.openForReading(file, root.user())) {
            open = services.sync().openConflicts();
        }
        for (OpenConflict c : open) {
            out.println("conflict: " + c.id() + " | " + plain(c.contactName()) + (c.contactGone() ? " (deleted)" : "")
                    + " | " + c.fields().stream().map(f -> f.field().name().toLowerCase(Locale.ROOT) + ": "
                            + (c.contactGone() ? "" : "Rapport \"" + plain(f.rapportText()) + "\", ")
                            + "server \"" + plain(f.serverText()) + "\"")
                    .collect(Collectors.joining("; ")));
        }
        out.println("conflicts: " + open.size());
        return 0;
    }

    /** One line whatever a value holds (notes have line breaks). */
    private static String plain(String s) {
        return s.replaceAll("\\p{Cntrl}+", " ");
    }
}
