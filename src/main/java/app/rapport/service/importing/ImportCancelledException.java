package app.rapport.service.importing;

/** The user cancelled an import while it was writing; nothing of it was kept. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("Import cancelled", null, false, false);
    }
}
