package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The contact beside the list: its tabs, built when first needed (a form with dozens of controls is not
 * worth laying out at start-up), and the actions that put the cursor in them.
 */
final class ContactPane {
    private final StackPane host;
    private final ContactEditorViewModel editor;
    private final ContactDetails details;
    private final ContactsWorkspaceViewModel ws;
    private final I18n i18n;
    private final Notifier notifier;
    private final ContactTable list;
    private ContactTabs tabs;
    private LongConsumer onBrief = id -> { };
    private LongConsumer onMerge = id -> { };

    ContactPane(StackPane host, ContactEditorViewModel editor, ContactDetails details, ContactsWorkspaceViewModel ws,
                I18n i18n, Notifier notifier, ContactTable list) {
        this.host = host;
        this.editor = editor;
        this.details = details;
        this.ws = ws;
        this.i18n = i18n;
        this.notifier = notifier;
        this.list = list;
        editor.editingProperty().addListener((obs, was, now) -> {
            if (now) {
                tabs();
            }
        });
        ws.setOnRefused(refused -> {
            if (refused == ContactChanges.Refused.DETAILS) {
                tabs().form().focusFirstProblem();
            } else {
                tabs().showRelationship();
            }
        });
    }

    void setOnMerge(LongConsumer action) {
        onMerge = action;
    }

    void setOnBrief(LongConsumer action) {
        onBrief = action;
    }

    private ContactTabs tabs() {
        if (tabs == null) {
            tabs = new ContactTabs(editor, details, ws, i18n, notifier, list, this::quickLog,
                    id -> onMerge.accept(id), id -> onBrief.accept(id));
            host.getChildren().add(tabs.root());
            tabs.root().visibleProperty().bind(editor.editingProperty());
        }
        return tabs;
    }

    /** Starts a new contact once the shown one is left, the cursor in its first field. */
    void startNew(ContactKind kind) {
        ws.leave(() -> {
            list.clearSelection();
            ws.startNew(kind);
            Platform.runLater(this::focusEditor);
        });
    }

    /** Ctrl+L: log an interaction with the shown contact, or the one selected in the list. */
    void quickLog() {
        ws.quickLog(list.selectedId(), list.selectedName());
    }

    /**
     * Puts the cursor in the form's first field. The first time, the tabs and scroll pane holding the form
     * get their skins only in the next pulse, and a field not yet in the scene cannot take focus: the
     * skins are made here first, so Ctrl+N right after opening always lands in the name field.
     */
    void focusEditor() {
        tabs().root().applyCss();
        tabs.root().layout();
        tabs.form().focusFirstField();
    }

    /** True when {@code node} is in the contact's tabs (the focus, say). */
    boolean contains(Node node) {
        return tabs != null && tabs.contains(node);
    }
}
