package app.rapport.ui.backup;

import app.rapport.service.backup.RestorePlan;
import app.rapport.ui.common.DialogService.Question;
import app.rapport.ui.common.DialogService.Words;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The question before a restore, wherever it starts: what will be replaced, and by what. A warning,
 * so Restore is never the default answer: replacing data is hard to take back.
 */
final class RestoreConfirmation {
    private RestoreConfirmation() {
    }

    static Question question(RestorePlan plan) {
        Words body = plan.takenAt() == null
                ? Words.of("backup.confirm.undated", plan.contactsNow(), plan.contactsInBackup(),
                        plan.source().getFileName().toString())
                : Words.of("backup.confirm", plan.contactsNow(), plan.contactsInBackup(), date(plan.takenAt()));
        return Question.of("restoreConfirm", Words.of("backup.confirm.title"), Words.of("backup.confirm.header"), body,
                Words.of("backup.confirm.restore")).asWarning();
    }

    static Date date(LocalDateTime at) {
        return Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
    }
}
