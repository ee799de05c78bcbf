package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.Envelope;
import app.rapport.io.cards.CardDocuments;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.printing.LabelTemplate;
import app.rapport.io.printing.PaperSize;
import app.rapport.io.printing.PrintException;
import app.rapport.io.printing.Stationery;
import app.rapport.service.printing.DocumentService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport cards pdf}: labels, envelopes or the list as a table, as PDF. */
@Command(name = "pdf",
        description = {"Writes a card list as PDF and prints the file's path and its page count, tab-separated.",
                "--layout list prints the list as a table (name, salutation, address, status). Label sheets: "
                        + "avery-5160, avery-8160 (US Letter, 3 x 10), avery-l7160 (A4, 3 x 7), avery-l7163 "
                        + "(A4, 2 x 7), or custom with --grid. Envelopes: envelope-dl, envelope-c5, envelope-c6, "
                        + "envelope-us10, with the return address from the card settings unless --no-return-address.",
                "Addresses are laid out the way each country's post expects; the country line is left off for "
                        + "mail within --home (default: the card settings, else this computer's country)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport cards pdf --name \"Holiday 2026\" --layout avery-l7160 --out labels.pdf",
                "  rapport cards pdf --name \"Holiday 2026\" --layout avery-5160 --start-at 7 --out labels.pdf",
                "  rapport cards pdf --name \"Holiday 2026\" --layout envelope-dl --out envelopes.pdf",
                "  rapport cards pdf --name \"Holiday 2026\" --layout list --out list.pdf",
                "  rapport cards pdf --name X --layout custom --paper a4 --grid 10,5,70,37,70,37,3,8 --out x.pdf"})
final class CardsPdfCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;
    @ParentCommand
    private CardsCommand cards;
    @Spec
    private CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The card list.")
    private String name;
    @Option(names = "--layout", required = true, paramLabel = "LAYOUT", description = "list, a label sheet, "
            + "custom, or an envelope (see above).")
    private String layout;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    private Path out;
    @Option(names = "--start-at", paramLabel = "N", defaultValue = "1",
            description = "Start at this label on the first sheet (1 = top left, across then down), for a "
                    + "partly used sheet (default: ${DEFAULT-VALUE}).")
    private int startAt;
    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper of a custom grid (default: a4).")
    private String paper;
    @Option(names = "--grid", paramLabel = "MM", split = ",", description = "A custom grid in millimetres: "
            + "top,left,horizontal pitch,vertical pitch,label width,label height,columns,rows.")
    private List<Double> grid;
    @Option(names = "--home", paramLabel = "CC", description = "Your country (ISO code such as DE).")
    private String home;
    @Option(names = "--no-return-address", description = "Leave the return address off envelopes.")
    private boolean noReturnAddress;

    @Override
    public Integer call() {
        if (startAt < 1) {
            throw new ParameterException(spec.commandLine(), "--start-at must be 1 or more.");
        }
        Databases.checkOutput(cards.database(), out);
        // printing only reads: the file stays byte for byte as it was, and read-only media work
        try (Services services = Services.openForReading(cards.database(), cards.user())) {
            CardList list = CardsCommand.named(services, name);
            List<Envelope> envelopes = services.cards().envelopes(list.id());
            if (envelopes.isEmpty()) {
                throw new CliFailure("the list " + list.name() + " has no envelopes; nothing was written.");
            }
            DocumentService documents = services.documents();
            String country = home != null ? home.strip().toUpperCase(Locale.ROOT) : documents.homeCountry();
            int pages;
            if (layout.equalsIgnoreCase("list")) {
                pages = documents.writeCardList(out, list, envelopes, country, app.rapport.domain.language.Bundles.english(),
                        cards.user().language());
            } else {
                List<String> back = noReturnAddress ? List.of() : documents.returnAddress();
                pages = documents.writeAddresses(out, stationery(), envelopes, startAt, back, country);
            }
            spec.commandLine().getOut().println(out.toAbsolutePath() + "\t" + pages);
        } catch (PrintException e) {
            throw new CliFailure(e.getMessage());
        } catch (ExportException e) {
            throw new CliFailure(ExportCommand.message(e));
        }
        return 0;
    }

    private Stationery stationery() {
        if (!layout.equalsIgnoreCase(Stationery.CUSTOM)) {
            return Stationery.require(layout);
        }
        if (grid == null || grid.size() != 8) {
            throw new ParameterException(spec.commandLine(), "--layout custom needs --grid with 8 numbers: "
                    + "top,left,horizontal pitch,vertical pitch,label width,label height,columns,rows.");
        }
        PaperSize sheet = paper == null || paper.equalsIgnoreCase("a4") ? PaperSize.A4
                : paper.equalsIgnoreCase("letter") ? PaperSize.LETTER : null;
        if (sheet == null) {
            throw new ParameterException(spec.commandLine(), "--paper must be a4 or letter.");
        }
        return LabelTemplate.custom(sheet, grid.get(0), grid.get(1), grid.get(2), grid.get(3), grid.get(4),
                grid.get(5), grid.get(6).intValue(), grid.get(7).intValue());
    }
}
