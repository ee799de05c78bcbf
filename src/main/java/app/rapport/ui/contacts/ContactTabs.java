package app.rapport.ui.contacts;

import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tabs beside the contacts list: Details, Relationship, Ties, Timeline; the last three once the contact is saved. */
final class ContactTabs {
    private final TabPane root;

    @FXML private TabPane detailTabs;
    @FXML private Tab formTab;
    @FXML private Tab relationshipTab;
    @FXML private Tab tiesTab;
    @FXML private Tab timelineTab;

    ContactTabs(ContactEditorViewModel editor, I18n i18n, Node form, Node relationship, Node ties, Node timeline) {
        root = FxmlView.load(this, i18n);
        formTab.setContent(form);
        relationshipTab.setContent(relationship);
        tiesTab.setContent(ties);
        timelineTab.setContent(timeline);
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
