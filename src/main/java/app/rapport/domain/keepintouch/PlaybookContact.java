package app.rapport.domain.keepintouch;

import java.time.LocalDate;

/**
 * What the playbooks need to know of a contact that is neither archived nor in the trash: its name and
 * sort key, my relationship's strength (3 without one), whether it is flagged, and its last interaction.
 */
public record PlaybookContact(long id, String name, String sortName, int strength, boolean flagged,
                              LocalDate lastInteraction) {
}
