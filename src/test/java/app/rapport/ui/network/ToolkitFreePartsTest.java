package app.rapport.ui.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Network view-model's parts are view-models too, though their names do not end in ViewModel (the
 * rule in LayeringTest): no controls, no scene graph; the map's drawing model knows no toolkit at all.
 */
class ToolkitFreePartsTest {
    @Test
    void theViewModelsPartsAndTheDrawingModelKnowNoSceneGraph() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport.ui.network", "app.rapport.domain.network");
        noClasses().that().haveNameMatching(
                        "app\\.rapport\\.ui\\.network\\.(MapFilters|MapLayoutRun|InsightPanel|IntroductionPaths|MapExports)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..").check(classes);
        noClasses().that().resideInAPackage("app.rapport.domain.network")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.jgrapht..",
                        "app.rapport.graph..")
                .check(classes);
    }
}
