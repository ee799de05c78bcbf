package app.rapport.service.importing;

/**
 * One thing two contacts have in common, or one thing on which they disagree, with what it adds to
 * the score of "the same contact". Strong evidence (a vCard UID, an email address) can reach the
 * merge threshold alone; weak evidence (a phone number, a name) cannot; contradictions lower the score.
 * See docs/IMPORT.md, "How records are matched".
 */
public enum Evidence {
    /** the same vCard UID: the card says it is the same contact */
    SAME_UID(100),
    /** the same email address, ignoring case */
    SAME_EMAIL(60),
    /** the same given and family name (as fields, in their places), or the same organisation name */
    SAME_NAME(30),
    /** the same phone number once both are in the international form: couples and switchboards share one */
    SAME_PHONE(20),
    /** the same birthday, year included when both have one */
    SAME_BIRTHDAY(10),
    /**
     * the same name, the same emails and phone numbers (at least one), the same birthday and
     * organisation: the same record written twice (a file imported again, two copies of one card)
     */
    SAME_DETAILS(20),
    /** both have a name and the names differ ("Kim Lee" is not "Lee Kim") */
    OTHER_NAME(-30),
    /** both have a birthday and they differ */
    OTHER_BIRTHDAY(-50),
    /** both have emails, none shared, and not one domain in common */
    OTHER_EMAIL_DOMAIN(-20),
    /** both people name an organisation they work at, and it differs */
    OTHER_EMPLOYER(-25),
    /** two cards of one address book with their own UIDs: the book itself says they are two contacts */
    OTHER_UID(-100);

    private final int weight;

    Evidence(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public boolean contradicts() {
        return weight < 0;
    }
}
