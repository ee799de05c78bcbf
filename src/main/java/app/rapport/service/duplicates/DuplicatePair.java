package app.rapport.service.duplicates;

import app.rapport.service.importing.Matcher;

/**
 * Two contacts that may be one: {@code firstId} the older (lower id), with their names as shown and the
 * {@link Matcher.Match} (score and evidence) that says why.
 */
public record DuplicatePair(long firstId, String firstName, long secondId, String secondName, Matcher.Match match) {
}
