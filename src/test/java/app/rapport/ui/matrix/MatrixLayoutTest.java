package app.rapport.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contacts with the same two values are all visible on the chart and stay in their quadrant. */
class MatrixLayoutTest {

    private static MatrixEntry entry(long id, int ours, int theirs) {
        return new MatrixEntry(id, ContactKind.ORGANISATION, "Org " + id, ours, theirs, false);
    }

    @Test
    void aContactAloneOnItsValuesSitsExactlyOnThem() {
        assertThat(MatrixLayout.place(List.of(entry(1, 7, 2))))
                .containsExactly(new MatrixLayout.Plotted(entry(1, 7, 2), 7, 2));
    }

    @Test
    void contactsSharingValuesAreSpreadButStayInTheirQuadrant() {
        List<MatrixEntry> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            crowd.add(entry(i, i % 2 == 0 ? 5 : 4, 4)); // right on both sides of the dividing line
        }
        List<MatrixLayout.Plotted> placed = MatrixLayout.place(crowd);
        assertThat(placed).hasSize(60);
        Set<List<Double>> positions = new HashSet<>();
        double divide = CooperationRules.HIGH_FROM - 0.5;
        for (MatrixLayout.Plotted p : placed) {
            positions.add(List.of(p.x(), p.y()));
            assertThat(Math.hypot(p.x() - p.entry().ours(), p.y() - p.entry().theirs()))
                    .isLessThanOrEqualTo(MatrixLayout.MAX_OFFSET);
            boolean oursHigh = p.x() > divide;
            boolean theirsHigh = p.y() > divide;
            Quadrant q = p.entry().quadrant();
            assertThat(oursHigh).isEqualTo(q.oursHigh());
            assertThat(theirsHigh).isEqualTo(q.theirsHigh());
        }
        assertThat(positions).hasSize(60);
    }
}
