package app.rapport.demo;

/** What the organisations of a community do; each industry meets at its own conference. */
enum Industry {
    LOGISTICS("Logistics Summit"),
    SOFTWARE("DevDays"),
    CONSULTING("Consulting Forum"),
    CONSTRUCTION("BuildTech Expo"),
    FOOD("Food & Drink Fair"),
    HEALTH("HealthTech Congress"),
    LAW("Legal Tech Forum"),
    DESIGN("Design Week");

    private final String conference;

    Industry(String conference) {
        this.conference = conference;
    }

    /** The conference tag for one year, e.g. "DevDays 2025". */
    String conference(int year) {
        return conference + " " + year;
    }
}
