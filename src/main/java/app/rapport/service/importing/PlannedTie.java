package app.rapport.service.importing;

import app.rapport.domain.ties.TieType;

/**
 * A tie an import makes: from a record to another record ({@code toRecord} ≥ 0), to a contact already
 * in Rapport ({@code toExisting} > 0), or to an organisation it creates ({@code newOrganisation}).
 */
public record PlannedTie(int fromRecord, int toRecord, long toExisting, String newOrganisation, TieType type) {
    public PlannedTie {
        newOrganisation = newOrganisation == null ? "" : newOrganisation;
    }

    public static PlannedTie toRecord(int from, int to, TieType type) {
        return new PlannedTie(from, to, 0, "", type);
    }

    public static PlannedTie toExisting(int from, long to, TieType type) {
        return new PlannedTie(from, -1, to, "", type);
    }

    public static PlannedTie toNewOrganisation(int from, String name) {
        return new PlannedTie(from, -1, 0, name, TieType.WORKS_AT);
    }
}
