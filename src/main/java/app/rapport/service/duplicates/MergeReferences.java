package app.rapport.service.duplicates;

/** What else of a contact a merge moves to the kept one: its ties, interactions, follow-ups and relationship. */
public record MergeReferences(int ties, int interactions, int followUps, boolean relationship) {
}
