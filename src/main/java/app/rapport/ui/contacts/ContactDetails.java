package app.rapport.ui.contacts;

import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.interactions.QuickLog;

/**
 * What the detail pane needs beside the form: ties, the timeline, quick log, the contact search, and
 * the dialogs its view-models ask the user with.
 */
public record ContactDetails(TiesViewModel ties, TimelineViewModel timeline, RelationshipViewModel relationship,
                             QuickLog quickLog,
                             ContactService contacts, TaskRunner runner, DialogService dialogs) {
}
