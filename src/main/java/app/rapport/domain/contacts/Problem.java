package app.rapport.domain.contacts;

/**
 * One thing wrong with a contact. {@code field} names the input ("email", "birthday"), {@code index}
 * the row for repeated inputs (-1 otherwise), {@code messageKey} the resource-bundle key of the
 * user-facing message.
 */
public record Problem(String field, int index, String messageKey) {
    public static Problem of(String field, String messageKey) {
        return new Problem(field, -1, messageKey);
    }
}
