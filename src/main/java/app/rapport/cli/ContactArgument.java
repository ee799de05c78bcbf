package app.rapport.cli;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.service.contacts.ContactService;
import java.util.List;
import java.util.Locale;

/** Finds the one contact a command-line argument means: an id, an exact name, or a unique search match. */
final class ContactArgument {
    private ContactArgument() {
    }

    static long resolve(ContactService contacts, String text) {
        String wanted = text.strip();
        if (wanted.matches("\\d+")) {
            long id = Long.parseLong(wanted);
            if (contacts.find(id).isEmpty()) {
                throw new CliFailure("there is no contact " + id + ".");
            }
            return id;
        }
        List<ContactSummary> found = contacts.summaries(contacts.search(ContactQuery.text(wanted).withArchived(true)));
        String folded = wanted.toLowerCase(Locale.ROOT);
        List<ContactSummary> exact = found.stream()
                .filter(s -> s.displayName().toLowerCase(Locale.ROOT).equals(folded)).toList();
        List<ContactSummary> matches = exact.isEmpty() ? found : exact;
        if (matches.isEmpty()) {
            throw new CliFailure("no contact is called " + wanted + ".");
        }
        if (matches.size() > 1) {
            throw new CliFailure(matches.size() + " contacts match " + wanted + ": give an id instead ("
                    + matches.stream().limit(3).map(s -> s.id() + " " + s.displayName())
                    .reduce((a, b) -> a + ", " + b).orElse("") + (matches.size() > 3 ? ", …" : "") + ").");
        }
        return matches.get(0).id();
    }
}
