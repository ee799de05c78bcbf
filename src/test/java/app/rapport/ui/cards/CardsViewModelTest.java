package app.rapport.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardCandidate;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardYear;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.service.settings.Settings;
import app.rapport.testing.ContactBuilder;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cards area's decisions without a window: deleting a list asks first, card settings are written as chosen. */
class CardsViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    CardsViewModel vm;
    List<CardCandidate> candidates;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        long clara = db.repository().insert(ContactBuilder.person("Clara", "Chen")
                .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
        db.interactions().log(Interaction.with(InteractionType.BUSINESS,
                LocalDate.of(2026, 9, 1).atTime(10, 0), Direction.MUTUAL, "", clara));
        candidates = db.cards().preview(BuilderOptions.seedDefaults()).chosen().stream()
                .map(CardPick::candidate).toList();
        assertThat(db.cards().create(new CardList(0, "Holiday 2026", "Holiday", 2026), candidates).problems()).isEmpty();
        vm = new CardsViewModel(db.cards(), db.settings(), new DirectTaskRunner(), dialogs);
        vm.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deletingAListAsksFirstAsAWarningNamingTheListAndCancelKeepsIt() {
        dialogs.confirming(false);
        vm.deleteList();
        assertThat(dialogs.asked).containsExactly("confirm cards.deleteList.question");
        DialogService.Question q = dialogs.questions.get(0);
        assertThat(q.id()).isEqualTo("deleteListConfirm");
        assertThat(q.weight()).isEqualTo(DialogService.Weight.WARNING);
        assertThat(q.header().args()).containsExactly("Holiday 2026", 1);
        assertThat(q.goAhead().key()).isEqualTo("cards.deleteList.confirm");
        assertThat(vm.lists()).hasSize(1);
        assertThat(db.cards().lists()).hasSize(1);
    }

    @Test
    void deletingAListWhenTheUserSaysSo() {
        dialogs.confirming(true);
        vm.deleteList();
        assertThat(db.cards().lists()).isEmpty();
        assertThat(vm.lists()).isEmpty();
        assertThat(vm.doneProperty().get().key()).isEqualTo("cards.done.deleted");
        assertThat(dialogs.done()).isTrue();
    }

    @Test
    void noListChosenAsksNothing() {
        vm.selectedProperty().set(null);
        vm.deleteList();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void cardSettingsShowWhatIsSetAndWriteWhatWasChosen() {
        db.settings().setReturnAddress("Anna Weber\nHauptstr. 5");
        AtomicReference<CardsViewModel.CardSettings> shown = new AtomicReference<>();
        vm.editSettings(current -> {
            shown.set(current);
            return Optional.of(new CardsViewModel.CardSettings(30, "Anna Weber\nLindenweg 2", " at "));
        });
        assertThat(shown.get().followUpDays()).isEqualTo(Settings.DEFAULT_FOLLOW_UP_DAYS);
        assertThat(shown.get().returnAddress()).isEqualTo("Anna Weber\nHauptstr. 5");
        assertThat(db.settings().cardFollowUpDays()).isEqualTo(30);
        assertThat(db.settings().returnAddress()).isEqualTo("Anna Weber\nLindenweg 2");
        assertThat(db.settings().homeCountry()).isEqualTo("AT");
        assertThat(vm.doneProperty().get().key()).isEqualTo("cards.settings.saved");
    }

    @Test
    void aHomeCountryThatIsNoTwoLetterCodeIsClearedAndAnEmptyDelayIsTheDefault() {
        db.settings().setHomeCountry("DE");
        db.settings().setCardFollowUpDays(30);
        vm.editSettings(current -> Optional.of(new CardsViewModel.CardSettings(0, "", "Germany")));
        assertThat(db.settings().cardFollowUpDays()).isEqualTo(Settings.DEFAULT_FOLLOW_UP_DAYS);
        assertThat(db.settings().returnAddress()).isEmpty();
        assertThat(db.settings().homeCountry()) // back to the region's own
                .isEqualTo(java.util.Locale.getDefault().getCountry().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void cancelledSettingsWriteNothing() {
        db.settings().setCardFollowUpDays(30);
        vm.editSettings(current -> Optional.empty());
        assertThat(db.settings().cardFollowUpDays()).isEqualTo(30);
        assertThat(vm.doneProperty().get()).isNull();
    }

    @Test
    void theHeadingIsTheListsNameWhenThatSaysOccasionAndYearElseBoth() {
        assertThat(vm.heading()).isEqualTo(DialogService.Words.of("cards.list.title", "Holiday 2026"));
        assertThat(vm.counts()).isEqualTo(DialogService.Words.of("cards.list.counts", 1, 1, 0, 0, 0));
        long family = db.cards().create(new CardList(0, "Family", "Holiday", 2026), candidates).saved().id();
        vm.refresh(family);
        assertThat(vm.heading()).isEqualTo(DialogService.Words.of("cards.list.titleOccasion", "Family", "Holiday", 2026));
        vm.selectedProperty().set(null);
        assertThat(vm.heading()).isEqualTo(DialogService.Words.of("cards.choose"));
        assertThat(vm.counts()).isNull();
    }

    @Test
    void anEnvelopesHistoryIsMarkedPerYearAndItsStatusDayIsTheDayOfThatStatus() {
        EnvelopeRow row = vm.envelopes().get(0);
        assertThat(row.statusDay()).as("planned").isNull();
        assertThat(row.addresseeShown()).isEqualTo(row.envelope().addressee());
        EnvelopeRow marked = new EnvelopeRow(row.envelope(), List.of(new CardYear(2024, true, false),
                new CardYear(2025, true, true), new CardYear(2026, false, true), new CardYear(2009, false, false)), false);
        assertThat(marked.historyMarks()).isEqualTo("'24 \u2192  '25 \u21c4  '26 \u2190  '09 \u2013");
        vm.markSent(List.of(row.id()));
        assertThat(vm.envelopes().get(0).statusDay()).isEqualTo(db.cards().today());
    }
}
