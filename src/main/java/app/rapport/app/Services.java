package app.rapport.app;

import app.rapport.domain.backup.BackupSettings;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.service.network.NetworkService;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.persistence.DataFolder;
import app.rapport.persistence.Database;
import app.rapport.persistence.cards.JdbiCardRepository;
import app.rapport.persistence.Leftovers;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.dashboard.JdbiDashboardRepository;
import app.rapport.persistence.matrix.JdbiCooperationRepository;
import app.rapport.persistence.duplicates.JdbiDuplicateRepository;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.persistence.interactions.JdbiInteractionRepository;
import app.rapport.persistence.keepintouch.JdbiKeepInTouchRepository;
import app.rapport.persistence.network.JdbiNetworkRepository;
import app.rapport.persistence.keepintouch.JdbiPlaybookRepository;
import app.rapport.persistence.ties.JdbiRelationshipRepository;
import app.rapport.persistence.score.JdbiScoreRepository;
import app.rapport.persistence.settings.JdbiSettingsRepository;
import app.rapport.persistence.review.JdbiReviewRepository;
import app.rapport.service.review.ReviewService;
import app.rapport.service.printing.BriefService;
import app.rapport.persistence.backup.SqliteBackupStore;
import app.rapport.service.backup.BackupScheduler;
import app.rapport.service.backup.BackupService;
import app.rapport.service.contacts.ContactRepository;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.exporting.ExportService;
import app.rapport.service.duplicates.MergeService;
import app.rapport.service.duplicates.DuplicateService;
import app.rapport.service.importing.ImportService;
import app.rapport.service.interactions.InteractionService;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.service.ledger.LedgerService;
import app.rapport.service.keepintouch.PlaybookService;
import app.rapport.service.ties.RelationshipService;
import app.rapport.service.settings.Settings;
import app.rapport.service.cards.CardService;
import app.rapport.service.dashboard.DashboardService;
import app.rapport.service.matrix.CooperationService;
import app.rapport.service.score.ScoreService;
import app.rapport.service.cards.CardWording;
import app.rapport.domain.language.NameCollation;
import app.rapport.domain.language.NameCollation;
import app.rapport.service.printing.DocumentService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

