package app.rapport.ui.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.ui.common.DialogService.Words;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What each row of Keep in touch says and offers, without a window. */
class KeepInTouchViewModelTest {
    private final KeepInTouchViewModel vm = new KeepInTouchViewModel(null, new DirectTaskRunner(), Clock.systemUTC());

    private static DueItem due(DueReason reason, long overdue, long followUp, String note) {
        return new DueItem(7, "Anna Schmidt", reason, LocalDate.of(2026, 5, 1), overdue, 1, followUp, note, false,
                reason == DueReason.CADENCE ? 30 : 0);
    }

    @Test
    void theReasonSaysHowLongOverdueOrWhatIsDue() {
        assertThat(vm.reason(due(DueReason.CADENCE, 12, 0, null))).isEqualTo(Words.of("kit.reason.overdue", 12L));
        assertThat(vm.reason(due(DueReason.CADENCE, -2, 0, null))).isEqualTo(Words.of("kit.reason.dueSoon"));
        assertThat(vm.reason(due(DueReason.BIRTHDAY, 0, 0, null))).isEqualTo(Words.of("kit.reason.birthday"));
        assertThat(vm.reason(due(DueReason.ANNIVERSARY, 0, 0, "Acme GmbH")))
                .isEqualTo(Words.of("kit.reason.anniversary", "Acme GmbH"));
        assertThat(vm.reason(due(DueReason.FOLLOW_UP, 0, 3, " "))).isEqualTo(Words.of("kit.reason.followUp"));
        assertThat(vm.reason(due(DueReason.FOLLOW_UP, 0, 3, "send the offer")))
                .isEqualTo(Words.of("kit.reason.followUpNote", "send the offer"));
    }

    @Test
    void aFollowUpIsDoneAnyoneElseIsSnoozed() {
        assertThat(KeepInTouchViewModel.snoozeKey(due(DueReason.FOLLOW_UP, 0, 3, "call"))).isEqualTo("kit.done");
        assertThat(KeepInTouchViewModel.snoozeKey(due(DueReason.CADENCE, 4, 0, null))).isEqualTo("kit.snooze");
    }
}
