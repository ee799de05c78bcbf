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

    /** The same checks, on a class written to break them (app.rapport.arch.bad.locale), fail. */
    @Test
    void theChecksFindADeliberatelyBadCall() {
        JavaClasses bad = new ClassFileImporter().importPackages("app.rapport.arch.bad.locale");
        assertThat(callersOf(bad, "setDefault")).containsExactly(
                "app.rapport.arch.bad.locale.GlobalLocale.region(java.util.Locale)");
        assertThat(callersOf(bad, "getDefault")).isNotEqualTo(List.of(START_UP)).hasSize(1);
    }
}
