package app.rapport.persistence.settings;

import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.service.settings.SettingsRepository;
import java.util.Optional;

/** Settings in the {@code setting} table (V4). */
public final class JdbiSettingsRepository implements SettingsRepository {
    private final Transactions tx;

    public JdbiSettingsRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public Optional<String> get(String key) {
        return tx.read(h -> h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, key)
                .mapTo(String.class).findOne());
    }

    @Override
    public void put(String key, String value) {
        tx.write(h -> value == null ? h.execute("DELETE FROM setting WHERE key = ?", key)
                : h.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value));
    }
}
