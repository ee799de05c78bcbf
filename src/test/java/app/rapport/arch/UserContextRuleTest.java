package app.rapport.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The user's language and country travel in a {@code UserContext}, never through the JVM's default
 * locale: it is read in one place only, once at start-up, for the computer's language and country
 * ({@code LanguagePreference.computer()}), and written in one place only, for JavaFX's own words and
 * text layout, which listen to nothing else ({@code ToolkitLocale.speak}).
 */
class UserContextRuleTest {
    /** The one method that may read the default locale. */
    static final String START_UP = "app.rapport.app.LanguagePreference.computer()";
    /** The one method that may write it: JavaFX's language. */
    static final String TOOLKIT = "app.rapport.app.ToolkitLocale.speak(java.util.Locale)";

    /** Where the classes call {@code Locale.<name>}, as "Caller.method()" (each caller once). */
    static List<String> callersOf(JavaClasses classes, String name) {
        return classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isEquivalentTo(Locale.class) && call.getName().equals(name))
                .map(JavaMethodCall::getOrigin).map(o -> o.getFullName()).distinct().sorted().toList();
    }

    /** The one method that may ask for JavaFX's own line breaks (the default's), to draw Thai lines as JavaFX wraps them. */
    static final String TOOLKIT_LINES = "app.rapport.ui.common.LineBreaks.paragraph(java.lang.String, double, java.lang.StringBuilder)";

    /**
     * Calls that read the default locale without saying so: String.format without a Locale, case
     * changes without one (Turkish "I"), and the text services' no-argument factories.
     */
    static List<String> implicitReaders(JavaClasses classes) {
        return classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream()).filter(call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            int params = call.getTarget().getRawParameterTypes().size();
            boolean noLocale = call.getTarget().getRawParameterTypes().stream()
                    .noneMatch(t -> t.getName().equals("java.util.Locale") || t.getName().equals("com.ibm.icu.util.ULocale"));
            return noLocale && (owner.equals("java.lang.String") && (name.equals("format")
                    || (params == 0 && (name.equals("toLowerCase") || name.equals("toUpperCase"))))
                    || (owner.equals("java.text.BreakIterator") || owner.equals("java.text.Collator")
                    || owner.equals("java.text.NumberFormat") || owner.equals("java.text.DecimalFormatSymbols"))
                    && name.startsWith("get") && name.endsWith("Instance") && params == 0);
        }).map(call -> call.getOrigin().getFullName() + " calls " + call.getTarget().getFullName()).distinct().sorted()
                .toList();
    }

    private static JavaClasses main() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    @Test
    void onlyTheToolkitsLanguageWritesTheDefaultLocale() {
        assertThat(callersOf(main(), "setDefault")).containsExactly(TOOLKIT);
    }

    @Test
    void onlyTheStartUpReadsIt() {
        assertThat(callersOf(main(), "getDefault")).containsExactly(START_UP);
    }

    @Test
    void noCodeReadsTheDefaultLocaleWithoutSaying() {
        assertThat(implicitReaders(main())).allMatch(call -> call.startsWith(TOOLKIT_LINES + " calls "))
                .hasSize(1);
    }

    /** The same checks, on a class written to break them (app.rapport.arch.bad.locale), fail. */
    @Test
    void theChecksFindADeliberatelyBadCall() {
        JavaClasses bad = new ClassFileImporter().importPackages("app.rapport.arch.bad.locale");
        assertThat(callersOf(bad, "setDefault")).containsExactly(
                "app.rapport.arch.bad.locale.GlobalLocale.region(java.util.Locale)");
        assertThat(callersOf(bad, "getDefault")).isNotEqualTo(List.of(START_UP)).hasSize(1);
        assertThat(implicitReaders(bad)).hasSize(2).allMatch(call -> call.contains("GlobalLocale.code"));
    }
}
