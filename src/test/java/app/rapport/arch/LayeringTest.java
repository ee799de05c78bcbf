package app.rapport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: ui → service → domain; persistence implements service; nothing below sees the UI. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("app.rapport.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "app.rapport.service..", "app.rapport.persistence..", "app.rapport.ui..", "app.rapport.app..")
                .check(classes);
    }

    @Test
    void serviceKnowsNoSceneGraphUiOrDatabaseDriver() {
        noClasses().that().resideInAPackage("app.rapport.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.rapport.ui..",
                        "app.rapport.persistence..", "app.rapport.app..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesPersistence() {
        noClasses().that().resideInAPackage("app.rapport.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("app.rapport.persistence..", "org.jdbi..",
                        "java.sql..", "org.sqlite..", "app.rapport.app..", "app.rapport.cli..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNoUi() {
        noClasses().that().resideInAPackage("app.rapport.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.rapport.ui..", "app.rapport.app..")
                .check(classes);
    }

    @Test
    void demoAndCliKnowNoSceneGraph() {
        noClasses().that().resideInAnyPackage("app.rapport.demo..", "app.rapport.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "app.rapport.ui..")
                .check(classes);
    }

    @Test
    void printingIsPlainJavaAndPdfBox() {
        classes().that().resideInAPackage("app.rapport.io.printing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.imageio..",
                        "org.apache.pdfbox..", "org.apache.fontbox..", "app.rapport.domain..", "app.rapport.io.printing..")
                .check(classes);
        noClasses().that().resideInAPackage("app.rapport.io.printing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "app.rapport.ui..", "app.rapport.service..", "app.rapport.persistence..", "app.rapport.app..",
                        "app.rapport.cli..")
                .check(classes);
    }

    /** File formats read and write plain data: the services use them, never the other way round. */
    @Test
    void fileFormatsKnowNoServiceUiOrDatabase() {
        noClasses().that().resideInAPackage("app.rapport.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.rapport.ui..", "app.rapport.service..",
                        "app.rapport.persistence..", "app.rapport.app..", "app.rapport.cli..", "org.jdbi..", "java.sql..")
                .check(classes);
    }

    @Test
    void viewModelsReferenceNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
