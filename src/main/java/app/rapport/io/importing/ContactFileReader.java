package app.rapport.io.importing;

import app.rapport.domain.contacts.ContactRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file of contacts, whatever it is: decodes it, looks at its content to tell vCard from the
 * CSV of Google, Outlook or LinkedIn (or uses the format the user chose), and returns every record it
 * could read with every problem met. Never throws for bad input: a file it cannot use is a problem.
 */
public final class ContactFileReader {
    /** Larger files are refused: no contacts file is, and reading one would exhaust memory. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ContactFileReader.class);

    /** What Rapport's JSON backup begins with: it is restored, not imported. */
    private static final java.util.regex.Pattern BACKUP = java.util.regex.Pattern.compile(
            "\\A\\s*\\{\\s*\"format\"\\s*:\\s*\"rapport-backup\"");

    private final ContactRules rules;
    /** The user's language: slash dates that read either way are read in its order. */
    private final java.util.function.Supplier<java.util.Locale> language;

    /** A reader for an English-speaking user (month first in ambiguous slash dates). */
    public ContactFileReader(ContactRules rules) {
        this(rules, () -> java.util.Locale.ENGLISH);
    }

    /** @param language the user's language at the time of each read (see {@link app.rapport.domain.language.UserContext}) */
    public ContactFileReader(ContactRules rules, java.util.function.Supplier<java.util.Locale> language) {
        this.rules = rules;
        this.language = language;
    }

    public ReadResult read(Path file, ImportOptions options) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_BYTES) {
                return ReadResult.unreadable(name, ImportProblem.skipped(RecordPosition.wholeFile(name),
                        "import.problem.tooLarge"));
            }
            return read(name, Files.readAllBytes(file), options);
        } catch (NoSuchFileException e) {
            return ReadResult.unreadable(name, ImportProblem.skipped(RecordPosition.wholeFile(name),
                    "import.problem.notFound"));
        } catch (IOException | SecurityException e) {
            LOG.warn("Cannot read {}", file, e);
            return ReadResult.unreadable(name, ImportProblem.skipped(RecordPosition.wholeFile(name),
                    "import.problem.cannotRead"));
        }
    }

    public ReadResult read(String name, byte[] bytes, ImportOptions options) {
        RecordPosition whole = RecordPosition.wholeFile(name);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, options.encodingWhereUnsure() ? null : options.encoding());
        if (options.encodingWhereUnsure() && options.encoding() != null && !decoded.sure()) {
            decoded = TextDecoder.decode(bytes, options.encoding());
        }
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        if (text.isBlank()) {
            return ReadResult.unreadable(name, ImportProblem.skipped(whole, "import.problem.empty"));
        }
        if (FormatSniffer.looksBinary(text)) {
            return ReadResult.unreadable(name, ImportProblem.skipped(whole, "import.problem.notContacts"));
        }
        if (BACKUP.matcher(text).find()) {
            return ReadResult.unreadable(name, ImportProblem.skipped(whole, "import.problem.backup"));
        }
        if (options.format() == FileFormat.VCARD && !FormatSniffer.isVCard(text)) {
            return ReadResult.unreadable(name, ImportProblem.skipped(whole, "import.problem.notVCard"));
        }
        FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(text, options);
        if (sniffed == null) {
            String key = FormatSniffer.looksLikeCsv(text) ? "import.problem.unknownCsv" : "import.problem.notContacts";
            return ReadResult.unreadable(name, ImportProblem.skipped(whole, key));
        }
        List<RecordDraft> drafts;
        Set<String> ignored;
        List<ImportProblem> problems = new ArrayList<>();
        if (!decoded.sure()) {
            problems.add(ImportProblem.changed(whole, "import.problem.encodingUnsure", decoded.charset().name()));
        }
        if (sniffed.format() == FileFormat.VCARD) {
            VCardFileReader.Read read = new VCardFileReader().read(text, name, decoded.charset());
            drafts = read.drafts();
            problems.addAll(read.problems());
            if (read.photos() > 0) {
                problems.add(ImportProblem.changed(whole, "import.problem.photos", read.photos()));
            }
            ignored = read.ignored();
            ignored(ignored, whole, "import.problem.propertiesIgnored", problems);
        } else {
            CsvContactReader.Read read = new CsvContactReader().read(sniffed.table(), sniffed.dialect(), name);
            drafts = read.drafts();
            problems.addAll(read.problems());
            ignored = read.ignored();
            ignored(ignored, whole, "import.problem.columnsIgnored", problems);
        }
        DateOrder order = dateOrder(drafts, options, whole, problems, language.get());
        String home = options.homeCountry();
        boolean homeUnknown = home != null && home.isBlank();
        RecordChecker checker = new RecordChecker(home == null ? rules : new ContactRules(homeUnknown ? "ZZ" : home),
                order == DateOrder.DAY_FIRST, homeUnknown);
        List<ImportedRecord> records = new ArrayList<>();
        for (RecordDraft d : drafts) {
            checker.check(d, problems).ifPresent(records::add);
        }
        if (checker.keptAsWritten() > 0) {
            problems.add(ImportProblem.changed(whole, "import.problem.noHomeCountry", checker.keptAsWritten()));
        }
        return new ReadResult(name, sniffed.format(), decoded.charset(), records, problems, ignored);
    }

    /**
     * The order to read this file's slash dates in: the user's choice; else the one its dates allow;
     * else, when every one could be read either way, the user's language's, with a problem saying so.
     */
    private static DateOrder dateOrder(List<RecordDraft> drafts, ImportOptions options, RecordPosition whole,
                                       List<ImportProblem> problems, java.util.Locale language) {
        if (options.dateOrder() != DateOrder.AUTO) {
            return options.dateOrder();
        }
        List<String> dates = new ArrayList<>();
        for (RecordDraft d : drafts) {
            dates.add(d.birthdayText);
            dates.add(d.metOnText);
        }
        DateOrder found = DateText.slashOrder(dates);
        if (found != null) {
            return found;
        }
        DateOrder local = DateOrder.ofLocale(language);
        if (dates.stream().anyMatch(DateText::hasSlashes)) {
            problems.add(ImportProblem.changed(whole, "import.problem.datesAmbiguous", local.name()));
        }
        return local;
    }

    private static void ignored(Set<String> names, RecordPosition whole, String key, List<ImportProblem> problems) {
        if (!names.isEmpty()) {
            problems.add(ImportProblem.changed(whole, key, String.join(", ", names)));
        }
    }
}
