package app.rapport.service.duplicates;

import app.rapport.domain.contacts.Contact;

/** Two contacts side by side, what the kept one will hold once the other is merged into it, and what moves. */
public record MergePreview(Contact keep, Contact gone, Contact merged, MergeReferences moving) {
}
