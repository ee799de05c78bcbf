package app.rapport.ui.contacts;

import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.domain.ledger.LedgerWords;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FullWidthCell;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The Timeline tab: the ledger at a glance, then every interaction, newest first ({@link TimelineCell}). */
final class TimelineView {
    private final TimelineViewModel vm;
    private final I18n i18n;
    private final Notifier notifier;
    private final Supplier<String> shownName;
    private final Runnable onLog;
    private final Editor editor;
    /** Told the id of an interaction once it is in the trash, to offer Undo (the toast and Ctrl+Z). */
    private final LongConsumer onDeleted;
    private final Node root;

    @FXML private Label ledgerGlance;
    @FXML private Button logInteraction;
    @FXML private Label error;
    @FXML private ListView<TimelineEntry> timelineList;

    /** Opens an interaction for editing. */
    interface Editor {
        void edit(TimelineEntry entry);
    }

    TimelineView(TimelineViewModel vm, I18n i18n, Notifier notifier, Supplier<String> shownName, Runnable onLog,
                 Editor editor, LongConsumer onDeleted) {
        this.vm = vm;
        this.i18n = i18n;
        this.notifier = notifier;
        this.shownName = shownName;
        this.onLog = onLog;
        this.editor = editor;
        this.onDeleted = onDeleted;
        this.root = FxmlView.load(this, i18n);
    }

    @FXML
    private void initialize() {
        vm.balanceProperty().addListener((obs, old, b) -> ledgerGlance.setText(glanceText(b)));
        // the words name the shortcut as the user's keyboard labels it
        logInteraction.setText(i18n.format("timeline.log", i18n.keys(ContactShortcuts.LOG)));
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        timelineList.setItems(vm.entries());
        timelineList.setPlaceholder(new Label(i18n.format("timeline.empty", i18n.keys(ContactShortcuts.LOG))));
        timelineList.setCellFactory(v -> new TimelineCell(i18n, shownName, editor::edit,
                e -> vm.delete(e.interactionId(), () -> onDeleted.accept(e.interactionId()))));
    }

    Node root() {
        return root;
    }

    @FXML
    private void log() {
        onLog.run();
    }

    @FXML
    private void remindMe() {
        new FollowUpDialog(root.getScene().getWindow(), vm, i18n, notifier, shownName.get()).showAndWait();
    }

    /** "You owe Anna: 2 referrals" and "You have asked Boris 3 times since you last gave". */
    String glanceText(LedgerBalance b) {
        if (b == null) {
            return "";
        }
        return String.join("\n", new LedgerWords(i18n.bundle(), i18n.locale()).glance(b, shownName.get()));
    }
}
