package app.rapport.app;

import app.rapport.domain.ContactRules;
import app.rapport.persistence.Database;
import app.rapport.persistence.JdbiContactRepository;
import app.rapport.service.ContactRepository;
import app.rapport.service.ContactService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Everything that works on one open database, wired once; shared by the window and the command line. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final ContactRepository contacts;
    private final ContactService contactService;

    private Services(Database database, Clock clock) {
        this.database = database;
        this.contacts = new JdbiContactRepository(database, clock);
        String region = Locale.getDefault().getCountry();
        this.contactService = new ContactService(contacts, new ContactRules(region), clock);
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

    @Override
    public void close() {
        database.close();
    }
}
