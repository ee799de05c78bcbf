package app.rapport.io.printing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Something addresses are printed on: a sheet of labels or an envelope, with a stable id for the command line. */
public sealed interface Stationery permits LabelTemplate, EnvelopeFormat {
    /** The id of a user-defined label grid ({@link LabelTemplate#custom}). */
    String CUSTOM = "custom";

    String id();

    String name();

    /** The built-in label sheets and envelopes, labels first. */
    static List<Stationery> all() {
        return List.of(LabelTemplate.AVERY_5160, LabelTemplate.AVERY_8160, LabelTemplate.AVERY_L7160,
                LabelTemplate.AVERY_L7163, EnvelopeFormat.DL, EnvelopeFormat.C5, EnvelopeFormat.C6,
                EnvelopeFormat.US10);
    }

    static Optional<Stationery> find(String id) {
        return all().stream().filter(s -> s.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    /** The built-in stationery with this id; a {@link PrintException} naming the known ids otherwise. */
    static Stationery require(String id) {
        return find(id).orElseThrow(() -> new PrintException(PrintException.UNKNOWN_FORMAT, id,
                all().stream().map(Stationery::id).collect(Collectors.joining(", "))));
    }
}
