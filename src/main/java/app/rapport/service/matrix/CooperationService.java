package app.rapport.service.matrix;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cooperation matrix: who is on it, in which quadrant, and the assessment of each.
 * Blocking calls; callers run them off the FX thread.
 */
public class CooperationService {
    private final CooperationRepository repository;

    public CooperationService(CooperationRepository repository) {
        this.repository = repository;
    }

    /** Everyone on the matrix, by name. */
    public List<MatrixEntry> matrix() {
        return repository.entries();
    }

    /** Everyone on the matrix by quadrant, the quadrants in the seed's order, each by name; empty ones too. */
    public Map<Quadrant, List<MatrixEntry>> byQuadrant() {
        return byQuadrant(repository.entries());
    }

    public static Map<Quadrant, List<MatrixEntry>> byQuadrant(List<MatrixEntry> entries) {
        Map<Quadrant, List<MatrixEntry>> grouped = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            grouped.put(q, new ArrayList<>());
        }
        for (MatrixEntry e : entries) {
            grouped.get(e.quadrant()).add(e);
        }
        grouped.replaceAll((q, list) -> List.copyOf(list));
        return grouped;
    }

    /** The contact's assessment; empty when it is not on the matrix. */
    public Optional<Cooperation> find(long contactId) {
        return repository.find(contactId);
    }

    /** Validates, then puts the contact on the matrix or updates it, in one transaction. */
    public SaveOutcome<Cooperation> save(Cooperation cooperation) {
        List<Problem> problems = CooperationRules.check(cooperation);
        if (!problems.isEmpty()) {
            return SaveOutcome.rejected(problems);
        }
        if (!repository.save(cooperation)) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "error.contact.gone")));
        }
        return SaveOutcome.saved(repository.find(cooperation.contactId()).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Saved cooperation vanished")));
    }

    /** Takes the contact off the matrix. */
    public void remove(long contactId) {
        repository.remove(contactId);
    }
}
