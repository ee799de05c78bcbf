package app.rapport.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No package cycles: between the top-level packages (app, cli, domain, service, io,
 * persistence, ui, …) and between the feature packages of each layer (ui.contacts, ui.interactions,
 * service.importing, …). A cycle makes two features one: neither can be changed, tested or moved alone.
 */
class CyclesTest {
    /** The layers whose sub-packages are features. */
    static final List<String> LAYERS = List.of("ui", "service", "domain", "io", "persistence");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    static ArchRule topLevel(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule features(String root, String layer) {
        return slices().matching(root + "." + layer + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        topLevel("app.rapport").check(classes);
    }

    @Test
    void theFeaturesOfEachLayerAreFreeOfCycles() {
        for (String layer : LAYERS) {
            features("app.rapport", layer).check(classes);
        }
    }

    /** The same rules, on classes written to break them (app.rapport.arch.bad), fail. */
    @Test
    void theRulesFailOnADeliberatelyBadImport() {
        JavaClasses bad = new ClassFileImporter().importPackages("app.rapport.arch.bad");
        assertThatThrownBy(() -> topLevel("app.rapport.arch.bad").check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
        assertThatThrownBy(() -> features("app.rapport.arch.bad", "ui").check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
    }
}
