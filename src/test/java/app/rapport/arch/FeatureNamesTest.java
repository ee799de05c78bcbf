package app.rapport.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One name per feature from top to bottom: every feature package of every layer is named from one
 * list, so a newcomer who knows the feature finds its classes in each layer in one step (and a
 * second name for the same thing, as the matrix once was "cooperation" below the UI, cannot creep in).
 */
class FeatureNamesTest {
    /** The product's features, by the names the packages use. */
    static final Set<String> FEATURES = Set.of("contacts", "ties", "interactions", "ledger", "keepintouch", "review",
            "network", "cards", "printing", "importing", "exporting", "duplicates", "backup", "dashboard", "matrix",
            "score", "language", "settings", "calendar", "today", "sync");
    /** Packages shared by the features of one layer, not features themselves. */
    static final Set<String> SHARED = Set.of("common", "main", "welcome", "encryption");
    static final Set<String> LAYERS = Set.of("ui", "service", "domain", "persistence", "io");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    static Set<String> unknownFeatures(JavaClasses classes, String root) {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass c : classes) {
            String[] parts = c.getPackageName().substring(Math.min(c.getPackageName().length(), root.length())).split("\\.");
            // parts: "", layer, feature, ...
            if (c.getPackageName().startsWith(root + ".") && parts.length >= 3 && LAYERS.contains(parts[1])
                    && !FEATURES.contains(parts[2]) && !SHARED.contains(parts[2])) {
                unknown.add(parts[1] + "." + parts[2]);
            }
        }
        return unknown;
    }

    @Test
    void everyFeaturePackageIsNamedFromTheOneList() {
        assertThat(unknownFeatures(classes, "app.rapport")).isEmpty();
    }

    @Test
    void aSecondNameForAFeatureIsFound() {
        JavaClasses bad = new ClassFileImporter().importPackages("app.rapport.arch.bad");
        assertThat(unknownFeatures(bad, "app.rapport.arch.bad")).contains("service.cooperation");
    }
}
