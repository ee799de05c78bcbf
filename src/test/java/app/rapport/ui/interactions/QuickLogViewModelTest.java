package app.rapport.ui.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.InteractionType;
import app.rapport.testing.DirectTaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Typing a letter in the quick-log's type list: the next type whose name, as the user reads it, starts with it. */
class QuickLogViewModelTest {
    final QuickLogViewModel vm = new QuickLogViewModel(null, new DirectTaskRunner(), List.of(1L), LocalDate.of(2026, 11, 22));
    /** Names in another language, so the letter is matched against what the user reads, not the constant. */
    final Function<InteractionType, String> names = t -> "Ä" + t.name().toLowerCase(Locale.ROOT).substring(1);

    @Test
    void aLetterPicksTheNextTypeStartingWithItAndGoesRound() {
        vm.typeProperty().set(InteractionType.values()[0]);
        vm.pickTypeStartingWith("x", names, Locale.GERMAN);
        assertThat(vm.typeProperty().get()).as("no name starts with x: nothing changes").isEqualTo(InteractionType.values()[0]);
        vm.pickTypeStartingWith("ä", names, Locale.GERMAN);
        assertThat(vm.typeProperty().get()).as("every name starts with Ä here: the next one")
                .isEqualTo(InteractionType.values()[1]);
        vm.typeProperty().set(InteractionType.values()[InteractionType.values().length - 1]);
        vm.pickTypeStartingWith("Ä", names, Locale.GERMAN);
        assertThat(vm.typeProperty().get()).as("round again from the first").isEqualTo(InteractionType.values()[0]);
    }

    @Test
    void aLetterMatchesTheNameAsReadNotTheConstant() {
        vm.typeProperty().set(InteractionType.CALL);
        vm.pickTypeStartingWith("m", t -> t == InteractionType.CALL ? "Anruf" : t == InteractionType.MEETING ? "Treffen"
                : "Zz", Locale.GERMAN);
        assertThat(vm.typeProperty().get()).isEqualTo(InteractionType.CALL);
        vm.pickTypeStartingWith("t", t -> t == InteractionType.CALL ? "Anruf" : t == InteractionType.MEETING ? "Treffen"
                : "Zz", Locale.GERMAN);
        assertThat(vm.typeProperty().get()).isEqualTo(InteractionType.MEETING);
        vm.pickTypeStartingWith(" ", t -> "", Locale.GERMAN);
        assertThat(vm.typeProperty().get()).isEqualTo(InteractionType.MEETING);
    }
}
