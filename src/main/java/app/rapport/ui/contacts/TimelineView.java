package app.rapport.ui.contacts;

import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FullWidthCell;
import app.rapport.domain.ledger.LedgerWords;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Timeline tab: the ledger at a glance, then every interaction, newest first. */
final class TimelineView {
    private static final Map<InteractionType, String> ICONS = Map.ofEntries(
            Map.entry(InteractionType.CALL, "mdi2p-phone-outline"),
            Map.entry(InteractionType.MEETING, "mdi2a-account-group-outline"),
            Map.entry(InteractionType.MESSAGE, "mdi2m-message-outline"),
            Map.entry(InteractionType.EMAIL, "mdi2e-email-outline"),
            Map.entry(InteractionType.CARD, "mdi2c-cards-outline"),
            Map.entry(InteractionType.GIFT, "mdi2g-gift-outline"),
            Map.entry(InteractionType.EVENT, "mdi2c-calendar-star"),
            Map.entry(InteractionType.FAVOUR, "mdi2h-hand-heart-outline"),
            Map.entry(InteractionType.INTRODUCTION, "mdi2h-handshake-outline"),
            Map.entry(InteractionType.REFERRAL, "mdi2a-account-arrow-right-outline"),
            Map.entry(InteractionType.BUSINESS, "mdi2b-briefcase-outline"));

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
        logInteraction.setText(i18n.format("timeline.log", i18n.keys(ContactsView.LOG)));
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        timelineList.setItems(vm.entries());
        timelineList.setPlaceholder(new Label(i18n.format("timeline.empty", i18n.keys(ContactsView.LOG))));
        timelineList.setCellFactory(v -> new EntryCell());
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

    private final class EntryCell extends FullWidthCell<TimelineEntry> {

        @Override
        protected void updateItem(TimelineEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(ICONS.getOrDefault(e.type(), "mdi2c-circle-outline"));
            icon.getStyleClass().add("timeline-icon");
            // in the locale's calendar, as every other date (the Buddhist era in Thai)
            String when = i18n.calendar(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(e.occurredAt());
            Label head = new Label(i18n.format("timeline.entry", i18n.get("interactionType." + e.type().name()),
                    when, i18n.get("direction." + e.direction().name())));
            head.getStyleClass().add("timeline-head");
            head.setWrapText(true);
            VBox lines = new VBox(2, head);
            List<String> others = new ArrayList<>(e.names(ParticipantRole.WITH));
            others.remove(shownName.get());
            if (!others.isEmpty()) {
                lines.getChildren().add(small(i18n.format("timeline.with", String.join(", ", others))));
            }
            for (ParticipantRole role : List.of(ParticipantRole.REFERRED, ParticipantRole.INTRODUCED)) {
                if (!e.names(role).isEmpty()) {
                    lines.getChildren().add(small(i18n.format("timeline." + role.name(), String.join(", ", e.names(role)))));
                }
            }
            if (!e.note().isEmpty()) {
                Label note = new Label(e.note());
                note.setWrapText(true);
                lines.getChildren().add(note);
            }
            HBox.setHgrow(lines, Priority.ALWAYS);
            Button delete = button("mdi2d-delete-outline", "timeline.delete",
                    () -> vm.delete(e.interactionId(), () -> onDeleted.accept(e.interactionId())));
            delete.getStyleClass().add("timeline-delete");
            Button edit = button("mdi2p-pencil-outline", "timeline.edit", () -> editor.edit(e));
            setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && getItem() != null) {
                    editor.edit(getItem());
                }
            });
            setText(null);
            setGraphic(new HBox(10, icon, lines, edit, delete));
        }

        private Button button(String icon, String key, Runnable action) {
            Button b = new Button(null, new FontIcon(icon));
            b.getStyleClass().addAll("flat", "small");
            b.setTooltip(new Tooltip(i18n.get(key)));
            b.setAccessibleText(i18n.get(key));
            b.setOnAction(a -> action.run());
            return b;
        }

        private Label small(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("result-count");
            l.setWrapText(true);
            return l;
        }
    }
}
