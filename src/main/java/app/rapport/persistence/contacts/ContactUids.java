package app.rapport.persistence.contacts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The vCard UID of a contact that came with none: derived from the database's identity (when its
 * first migration ran, to the millisecond), the contact's id and when it was created. The same at every
 * export, also from a database opened for reading; different in another database.
 */
public final class ContactUids {
    private ContactUids() {
    }

    public static String identity(Handle h) {
        return h.createQuery("SELECT coalesce(min(installed_on), '') FROM flyway_schema_history WHERE version = '1'")
                .mapTo(String.class).findOne().orElse("");
    }

    public static String derived(String identity, long id, String createdAt) {
        return UUID.nameUUIDFromBytes(("rapport contact " + identity + " " + id + " " + createdAt)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
