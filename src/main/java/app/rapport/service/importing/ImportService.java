package app.rapport.service.importing;

import app.rapport.domain.contacts.ContactMerge;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.language.UserContext;
import app.rapport.io.importing.ContactFileReader;
import app.rapport.io.importing.ImportOptions;
import app.rapport.io.importing.ImportProblem;
import app.rapport.io.importing.ReadResult;
import app.rapport.io.importing.RecordPosition;
import app.rapport.service.FaultPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Import in two steps: {@link #preview} reads the files and says what would happen, writing nothing;
 * {@link #apply} writes what the user accepted in one transaction, all or nothing. Blocking calls;
 * callers run them off the FX thread.
 */
public class ImportService {
    private final ImportRepository repository;
    private final ContactFileReader reader;
    private final ImportPlanner planner;
    private final ImportBatchBuilder builder;

    /** the user's home country as the settings hold it now ("" when not known), or null to read with the rules given */
    private final java.util.function.Supplier<String> homeCountry;
    private final java.util.function.Consumer<String> keepHomeCountry;

    /** @param defaultRegion the user's country, for phone numbers written without a country code */
    public ImportService(ImportRepository repository, ContactRules rules, String defaultRegion) {
        this(repository, rules, defaultRegion, () -> null);
    }

    /**
     * @param homeCountry the home country from the settings (the computer's country when none is set,
     *                    "" when neither is known), asked at each preview the options leave it open
     */
    public ImportService(ImportRepository repository, ContactRules rules, String defaultRegion,
                         java.util.function.Supplier<String> homeCountry) {
        this(repository, rules, defaultRegion, homeCountry, code -> { });
    }

    /**
     * @param keepHomeCountry stores a home country the user chose in an import when none was known; the
     *                        dates of files and the notes of merges are read and written as in English
     */
    public ImportService(ImportRepository repository, ContactRules rules, String defaultRegion,
                         java.util.function.Supplier<String> homeCountry,
                         java.util.function.Consumer<String> keepHomeCountry) {
        this(repository, rules, defaultRegion, () -> java.util.Locale.ENGLISH, homeCountry, keepHomeCountry);
    }

    /**
     * Imports for the user {@code user} gives: numbers without a country code read in the user's country
     * (as it is now), ambiguous dates in the order of the user's language, merged notes worded in it, as
     * they are at the time of each import.
     */
    public ImportService(ImportRepository repository, java.util.function.Supplier<UserContext> user,
                         java.util.function.Supplier<String> homeCountry,
                         java.util.function.Consumer<String> keepHomeCountry) {
        this(repository, new ContactRules(user.get().region()), user.get().region(), () -> user.get().language(),
                homeCountry, keepHomeCountry);
    }

    private ImportService(ImportRepository repository, ContactRules rules, String defaultRegion,
                          java.util.function.Supplier<java.util.Locale> language,
                          java.util.function.Supplier<String> homeCountry,
                          java.util.function.Consumer<String> keepHomeCountry) {
        this.homeCountry = homeCountry;
        this.keepHomeCountry = keepHomeCountry;
        this.repository = repository;
        this.reader = new ContactFileReader(rules, language);
        ContactMerge merge = new ContactMerge(defaultRegion, language);
        this.planner = new ImportPlanner(defaultRegion, merge);
        this.builder = new ImportBatchBuilder(merge);
    }

    /**
     * Keeps {@code code}, the country the user chose for an import, as the home country when none was
     * known (neither set nor the computer's): the next import, and the envelopes, use it. Blocking.
     */
    public void rememberHomeCountry(String code) {
        String known = homeCountry.get();
        if (code != null && code.strip().length() == 2 && (known == null || known.isBlank())) {
            keepHomeCountry.accept(code.strip());
        }
    }

    /** Reads the files and plans the import against what the database holds now. */
    public ImportPlan preview(List<Path> files, ImportOptions chosen) {
        ImportOptions options = chosen.homeCountry() == null ? chosen.withHomeCountry(homeCountry.get()) : chosen;
        List<ReadResult> read = new ArrayList<>();
        for (Path file : files) {
            read.add(repository.isOpenDatabase(file)
                    ? ReadResult.unreadable(String.valueOf(file.getFileName()), ImportProblem.skipped(
                            RecordPosition.wholeFile(String.valueOf(file.getFileName())), "import.problem.notContacts"))
                    : reader.read(file, options));
        }
        // numbers are matched as they were read: in the home country chosen for this import
        // only the contacts that share something with the records are read (by index), not every contact
        return planner.planAgainst(read, repository::knownContacts, repository::contacts, options.homeCountry());
    }

    /**
     * Writes the plan with the merges whose ids are in {@code acceptedMerges}. Cancelled (by
     * {@code cancel}) or failed, the database is as it was.
     *
     * @throws app.rapport.service.StorageException when the database refuses; nothing was written
     */
    public ImportOutcome apply(ImportPlan plan, Set<Integer> acceptedMerges, ImportProgress progress,
                               BooleanSupplier cancel) {
        if (plan.isEmpty()) {
            return new ImportOutcome(0, 0, plan.counts(Set.of()).toSkip(), 0, false);
        }
        Set<Long> targets = new TreeSet<>(plan.alreadyThere().values());
        plan.merges().stream().filter(m -> m.intoExisting() && acceptedMerges.contains(m.id()))
                .forEach(m -> targets.add(m.existingId()));
        // read again now: the plan may be old, and the writer refuses contacts changed since this read
        var existing = targets.isEmpty() ? java.util.Map.<Long, app.rapport.domain.contacts.Contact>of()
                : repository.contacts(targets);
        ImportBatchBuilder.Built built = builder.build(plan, acceptedMerges, existing);
        try {
            repository.write(built.batch(), progress, cancel);
        } catch (ImportCancelledException e) {
            return ImportOutcome.CANCELLED;
        }
        FaultPoint.reached("import:committed");
        return built.outcome();
    }
}
