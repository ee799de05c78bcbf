package app.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.main.LanguageViewModel.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageViewModelTest {
    private final List<Locale> supported = List.of(Locale.ENGLISH, Locale.GERMAN, new Locale("th"));
    private final List<String> switched = new ArrayList<>();

    private LanguageViewModel vm(ScriptedDialogs dialogs) {
        return new LanguageViewModel(dialogs, supported, l -> l.getDisplayLanguage(l));
    }

    @Test
    void offersTheComputersLanguageFirstThenEachNamedInItselfWithTheChosenOneSelected() {
        ScriptedDialogs dialogs = new ScriptedDialogs().cancellingChoice();
        vm(dialogs).choose(Locale.GERMAN, () -> true, l -> switched.add(String.valueOf(l)));

        var question = dialogs.oneOfs.get(0);
        assertThat(question.id()).isEqualTo("languageChoice");
        assertThat(question.answers()).extracting(a -> ((Choice) a).language())
                .containsExactly(null, Locale.ENGLISH, Locale.GERMAN, new Locale("th"));
        List<Words> names = names(question);
        assertThat(names).containsExactly(Words.of("language.system"), Words.of("language.named", "English"),
                Words.of("language.named", "Deutsch"), Words.of("language.named", "ไทย"));
        assertThat(question.current()).isEqualTo(new Choice(Locale.GERMAN));
        assertThat(switched).as("cancelled: nothing switches").isEmpty();
    }

    private static <T> List<Words> names(app.rapport.ui.common.DialogService.OneOf<T> q) {
        return q.answers().stream().map(q.name()).toList();
    }

    @Test
    void withoutAChoiceTheComputersLanguageIsSelected() {
        ScriptedDialogs dialogs = new ScriptedDialogs().cancellingChoice();
        vm(dialogs).choose(null, () -> true, l -> switched.add(String.valueOf(l)));

        assertThat(dialogs.oneOfs.get(0).current()).isEqualTo(new Choice(null));
    }

    @Test
    void theChosenLanguageIsSwitchedToOnceTheWindowMayBeLeft() {
        vm(new ScriptedDialogs().choosingOne(new Choice(new Locale("th"))))
                .choose(Locale.ENGLISH, () -> true, l -> switched.add(String.valueOf(l)));
        vm(new ScriptedDialogs().choosingOne(new Choice(null)))
                .choose(Locale.ENGLISH, () -> true, l -> switched.add(String.valueOf(l)));

        assertThat(switched).containsExactly("th", "null");
    }

    @Test
    void unsavedEditsTheUserKeepsMeanNoSwitch() {
        List<String> asked = new ArrayList<>();
        vm(new ScriptedDialogs().choosingOne(new Choice(Locale.GERMAN))).choose(Locale.ENGLISH, () -> {
            asked.add("may leave?");
            return false;
        }, l -> switched.add(String.valueOf(l)));

        assertThat(asked).containsExactly("may leave?");
        assertThat(switched).isEmpty();
    }

    @Test
    void cancellingDoesNotAskAboutUnsavedEdits() {
        List<String> asked = new ArrayList<>();
        vm(new ScriptedDialogs().cancellingChoice()).choose(Locale.ENGLISH, () -> {
            asked.add("may leave?");
            return true;
        }, l -> switched.add(String.valueOf(l)));

        assertThat(asked).isEmpty();
    }
}
