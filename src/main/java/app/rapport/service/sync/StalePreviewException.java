package app.rapport.service.sync;

/** Another run of the same account finished after this preview was made: what it found may be done already. */
public final class StalePreviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StalePreviewException() {
        super("Another sync ran after this preview");
    }
}
