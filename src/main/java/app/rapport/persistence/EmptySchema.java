package app.rapport.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteDataSource;

/**
 * A new, empty Rapport database at a given schema version, possibly older than this build's: a
 * JSON backup from an older Rapport goes into the schema it was written from, and the migrations
 * bring it up to date afterwards, exactly as they would the older Rapport's own file.
 */
public final class EmptySchema {
    private EmptySchema() {
    }

    public static void create(Path file, int version) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .target(Integer.toString(version))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw SqliteErrors.translate(e);
        }
        // what Database.open recognises as Rapport's
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }
}
