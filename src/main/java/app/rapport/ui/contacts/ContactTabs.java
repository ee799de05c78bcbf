package app.rapport.ui.contacts;

import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tabs beside the contacts list: Details, Relationship, Ties, Timeline; the last three once the contact is saved. */
final class ContactTabs {
    private final TabPane root;
    private final ContactEditorView form;

    @FXML private TabPane detailTabs;
    @FXML private Tab formTab;
    @FXML private Tab relationshipTab;
    @FXML private Tab tiesTab;
    @FXML private Tab timelineTab;

    /**
     * @param list    the contacts list: its row shown anew when the score changes, the cursor kept after a deletion
     * @param onLog   Ctrl+L and the timeline's Log button
     * @param onMerge "Merge with…" of the shown contact (saved first)
     * @param onBrief "Brief for a meeting…" of the shown contact
     */
    ContactTabs(ContactEditorViewModel editor, ContactDetails details, ContactsWorkspaceViewModel ws, I18n i18n,
                Notifier notifier, ContactTable list, Runnable onLog, LongConsumer onMerge, LongConsumer onBrief) {
        root = FxmlView.load(this, i18n);
        form = new ContactEditorView(editor, i18n);
        form.actOn(ws, list::nextAfterSelected, onMerge, onBrief);
        Supplier<String> name = () -> editor.headingProperty().get();
        formTab.setContent(form.root());
        // its Save saves the whole contact, as Ctrl+S does: one set of unsaved changes per contact
        relationshipTab.setContent(new RelationshipView(details.relationship(), i18n, details.contacts(),
                details.runner(), ws::save).root());
        tiesTab.setContent(new TiesView(details.ties(), i18n, details.contacts(), details.runner(), name).root());
        timelineTab.setContent(new TimelineView(details.timeline(), i18n, notifier, name, onLog,
                entry -> ws.editInteraction(entry.interactionId()), ws::interactionDeleted).root());
        details.relationship().savedFlagProperty().addListener((obs, old, reason) -> form.showFlag(reason));
        // the tab computed and kept the contact's score: the list's Score column shows the same figure
        details.relationship().scoreProperty().addListener((obs, old, s) -> {
            if (s != null) {
                list.reloadRow(details.relationship().scoredContactProperty().get());
            }
        });
        for (Tab tab : List.of(relationshipTab, tiesTab, timelineTab)) {
            tab.disableProperty().bind(editor.contactIdProperty().isEqualTo(0));
        }
        editor.contactIdProperty().addListener((obs, old, id) -> {
            if (id.longValue() == 0) {
                detailTabs.getSelectionModel().select(formTab);
            }
        });
    }

    TabPane root() {
        return root;
    }

    ContactEditorView form() {
        return form;
    }

    void showRelationship() {
        detailTabs.getSelectionModel().select(relationshipTab);
    }

    /** True when {@code node} is in one of the tabs (the focus, say). */
    boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
