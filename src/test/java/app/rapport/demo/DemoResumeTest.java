package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.DatabaseContents;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo fill stopped after a chunk is finished by {@link DemoNetwork#resume} to the very same network. */
class DemoResumeTest {
    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFillStoppedAfterItsFirstChunkIsFinishedToTheSameNetwork() {
        Map<String, List<List<Object>>> whole;
        try (TestDatabase db = new TestDatabase(dir.resolve("whole"))) {
            DemoNetwork.fill(db.repository(), 4_500, 40, 7, DAY, ProgressListener.NONE, () -> false);
            assertThat(db.settings().unfinishedDemo()).as("the note until the caller finishes").isPresent();
            db.settings().clearUnfinishedDemo();
            whole = DatabaseContents.of(db.database().file());
        }
        try (TestDatabase db = new TestDatabase(dir.resolve("stopped"))) {
            AtomicInteger chunks = new AtomicInteger();
            long written = DemoNetwork.fill(db.repository(), 4_500, 40, 7, DAY, ProgressListener.NONE,
                    () -> chunks.getAndIncrement() == 1);
            assertThat(written).isEqualTo(DemoNetwork.CHUNK);

            DemoNetwork.Unfinished unfinished = db.settings().unfinishedDemo().flatMap(DemoNetwork.Unfinished::parse)
                    .orElseThrow();
            assertThat(unfinished).isEqualTo(new DemoNetwork.Unfinished(4_500, 40, 7, DAY, 1, DemoNetwork.CHUNK, 4_540));
            assertThat(DemoNetwork.resume(db.repository(), unfinished, ProgressListener.NONE, () -> false)).isEqualTo(4_540);
            db.settings().clearUnfinishedDemo();

            assertThat(DatabaseContents.of(db.database().file())).isEqualTo(whole);
        }
    }

    @Test
    void theNoteIsReadBackAsWrittenAndAStrangeOneIsIgnored() {
        DemoNetwork.Unfinished u = new DemoNetwork.Unfinished(10, 2, 42, DAY, 5, 12, 12);
        assertThat(DemoNetwork.Unfinished.parse("1 10 2 42 2026-11-20T00:00:00Z 5 12 12")).contains(u);
        assertThat(DemoNetwork.Unfinished.parse("2 10 2 42 2026-11-20T00:00:00Z 5 12 12")).isEmpty();
        assertThat(DemoNetwork.Unfinished.parse("1 ten 2 42 2026-11-20T00:00:00Z 5 12 12")).isEmpty();
        assertThat(DemoNetwork.Unfinished.parse("")).isEmpty();
    }
}
