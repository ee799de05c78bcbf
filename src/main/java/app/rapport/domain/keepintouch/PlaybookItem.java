package app.rapport.domain.keepintouch;

/** One contact on a playbook's checklist; {@code done} when the step was carried out (see {@link PlaybookRules}). */
public record PlaybookItem(long contactId, String name, boolean done) {
}
