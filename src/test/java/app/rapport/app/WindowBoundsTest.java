package app.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    @Test
    void aWindowKeptOnALargerMonitorFitsTheSmallerScreen() {
        WindowPreference.Bounds kept = new WindowPreference.Bounds(300, 200, 1920, 1080);
        assertThat(kept.within(0, 0, 1280, 770)).isEqualTo(new WindowPreference.Bounds(0, 0, 1280, 770));
    }

    @Test
    void aWindowHangingOverTheEdgeIsMovedInWithoutChangingItsSize() {
        WindowPreference.Bounds kept = new WindowPreference.Bounds(1000, 600, 800, 500);
        assertThat(kept.within(0, 0, 1280, 800)).isEqualTo(new WindowPreference.Bounds(480, 300, 800, 500));
    }

    @Test
    void aWindowOnASecondScreenStaysOnIt() {
        WindowPreference.Bounds kept = new WindowPreference.Bounds(2000, 100, 900, 600);
        assertThat(kept.within(1920, 0, 1280, 1024)).isEqualTo(kept);
    }

    /** First start: 1280 × 800 in the middle, or the whole usable area where that is smaller (a laptop). */
    @Test
    void theFirstWindowFitsTheScreenItOpensOn() {
        assertThat(WindowPreference.Bounds.first(1280, 800, 0, 0, 1920, 1050))
                .isEqualTo(new WindowPreference.Bounds(320, 125, 1280, 800));
        assertThat(WindowPreference.Bounds.first(1280, 800, 0, 0, 1366, 738))
                .isEqualTo(new WindowPreference.Bounds(43, 0, 1280, 738));
        assertThat(WindowPreference.Bounds.first(1280, 800, 0, 27, 1280, 693))
                .isEqualTo(new WindowPreference.Bounds(0, 27, 1280, 693));
    }
}
