package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.cli.Cli.Result;
import app.rapport.testing.TestDatabase;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What reaches rapport.log names commands, files and statements, never a contact's name or details. */
class LogPrivacyTest {
    private static final String NAME = "Anna Geheimnis";

    @TempDir
    Path dir;

    @Test
    void aFailedCommandIsLoggedWithoutItsArguments() throws Exception {
        Path notRapport = Files.writeString(dir.resolve("notes.db"), "SQLite format 3\0 but not really a database");
        Logger logger = (Logger) LoggerFactory.getLogger(RapportCommand.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            Result r = rapport("--db", notRapport.toString(), "search", NAME);
            assertThat(r.code()).isEqualTo(1);
        } finally {
            logger.detachAppender(seen);
        }
        assertThat(seen.list).isNotEmpty();
        for (ILoggingEvent e : seen.list) {
            String logged = e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(logged).contains("rapport search").doesNotContain(NAME).doesNotContain("Geheimnis");
        }
    }

    @Test
    void aFailedStatementSaysWhichNotWithWhatValues() {
        try (TestDatabase db = new TestDatabase(dir)) {
            assertThatThrownBy(() -> db.database().jdbi().useHandle(h -> h.createUpdate(
                    "INSERT INTO no_such_table (name) VALUES (:name)").bind("name", NAME).execute()))
                    .satisfies(e -> assertThat(ThrowableProxyUtil.asString(new ThrowableProxy(e)))
                            .contains("INSERT INTO no_such_table").doesNotContain("Geheimnis"));
        }
    }
}
