package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMatrixTest {
    @TempDir
    Path dir;

    @Test
    void aboutAThirdOfTheOrganisationsArePlacedTheSameForTheSameSeed() {
        int first;
        try (TestDatabase db = new TestDatabase(dir.resolve("a"))) {
            DemoNetwork.fill(db.repository(), 200, 60, 7, ProgressListener.NONE, () -> false);
            first = DemoMatrix.fill(db.service(), db.cooperation(), 7);
            assertThat(first).isBetween(10, 35);
            assertThat(db.cooperation().matrix()).hasSize(first);
            assertThat(db.cooperation().byQuadrant().values()).allSatisfy(list -> assertThat(list).isNotEmpty());
        }
        try (TestDatabase db = new TestDatabase(dir.resolve("b"))) {
            DemoNetwork.fill(db.repository(), 200, 60, 7, ProgressListener.NONE, () -> false);
            assertThat(DemoMatrix.fill(db.service(), db.cooperation(), 7)).isEqualTo(first);
        }
    }
}
