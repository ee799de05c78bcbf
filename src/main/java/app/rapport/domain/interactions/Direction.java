package app.rapport.domain.interactions;

/** Who gave: I gave to the contact, the contact gave to me, or both took part alike. */
public enum Direction {
    GIVEN,
    RECEIVED,
    MUTUAL
}
