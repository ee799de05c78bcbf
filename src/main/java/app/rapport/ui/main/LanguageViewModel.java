package app.rapport.ui.main;

import app.rapport.ui.common.DialogService.OneOf;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Settings ▸ language: the computer's language or one of those Rapport speaks, each named in itself;
 * the window switches only once it may be left (unsaved edits saved or dropped as the user says).
 */
public final class LanguageViewModel {
    /** An answer: {@code language} null means the computer's. */
    public record Choice(Locale language) {
    }

    private final DialogService dialogs;
    private final List<Choice> choices = new ArrayList<>();
    private final Function<Locale, String> nameOf;

    /** @param nameOf a language's name in itself ("Deutsch") */
    public LanguageViewModel(DialogService dialogs, List<Locale> supported, Function<Locale, String> nameOf) {
        this.dialogs = dialogs;
        this.nameOf = nameOf;
        choices.add(new Choice(null));
        supported.forEach(l -> choices.add(new Choice(l)));
    }

    /**
     * Asks which language, {@code chosen} (null: the computer's) offered first; {@code switchTo} hears
     * the answer (null: the computer's) when the user did not cancel and {@code canLeave} agrees.
     */
    public void choose(Locale chosen, BooleanSupplier canLeave, Consumer<Locale> switchTo) {
        Choice current = choices.stream().filter(c -> sameLanguage(c.language(), chosen)).findFirst()
                .orElse(choices.get(0));
        dialogs.chooseOne(new OneOf<>("languageChoice", Words.of("language.title"), Words.of("language.header"),
                        Words.of("language.label"), choices, this::name, current))
                .filter(answer -> canLeave.getAsBoolean())
                .ifPresent(answer -> switchTo.accept(answer.language()));
    }

    private Words name(Choice c) {
        return c.language() == null ? Words.of("language.system") : Words.of("language.named", nameOf.apply(c.language()));
    }

    private static boolean sameLanguage(Locale a, Locale b) {
        return a == null ? b == null : b != null && a.getLanguage().equals(b.getLanguage());
    }
}
