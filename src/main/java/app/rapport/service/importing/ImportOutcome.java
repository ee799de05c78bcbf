package app.rapport.service.importing;

/** What an import did: contacts added, records merged, records skipped, organisations created; or nothing, cancelled. */
public record ImportOutcome(int added, int merged, int skipped, int organisationsCreated, boolean cancelled) {
    public static final ImportOutcome CANCELLED = new ImportOutcome(0, 0, 0, 0, true);
}
