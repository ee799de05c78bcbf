package app.rapport.service.importing;

/**
 * What an import will do: contacts to add, records to merge into a contact (in Rapport or from the
 * import), records to skip (already in Rapport as they are, or unreadable), organisations to create for
 * the people who work there, and ties to make.
 */
public record ImportCounts(int toAdd, int toMerge, int toSkip, int organisationsToCreate, int ties) {
}
