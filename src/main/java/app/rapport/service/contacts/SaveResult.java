package app.rapport.service.contacts;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Problem;
import java.util.List;

/** The outcome of saving a contact: the saved contact, or the problems that stopped it. */
public record SaveResult(Contact saved, List<Problem> problems) {
    public static SaveResult saved(Contact contact) {
        return new SaveResult(contact, List.of());
    }

    public static SaveResult rejected(List<Problem> problems) {
        return new SaveResult(null, List.copyOf(problems));
    }

    public boolean ok() {
        return saved != null;
    }
}
