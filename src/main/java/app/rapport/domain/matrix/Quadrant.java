package app.rapport.domain.matrix;

/**
 * The four quadrants of the cooperation matrix ("Kooperations-Matrix"). The matrix places a
 * partner by two willingnesses to cooperate: that of the company planning the cooperation ("das
 * Unternehmen"; in Rapport: ours, the user's) and that of the other side (the seed's customers; in
 * Rapport: theirs, the organisation or person on the matrix). {@link CooperationRules#quadrant} says
 * which quadrant two values fall in.
 *
 * <p>How the seed is read, since its picture of the matrix did not survive and its text names the
 * quadrants without their axes:
 * <ul>
 * <li>1, High potentials: "beidseits hohe Bereitschaft zur Kooperation", both high.</li>
 * <li>4, Candidates: "überwiegt die Kooperationsbereitschaft des Unternehmens", ours outweighs
 *     theirs: ours high, theirs low. The right initiatives can build their trust and raise theirs.</li>
 * <li>2 and 3, Transactionals and Developers: "Kooperation gehört nicht unbedingt zu ihren
 *     Kernkompetenzen", cooperation is not the company's strength, so in both ours is low; before any
 *     initiative we first check whether we are willing at all. That leaves one of them both low and
 *     the other theirs high. The seed does not say which is which; the names do: a Transactional
 *     relationship is transactions and nothing more on either side (both low), a Developer is a
 *     partner whose willingness is there for us to develop (ours low, theirs high). PRODUCT.md reads
 *     it the same way.</li>
 * </ul>
 * So there is one mixed case on each side of the diagonal, not two mixed cases among Transactionals
 * and Developers. Declared in the seed's numbering, which is also the order they are listed in.
 */
public enum Quadrant {
    /** Both high: the highest potential. */
    HIGH_POTENTIALS,
    /** Both low: transactions only. */
    TRANSACTIONALS,
    /** Ours low, theirs high. */
    DEVELOPERS,
    /** Ours high, theirs low. */
    CANDIDATES;

    /** True when our willingness is high in this quadrant. */
    public boolean oursHigh() {
        return this == HIGH_POTENTIALS || this == CANDIDATES;
    }

    /** True when their willingness is high in this quadrant. */
    public boolean theirsHigh() {
        return this == HIGH_POTENTIALS || this == DEVELOPERS;
    }
}
