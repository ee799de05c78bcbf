package app.rapport.service.matrix;

import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.MatrixEntry;
import java.util.List;
import java.util.Optional;

/** Where the cooperation matrix is kept. Every method that writes is one transaction. */
public interface CooperationRepository {

    /** The contacts on the matrix, leaving out those in the trash, by name. */
    List<MatrixEntry> entries();

    /** The contact's assessment; empty when it is not on the matrix or is in the trash. */
    Optional<Cooperation> find(long contactId);

    /**
     * Inserts or replaces the contact's assessment.
     *
     * @return false, with nothing written, when the contact no longer exists or is in the trash
     */
    boolean save(Cooperation cooperation);

    /** Takes the contact off the matrix; its notes go with it. */
    void remove(long contactId);
}
