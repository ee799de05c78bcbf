package app.rapport.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BackupNamesTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 22, 10, 15, 0, 123_000_000);

    @Test
    void namesSayTheDatabaseAndTheLocalTime() {
        assertThat(BackupNames.of("rapport", AT, false, 1)).isEqualTo("rapport-2026-11-22T101500.db");
        assertThat(BackupNames.of("rapport", AT, true, 1)).isEqualTo("rapport-2026-11-22T101500-before-restore.db");
        assertThat(BackupNames.of("demo", AT, false, 3)).isEqualTo("demo-2026-11-22T101500-3.db");
        assertThat(BackupNames.stemOf("rapport.db")).isEqualTo("rapport");
        assertThat(BackupNames.stemOf("my.clients.db")).isEqualTo("my.clients");
    }

    @Test
    void parsingReadsBackThoseNamesOnly() {
        for (boolean before : new boolean[] {false, true}) {
            for (int attempt : new int[] {1, 2, 12}) {
                assertThat(BackupNames.parse("rapport", BackupNames.of("rapport", AT, before, attempt)))
                        .hasValue(new BackupNames.Parsed(AT.withNano(0), before ? Backup.Kind.BEFORE_RESTORE : Backup.Kind.REGULAR, false));
            }
        }
        assertThat(BackupNames.parse("rapport", "demo-2026-11-22T101500.db")).isEmpty();
        assertThat(BackupNames.parse("rapport", "rapport-old-2026-11-22T101500.db")).isEmpty();
        assertThat(BackupNames.parse("rapport", "rapport-2026-13-45T101500.db")).isEmpty();
        assertThat(BackupNames.parse("rapport", "rapport-2026-11-22T101500.db.tmp")).isEmpty();
        assertThat(BackupNames.parse("rapport", ".rapport-2026-11-22T101500.db-123.db")).isEmpty();
        assertThat(BackupNames.parseAny("clients-2026-11-22T101500.db")).hasValue(new BackupNames.Parsed(AT.withNano(0), Backup.Kind.REGULAR, false));
        assertThat(BackupNames.parseAny("copy.db")).isEmpty();
    }
}
