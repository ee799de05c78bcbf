package app.rapport.testing;

import app.rapport.domain.cards.EnvelopeWording;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.persistence.DataFolder;
import app.rapport.persistence.Database;
import app.rapport.persistence.cards.JdbiCardRepository;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.dashboard.JdbiDashboardRepository;
import app.rapport.persistence.interactions.JdbiInteractionRepository;
import app.rapport.persistence.keepintouch.JdbiKeepInTouchRepository;
import app.rapport.persistence.keepintouch.JdbiPlaybookRepository;
import app.rapport.persistence.matrix.JdbiCooperationRepository;
import app.rapport.persistence.review.JdbiReviewRepository;
import app.rapport.persistence.score.JdbiScoreRepository;
import app.rapport.persistence.settings.JdbiSettingsRepository;
import app.rapport.persistence.ties.JdbiRelationshipRepository;
import app.rapport.service.cards.CardService;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.dashboard.DashboardService;
import app.rapport.service.interactions.InteractionService;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.service.keepintouch.PlaybookService;
import app.rapport.service.ledger.LedgerService;
import app.rapport.service.matrix.CooperationService;
import app.rapport.service.printing.BriefService;
import app.rapport.service.review.ReviewService;
import app.rapport.service.score.ScoreService;
import app.rapport.service.settings.Settings;
import app.rapport.service.ties.RelationshipService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real SQLite file in a test's temporary folder, with the services over it. */
public final class TestDatabase implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final Database database;
    private final JdbiContactRepository repository;
    private final ContactService service;
    private final RelationshipService relationships;
    private final InteractionService interactions;
    private final LedgerService ledger;
    private final KeepInTouchService keepInTouch;
    private final PlaybookService playbooks;
    private final Settings settings;
    private final CardService cards;
    private final BriefService briefs;
    private final ScoreService scores;
    private final DashboardService dashboard;
    private final CooperationService cooperation;
    private final ReviewService reviews;

    public TestDatabase(Path folder) {
        database = Database.open(folder.resolve("rapport.db"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        repository = new JdbiContactRepository(database, clock);
        service = new ContactService(repository, new ContactRules("DE"), clock);
        relationships = new RelationshipService(new JdbiRelationshipRepository(database), clock);
        JdbiInteractionRepository interactionRepository = new JdbiInteractionRepository(database);
        interactions = new InteractionService(interactionRepository, clock);
        ledger = new LedgerService(interactionRepository);
        keepInTouch = new KeepInTouchService(new JdbiKeepInTouchRepository(database), clock);
        JdbiPlaybookRepository playbookRepository = new JdbiPlaybookRepository(database);
        playbooks = new PlaybookService(playbookRepository);
        JdbiSettingsRepository settingsRepository = new JdbiSettingsRepository(database);
        settings = new Settings(settingsRepository, "US"); // a user in the United States, as the tests' JVM (en-US)
        scores = new ScoreService(new JdbiScoreRepository(database), settingsRepository, clock);
        cards = new CardService(new JdbiCardRepository(database, clock), playbookRepository, settings, scores,
                EnvelopeWording::english, clock);
        dashboard = new DashboardService(new JdbiDashboardRepository(database), clock);
        briefs = new BriefService(service, relationships, interactions, ledger, keepInTouch, clock);
        cooperation = new CooperationService(new JdbiCooperationRepository(database, clock));
        reviews = new ReviewService(new JdbiReviewRepository(database), service, relationships, settings);
    }

    /** The guard every export of this database writes through. */
    public OutputGuard outputs() {
        return DataFolder.outputGuardOf(database.file());
    }

    public ReviewService reviews() {
        return reviews;
    }

    public RelationshipService relationships() {
        return relationships;
    }

    public InteractionService interactions() {
        return interactions;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public KeepInTouchService keepInTouch() {
        return keepInTouch;
    }

    /** The Today area's service over this file, as the app builds it. */
    public app.rapport.service.today.TodayService today() {
        return new app.rapport.service.today.TodayService(keepInTouch, interactions,
                new app.rapport.persistence.today.JdbiTodayRepository(database()));
    }

    public Settings settings() {
        return settings;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public ScoreService scores() {
        return scores;
    }

    public BriefService briefs() {
        return briefs;
    }

    public CardService cards() {
        return cards;
    }

    public PlaybookService playbooks() {
        return playbooks;
    }

    public CooperationService cooperation() {
        return cooperation;
    }

    /** Runs one statement with plain SQL, bypassing the rules, to check what the schema refuses. */
    public void execute(String sql) {
        database.jdbi().useHandle(h -> h.execute(sql));
    }

    /** Reads one value with plain SQL, for checking what was (not) written. */
    public long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    public JdbiContactRepository repository() {
        return repository;
    }

    public ContactService service() {
        return service;
    }

    public Database database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
