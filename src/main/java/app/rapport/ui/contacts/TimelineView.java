package app.rapport.ui.contacts;

import app.rapport.domain.InteractionType;
import app.rapport.domain.LedgerBalance;
import app.rapport.domain.ParticipantRole;
import app.rapport.domain.TimelineEntry;
import app.rapport.ui.common.ActionBar;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FullWidthCell;
import app.rapport.domain.LedgerWords;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
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
    private final Supplier<String> shownName;
    private final VBox root = new VBox(8);
    private final Label glance = new Label();

    /** Opens an interaction for editing. */
    interface Editor {
        void edit(TimelineEntry entry);
    }

    private final Editor editor;
    /** Told the id of an interaction once it is in the trash, to offer Undo (the toast and Ctrl+Z). */
    private final java.util.function.LongConsumer onDeleted;

    TimelineView(TimelineViewModel vm, I18n i18n, Notifier notifier, Supplier<String> shownName, Runnable onLog,
                 Editor editor, java.util.function.LongConsumer onDeleted) {
        this.editor = editor;
        this.onDeleted = onDeleted;
        this.vm = vm;
        this.i18n = i18n;
        this.shownName = shownName;
        glance.setId("ledgerGlance");
        glance.getStyleClass().add("ledger-glance");
        glance.setWrapText(true);
        glance.setMaxWidth(Double.MAX_VALUE);
        vm.balanceProperty().addListener((obs, old, b) -> glance.setText(glanceText(b)));

        Label title = new Label(i18n.get("timeline.title"));
        title.getStyleClass().add("section-title");
        Button log = new Button(i18n.format("timeline.log", i18n.keys(ContactsView.LOG)), new FontIcon("mdi2p-plus"));
        log.setId("logInteraction");
        log.getStyleClass().addAll("flat", "small");
        log.setOnAction(e -> onLog.run());
        Button remind = new Button(i18n.get("followUp.add"), new FontIcon("mdi2b-bell-plus-outline"));
        remind.setId("remindMe");
        remind.getStyleClass().addAll("flat", "small");
        remind.setOnAction(e -> remindMe(notifier));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);

        ListView<TimelineEntry> list = new ListView<>(vm.entries());
        list.setId("timelineList");
        list.setPlaceholder(new Label(i18n.format("timeline.empty", i18n.keys(ContactsView.LOG))));
        list.setCellFactory(v -> new EntryCell(notifier));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(glance, new ActionBar(List.of(title), List.of(remind, log)), error, list);
        root.setPadding(new Insets(10, 16, 16, 16));
    }

    Node root() {
        return root;
    }

    private void remindMe(Notifier notifier) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.get("followUp.add"));
        dialog.setHeaderText(i18n.format("followUp.header", shownName.get()));
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(i18n.get("followUp.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new javafx.scene.control.ButtonType(
                i18n.get("contacts.unsaved.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.scene.control.DatePicker on = new javafx.scene.control.DatePicker(vm.proposedFollowUp());
        i18n.calendar(on);
        javafx.scene.control.TextField note = new javafx.scene.control.TextField();
        note.setPromptText(i18n.get("followUp.note"));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        dialog.getDialogPane().setContent(new VBox(8, on, note, error));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.remindMe(on.getValue(), note.getText(), () -> {
                dialog.close();
                notifier.show(i18n.format("followUp.saved", i18n.date(on.getValue())), null, null);
            });
        });
        dialog.showAndWait();
    }

    /** "You owe Anna: 2 referrals" and "You have asked Boris 3 times since you last gave". */
    String glanceText(LedgerBalance b) {
        if (b == null) {
            return "";
        }
        return String.join("\n", new LedgerWords(i18n.bundle(), i18n.locale()).glance(b, shownName.get()));
    }

    private final class EntryCell extends FullWidthCell<TimelineEntry> {
        private final Notifier notifier;

        EntryCell(Notifier notifier) {
            this.notifier = notifier;
        }

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
            Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
            delete.getStyleClass().addAll("flat", "small");
            delete.setTooltip(new Tooltip(i18n.get("timeline.delete")));
            delete.setAccessibleText(i18n.get("timeline.delete"));
            delete.getStyleClass().add("timeline-delete");
            delete.setOnAction(a -> vm.delete(e.interactionId(), () -> onDeleted.accept(e.interactionId())));
            Button edit = new Button(null, new FontIcon("mdi2p-pencil-outline"));
            edit.getStyleClass().addAll("flat", "small");
            edit.setTooltip(new Tooltip(i18n.get("timeline.edit")));
            edit.setAccessibleText(i18n.get("timeline.edit"));
            edit.setOnAction(a -> editor.edit(e));
            setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && getItem() != null) {
                    editor.edit(getItem());
                }
            });
            setText(null);
            setGraphic(new HBox(10, icon, lines, edit, delete));
        }

        private Label small(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("result-count");
            l.setWrapText(true);
            return l;
        }
    }
}
