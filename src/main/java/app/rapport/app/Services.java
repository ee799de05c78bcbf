package app.rapport.app;

import app.rapport.domain.backup.BackupSettings;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.language.NameCollation;
import app.rapport.domain.language.UserContext;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.io.sync.CardCodec;
import app.rapport.persistence.DataFolder;
import app.rapport.persistence.Database;
import app.rapport.persistence.Leftovers;
import app.rapport.persistence.backup.SqliteBackupStore;
import app.rapport.persistence.calendar.JdbiCalendarRepository;
import app.rapport.persistence.cards.JdbiCardRepository;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.dashboard.JdbiDashboardRepository;
import app.rapport.persistence.duplicates.JdbiDuplicateRepository;
import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.persistence.sync.JdbiSyncRepository;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.persistence.interactions.JdbiInteractionRepository;
import app.rapport.persistence.keepintouch.JdbiKeepInTouchRepository;
import app.rapport.persistence.keepintouch.JdbiPlaybookRepository;
import app.rapport.persistence.today.JdbiTodayRepository;
import app.rapport.persistence.matrix.JdbiCooperationRepository;
import app.rapport.persistence.network.JdbiNetworkRepository;
import app.rapport.persistence.review.JdbiReviewRepository;
import app.rapport.persistence.score.JdbiScoreRepository;
import app.rapport.persistence.settings.JdbiSettingsRepository;
import app.rapport.persistence.ties.JdbiRelationshipRepository;
import app.rapport.service.backup.BackupScheduler;
import app.rapport.service.backup.BackupService;
import app.rapport.service.calendar.CalendarService;
import app.rapport.service.cards.CardService;
import app.rapport.service.cards.CardWording;
import app.rapport.service.contacts.ContactRepository;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.dashboard.DashboardService;
import app.rapport.service.duplicates.DuplicateService;
import app.rapport.service.duplicates.MergeService;
import app.rapport.service.exporting.ExportService;
import app.rapport.service.sync.SyncService;
import app.rapport.service.importing.ImportService;
import app.rapport.service.interactions.InteractionService;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.service.keepintouch.PlaybookService;
import app.rapport.service.today.TodayService;
import app.rapport.service.ledger.LedgerService;
import app.rapport.service.matrix.CooperationService;
import app.rapport.service.network.NetworkService;
import app.rapport.service.printing.BriefService;
import app.rapport.service.printing.DocumentService;
import app.rapport.service.review.ReviewService;
import app.rapport.service.score.ScoreService;
import app.rapport.service.settings.Settings;
import app.rapport.service.ties.RelationshipService;
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
    private final CalendarService calendarService;
    private final TodayService todayService;
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
    /**
     * Who the work is for where no user is named (tools and tests): English, in the United States, whose
     * numbers {@link app.rapport.domain.contacts.PhoneKey} reads national numbers in when no country is known.
     */
    static final UserContext NO_USER = UserContext.of(Locale.US);
    /** The language envelopes are worded in; English unless the window or a command asks otherwise. */
    private volatile Locale language = Locale.ENGLISH;
    /**
     * The user's language, country and name order (see {@link UserContext}). Its country is read when the
     * database opens (numbers are keyed in it); its language may change while the database stays open.
     */
    private volatile UserContext user;
    private final SyncService syncService;

    private Services(Database database, Clock clock, UserContext user) {
        this.database = database;
        this.user = user;
        this.contacts = new JdbiContactRepository(database, clock);
        String region = user.region();
        this.contactService = new ContactService(contacts, new ContactRules(region), clock);
        this.relationshipService = new RelationshipService(new JdbiRelationshipRepository(database), clock);
        JdbiInteractionRepository interactions = new JdbiInteractionRepository(database);
        this.interactionService = new InteractionService(interactions, clock);
        this.ledgerService = new LedgerService(interactions);
        this.keepInTouchService = new KeepInTouchService(new JdbiKeepInTouchRepository(database), clock);
        JdbiPlaybookRepository playbooks = new JdbiPlaybookRepository(database);
        this.playbookService = new PlaybookService(playbooks);
        JdbiSettingsRepository settingsRepository = new JdbiSettingsRepository(database);
        this.settings = new Settings(settingsRepository, region);
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
        this.importService = new ImportService(new JdbiImportRepository(database, clock), this::user, settings::homeCountry,
                settings::setHomeCountry);
        this.mergeService = new MergeService(contacts, new JdbiMergeRepository(database, clock), this::user);
        this.duplicateService = new DuplicateService(new JdbiDuplicateRepository(database, clock), settings::homeCountry);
        this.outputs = DataFolder.outputGuardOf(database.file());
        this.syncService = new SyncService(new JdbiSyncRepository(database),
                new CardCodec(new ContactRules(region)), region, clock);
        this.exportService = new ExportService(contacts, new JdbiExportRepository(database), outputs);
        this.documentService = new DocumentService(briefService, scoreService, settings, outputs);
        this.todayService = new TodayService(keepInTouchService, interactionService, new JdbiTodayRepository(database));
        this.calendarService = new CalendarService(new JdbiCalendarRepository(database), todayService,
                documentService, localClock);
        this.cooperationService = new CooperationService(new JdbiCooperationRepository(database, clock));
        this.reviewService = new ReviewService(new JdbiReviewRepository(database), contactService, relationshipService,
                settings);
    }

    /**
     * Opens the file with names sorting as they last did, for no user in particular ({@link #NO_USER}):
     * tools and tests.
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services open(Path file) {
        return openKeepingOrder(file, NO_USER);
    }

    /**
     * Opens the file for {@code user} with names sorting as they last did (the command line's way: it
     * never re-keys a database the window keeps in German).
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services openKeepingOrder(Path file, UserContext user) {
        return cleaned(new Services(Database.open(file, null, user.region()), appClock, user));
    }

    /** Once the database is ours (locked), the temporary files a killed run left beside it go. */
    private static Services cleaned(Services services) {
        Leftovers.clean(services.file());
        return services;
    }

    /**
     * Opens an existing file for a command that only reads, for no user in particular ({@link #NO_USER}).
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services openForReading(Path file) {
        return openForReading(file, NO_USER);
    }

    /**
     * Opens an existing file for a command of {@code user}'s that only reads: nothing is written to it
     * (see {@link Database#openForReading}), so it works on read-only media too.
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services openForReading(Path file, UserContext user) {
        return cleaned(new Services(Database.openForReading(file, user.region()), appClock, user));
    }

    /**
     * Opens the file for {@code user}, names sorting in the user's order (re-keyed on opening when the
     * file last sorted for another language), envelopes worded in the user's language: the window's way.
     *
     * @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database
     */
    public static Services open(Path file, UserContext user) {
        Services services = new Services(Database.open(file, user.collation(), user.region()), appClock, user);
        services.language = user.language();
        return cleaned(services);
    }

    /** {@link #open(Path, UserContext)} for a user speaking {@code language} and living in its country, if it names one. */
    public static Services open(Path file, Locale language) {
        return open(file, UserContext.of(language));
    }

    /**
     * Works for {@code next} from now on: names sort in its order (every contact re-keyed when they
     * sorted otherwise: about two seconds for 100,000 contacts, so off the FX thread), new envelopes and
     * merged notes are worded in its language. Its country is this database's from its opening on.
     *
     * @return how many contacts were re-keyed
     */
    public int use(UserContext next) {
        int rekeyed = database.sortNamesBy(next.collation());
        this.user = next;
        this.language = next.language();
        return rekeyed;
    }

    /** {@link #use} the same user speaking {@code language}. */
    public int useLanguage(Locale language) {
        return use(user.withLanguage(language));
    }

    /** The user the work is for now. */
    public UserContext user() {
        return user;
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

    /** The Today area's plan: the lanes, the daily pick, birthdays ahead; its actions with their undo. */
    public TodayService today() {
        return todayService;
    }

    /** The calendar file of birthdays, follow-ups and today's people to reach. */
    public CalendarService calendar() {
        return calendarService;
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

    /** Two-way sync with the user's CardDAV server. */
    public SyncService sync() {
        return syncService;
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
