package app.rapport.domain.ties;

/**
 * What a tie between two contacts is. A symmetric tie reads the same from both ends ("Anna and Boris
 * are colleagues"); the others have a from end and a to end ("Anna works at Acme", "Acme employs Anna").
 */
public enum TieType {
    COLLEAGUE(true),
    CLIENT(false),
    REFERRAL_SOURCE(false),
    PARTNER(true),
    SUPPLIER(false),
    ENDORSER(false),
    SISTER_BRAND(true),
    FRIEND(true),
    FAMILY(true),
    WORKS_AT(false),
    MEMBER_OF(false),
    INTRODUCED_BY(false);

    private final boolean symmetric;

    TieType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean isSymmetric() {
        return symmetric;
    }

    /** Works at and member of: they say where someone belongs, not whom they know or deal with. */
    public boolean isAffiliation() {
        return this == WORKS_AT || this == MEMBER_OF;
    }
}
