package app.rapport.ui.contacts;

import app.rapport.service.ContactService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.interactions.QuickLog;

/** What the detail pane needs beside the form: ties, the timeline, quick log and the contact search. */
public record ContactDetails(TiesViewModel ties, TimelineViewModel timeline, RelationshipViewModel relationship,
                             QuickLog quickLog,
                             ContactService contacts, TaskRunner runner) {
}
