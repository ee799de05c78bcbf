package app.rapport.service.settings;

import java.util.Optional;

/** The user's settings as text by key, kept in the database so they travel with it. */
public interface SettingsRepository {
    Optional<String> get(String key);

    /** Sets the value; null removes it (back to the default). */
    void put(String key, String value);
}
