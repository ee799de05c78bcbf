package app.rapport.service.backup;

import app.rapport.domain.backup.Backup;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param safetyCopy the backup of the data it replaced; empty when the database held nothing
 * @param replaced   contacts (not in the trash) the database held before
 * @param restored   contacts (not in the trash) it holds now
 */
public record RestoreOutcome(Optional<Backup> safetyCopy, long replaced, long restored) {
}
