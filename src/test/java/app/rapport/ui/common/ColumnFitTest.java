package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnFitTest {

    @Test
    void widthsThatFitAreKeptAsTheyAre() {
        assertThat(ColumnFit.fit(new double[] {200, 100}, new double[] {50, 50}, 400)).containsExactly(200, 100);
    }

    @Test
    void widthsFromAWiderWindowShrinkInProportion() {
        double[] fitted = ColumnFit.fit(new double[] {400, 200, 100}, new double[] {100, 50, 60}, 450);
        assertThat(fitted[0]).isCloseTo(400 * 450.0 / 700, within(0.001));
        assertThat(fitted[1]).isCloseTo(200 * 450.0 / 700, within(0.001));
        assertThat(fitted[2]).isCloseTo(100 * 450.0 / 700, within(0.001));
    }

    @Test
    void aColumnThatWouldGoBelowItsMinimumStaysThereAndTheOthersShareTheRest() {
        double[] fitted = ColumnFit.fit(new double[] {400, 200, 100}, new double[] {100, 50, 90}, 390);
        assertThat(fitted[2]).isEqualTo(90);
        assertThat(Arrays.stream(fitted).sum()).isCloseTo(390, within(0.001));
        assertThat(fitted[0] / fitted[1]).isCloseTo(2.0, within(0.001)); // the user's proportions survive
    }

    @Test
    void noColumnGoesBelowItsMinimumEvenWhenTheRoomIsTooSmall() {
        assertThat(ColumnFit.fit(new double[] {400, 30}, new double[] {100, 50}, 80)).containsExactly(100, 50);
    }
}
