package app.rapport.io.importing;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactRules;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The files in {@code src/test/resources/app/rapport/io/importing/}, read as the import reads them. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReadResult read(String name) {
        return read(name, ImportOptions.AUTO);
    }

    public static ReadResult read(String name, ImportOptions options) {
        return new ContactFileReader(new ContactRules("DE")).read(file(name), options);
    }

    public static Contact contact(ReadResult result, String displayName) {
        return record(result, displayName).contact();
    }

    public static ImportedRecord record(ReadResult result, String displayName) {
        return result.records().stream().filter(r -> r.contact().displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError(displayName + " not in " + names(result)));
    }

    public static List<String> names(ReadResult result) {
        return result.records().stream().map(r -> r.contact().displayName()).toList();
    }

    /** "key@line" for each problem, for compact assertions. */
    public static List<String> problems(ReadResult result) {
        return result.problems().stream().map(p -> p.messageKey() + "@" + p.at().line()).toList();
    }
}
