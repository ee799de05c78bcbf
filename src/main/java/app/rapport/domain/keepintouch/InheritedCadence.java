package app.rapport.domain.keepintouch;

/**
 * The keep-in-touch cadence a contact without one of their own takes from a tag: the shortest of
 * their tags' defaults, as the due dates use it.
 */
public record InheritedCadence(String tag, Cadence cadence) {
}