/** Everything that works on one open database, wired once; shared by the window and the command line. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final ContactRepository contacts;
    private final ContactService contactService;
    private final RelationshipService relationshipService;
    private final InteractionService interactionService;
    private final LedgerService ledgerService;
    private final KeepInTouchService keepInTouchService;
    private final PlaybookService playbookService;
    private final NetworkService networkService;
    private final Settings settings;
    private final CardService cardService;
    private final BriefService briefService;
    private final ScoreService scoreService;
    private final DashboardService dashboardService;
    private final BackupService backupService;
    private final Clock localClock;
    private BackupScheduler backupScheduler;
    private final ImportService importService;
    private final MergeService mergeService;
    private final DuplicateService duplicateService;
    private final ExportService exportService;
    private final CooperationService cooperationService;
    private final ReviewService reviewService;
    private final OutputGuard outputs;
    private final DocumentService documentService;
    /**
     * What time it is for every service, and how often the daily backup asks it whether a day has passed:
     * the system's clock, every half hour. Only tests set others (package-visible), so that a window can
     * live through days in seconds; each is read when a database is opened.
     */
    static volatile Clock appClock = Clock.systemUTC();
    static volatile java.time.Duration backupCheck = BackupScheduler.CHECK;
    /** The language envelopes are worded in; English unless the window or a command asks otherwise. */
    private volatile Locale language = Locale.ENGLISH;

    private Services(Database database, Clock clock) {
        this.database = database;
        this.contacts = new JdbiContactRepository(database, clock);
        String region = Locale.getDefault().getCountry();
        this.contactService = new ContactService(contacts, new ContactRules(region), clock);
        this.relationshipService = new RelationshipService(new JdbiRelationshipRepository(database), clock);
        JdbiInteractionRepository interactions = new JdbiInteractionRepository(database);
        this.interactionService = new InteractionService(interactions, clock);
        this.ledgerService = new LedgerService(interactions);
        this.keepInTouchService = new KeepInTouchService(new JdbiKeepInTouchRepository(database), clock);
        JdbiPlaybookRepository playbooks = new JdbiPlaybookRepository(database);
        this.playbookService = new PlaybookService(playbooks);
        JdbiSettingsRepository settingsRepository = new JdbiSettingsRepository(database);
        this.settings = new Settings(settingsRepository);
        this.scoreService = new ScoreService(new JdbiScoreRepository(database), settingsRepository, clock);
        this.cardService = new CardService(new JdbiCardRepository(database, clock), playbooks, settings, scoreService,
                () -> CardWording.forLanguage(language), clock);
        this.briefService = new BriefService(contactService, relationshipService, interactionService, ledgerService,
                keepInTouchService, clock);
        this.networkService = new NetworkService(new JdbiNetworkRepository(database));
        this.dashboardService = new DashboardService(new JdbiDashboardRepository(database), clock);
        // backup names and their days are the user's local time
        this.localClock = clock.withZone(ZoneId.systemDefault());
        this.backupService = new BackupService(new SqliteBackupStore(database), localClock, BackupSettings.DEFAULTS);
        this.importService = new ImportService(new JdbiImportRepository(database, clock), new ContactRules(region), region,
                settings::homeCountry, settings::setHomeCountry);
        this.mergeService = new MergeService(contacts, new JdbiMergeRepository(database, clock), region);
        this.duplicateService = new DuplicateService(new JdbiDuplicateRepository(database, clock), settings::homeCountry);
        this.outputs = DataFolder.outputGuardOf(database.file());
        this.exportService = new ExportService(contacts, new JdbiExportRepository(database), outputs);
        this.documentService = new DocumentService(briefService, scoreService, settings, outputs);
        this.cooperationService = new CooperationService(new JdbiCooperationRepository(database, clock));
        this.reviewService = new ReviewService(new JdbiReviewRepository(database), contactService, relationshipService,
                settings);
    }

    /**
     * Opens the file with names sorting as they last did (the command line's way: it never re-keys a
     * database the window keeps in German).
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services open(Path file) {
        return cleaned(new Services(Database.open(file), appClock));
    }

    /** Once the database is ours (locked), the temporary files a killed run left beside it go. */
    private static Services cleaned(Services services) {
        Leftovers.clean(services.file());
        return services;
    }

    /**
     * Opens an existing file for a command that only reads: nothing is written to it (see
     * {@link Database#openForReading}), so it works on read-only media too.
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services openForReading(Path file) {
        return cleaned(new Services(Database.openForReading(file), appClock));
    }

    /**
     * Opens the file with names sorting in {@code language}'s order (re-keyed on opening when the file
     * last sorted for another language).
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services open(Path file, Locale language) {
        Services services = new Services(Database.open(file, NameCollation.of(language)), appClock);
        services.language = language;
        return cleaned(services);
    }

    /**
     * Works in {@code language} from now on: names sort in its order (every contact re-keyed when they
     * sorted otherwise: about two seconds for 100,000 contacts, so off the FX thread) and new envelopes are
     * worded in it.
     *
     * @return how many contacts were re-keyed
     */
    public int useLanguage(Locale language) {
        int rekeyed = database.sortNamesBy(NameCollation.of(language));
        this.language = language;
        return rekeyed;
    }

    /** New envelopes are worded in {@code language} ("Liebe Anna"); the order names sort in stays. */
    public void wordCardsIn(Locale language) {
        this.language = language;
    }

    public Path file() {
        return database.file();
    }

    /** The open database; its connection is the only way into the file while it is open. */
    public Database database() {
        return database;
    }

    /** What files the user chooses to write may not be; every export, picture, PDF and copy asks it. */
    public OutputGuard outputs() {
        return outputs;
    }

    public Settings settings() {
        return settings;
    }

    public DashboardService dashboard() {
        return dashboardService;
    }

    public ScoreService scores() {
        return scoreService;
    }

    public BriefService briefs() {
        return briefService;
    }

    /** Briefs, labels, envelopes and card lists as files, each written only where {@link #outputs()} allows. */
    public DocumentService documents() {
        return documentService;
    }

    public CardService cards() {
        return cardService;
    }

    public ContactRepository contactRepository() {
        return contacts;
    }

    public ContactService contacts() {
        return contactService;
    }

    public RelationshipService relationships() {
        return relationshipService;
    }

    public InteractionService interactions() {
        return interactionService;
    }

    public LedgerService ledger() {
        return ledgerService;
    }

    public KeepInTouchService keepInTouch() {
        return keepInTouchService;
    }

    public PlaybookService playbooks() {
        return playbookService;
    }

    public NetworkService network() {
        return networkService;
    }

    public BackupService backups() {
        return backupService;
    }

    /**
     * Backs up at once and then daily on a thread of its own until {@link #close()}; {@code afterStart}
     * runs on that thread once the start-up backup is taken. A failure, or a backup that shows the
     * database damaged, is logged and handed to {@code onFailure} (on that thread).
     */
    /** What time it is for this database's work and for the window on it, in the computer's time zone. */
    public Clock clock() {
        return localClock;
    }

    public synchronized void startBackupSchedule(Consumer<Throwable> onFailure, Runnable afterStart) {
        if (backupScheduler == null) {
            backupScheduler = new BackupScheduler(backupService, localClock, onFailure, backupCheck);
            backupScheduler.start(afterStart);
        }
    }

    public ImportService imports() {
        return importService;
    }

    public MergeService merges() {
        return mergeService;
    }

    /** Find duplicates: pairs that may be one contact, and those the user said are not. */
    public DuplicateService duplicates() {
        return duplicateService;
    }

    public ExportService exports() {
        return exportService;
    }

    /** The cooperation matrix. */
    public CooperationService cooperation() {
        return cooperationService;
    }

    public ReviewService reviews() {
        return reviewService;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (backupScheduler != null) {
                backupScheduler.close(); // a backup under way finishes before the database closes
            }
        }
        database.close();
    }
}
