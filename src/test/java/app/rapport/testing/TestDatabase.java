package app.rapport.testing;

import app.rapport.domain.ContactRules;
import app.rapport.persistence.Database;
import app.rapport.persistence.JdbiContactRepository;
import app.rapport.service.ContactService;
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

    public TestDatabase(Path folder) {
        database = Database.open(folder.resolve("rapport.db"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        repository = new JdbiContactRepository(database, clock);
        service = new ContactService(repository, new ContactRules("DE"), clock);
    }

    public JdbiContactRepository repository() {
        return repository;
    }

    public ContactService service() {
        return service;
    }

    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
