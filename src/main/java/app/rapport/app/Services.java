package app.rapport.app;

import app.rapport.domain.ContactRules;
import app.rapport.graph.NetworkService;
import app.rapport.persistence.Database;
import app.rapport.persistence.JdbiContactRepository;
import app.rapport.persistence.JdbiExportRepository;
import app.rapport.persistence.JdbiImportRepository;
import app.rapport.persistence.JdbiMergeRepository;
import app.rapport.persistence.JdbiInteractionRepository;
import app.rapport.persistence.JdbiKeepInTouchRepository;
import app.rapport.persistence.JdbiNetworkRepository;
import app.rapport.persistence.JdbiPlaybookRepository;
import app.rapport.persistence.JdbiRelationshipRepository;
import app.rapport.service.ContactRepository;
import app.rapport.service.ContactService;
import app.rapport.service.ExportService;
import app.rapport.service.MergeService;
import app.rapport.service.importing.ImportService;
import app.rapport.service.InteractionService;
import app.rapport.service.KeepInTouchService;
import app.rapport.service.LedgerService;
import app.rapport.service.PlaybookService;
import app.rapport.service.RelationshipService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

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
    private final ImportService importService;
    private final MergeService mergeService;
    private final ExportService exportService;

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
        this.playbookService = new PlaybookService(new JdbiPlaybookRepository(database));
        this.networkService = new NetworkService(new JdbiNetworkRepository(database));
        this.importService = new ImportService(new JdbiImportRepository(database, clock), new ContactRules(region), region);
        this.mergeService = new MergeService(contacts, new JdbiMergeRepository(database, clock), region);
        this.exportService = new ExportService(contacts, new JdbiExportRepository(database));
    }

    /** @throws app.rapport.service.StorageException when the file cannot be opened as a Rapport database */
    public static Services open(Path file) {
        return new Services(Database.open(file), Clock.systemUTC());
    }

    public Path file() {
        return database.file();
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

    public ImportService imports() {
        return importService;
    }

    public MergeService merges() {
        return mergeService;
    }

    public ExportService exports() {
        return exportService;
    }

    @Override
    public void close() {
        database.close();
    }
}
