package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport demo} on a file where an earlier demo stopped after its first chunk. */
class DemoCommandTest {
    @TempDir
    Path dir;

    private Path stoppedDemo() {
        Path db = dir.resolve("demo.db");
        try (Services services = Services.open(db)) {
            AtomicInteger chunks = new AtomicInteger();
            DemoNetwork.fill(services.contactRepository(), 2_500, 60, 42, Instant.parse("2026-12-01T00:00:00Z"),
                    ProgressListener.NONE, () -> chunks.getAndIncrement() == 1);
        }
        return db;
    }

    @Test
    void theSameCommandFinishesAStoppedDemoAndSaysSo() {
        Path db = stoppedDemo();

        Result r = rapport("--db", db.toString(), "demo", "--people", "2500", "--orgs", "60");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).containsExactly(
                "demo: continuing the demo network that was stopped after 2000 of 2560 contacts.",
                "demo: 2500 people and 60 organisations written to " + db.toAbsolutePath());
        try (Services services = Services.open(db)) {
            assertThat(services.contacts().counts().total()).isEqualTo(2_560);
            assertThat(services.settings().unfinishedDemo()).as("the note goes once the demo is finished").isEmpty();
        }
        assertThat(rapport("--db", db.toString(), "demo").err()).as("a finished demo is left alone")
                .contains("already holds 2560 contacts");
    }

    @Test
    void anotherNetworkIsRefusedWithTheCommandThatFinishesThisOne() {
        Path db = stoppedDemo();

        Result r = rapport("--db", db.toString(), "demo", "--people", "100");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rapport: " + db.toAbsolutePath() + " holds a demo network of 2500 people and 60 "
                + "organisations (seed 42) that was stopped before it was finished; run rapport demo again with "
                + "--people 2500 --orgs 60 --seed 42 to finish it, or choose another file.\n");
    }
}
