package app.rapport.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A backup checked and copied, ready to replace the open database's data: what the user confirms.
 *
 * @param source           the file the user chose
 * @param prepared         a private copy of it in this build's schema, deleted once used or cancelled
 * @param takenAt          when the backup was taken (local time), as well as it is known
 * @param contactsInBackup contacts not in the trash in the backup
 * @param contactsNow      contacts not in the trash in the open database
 */
public record RestorePlan(Path source, Path prepared, LocalDateTime takenAt, long contactsInBackup, long contactsNow) {
}
