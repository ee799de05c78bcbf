package app.rapport.ui.contacts;

import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.ui.common.FullWidthCell;
import app.rapport.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One interaction on the timeline: its kind's icon, when, who else took part, the note, Edit and Delete. */
final class TimelineCell extends FullWidthCell<TimelineEntry> {
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

    private final I18n i18n;
    private final Supplier<String> shownName;
    private final Consumer<TimelineEntry> edit;
    private final Consumer<TimelineEntry> delete;

    TimelineCell(I18n i18n, Supplier<String> shownName, Consumer<TimelineEntry> edit, Consumer<TimelineEntry> delete) {
        this.i18n = i18n;
        this.shownName = shownName;
        this.edit = edit;
        this.delete = delete;
        setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && getItem() != null) {
                edit.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(TimelineEntry e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
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
        List<String> others = TimelineViewModel.others(e, shownName.get());
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
        Button remove = IconButtons.of("mdi2d-delete-outline", "timeline.delete", () -> delete.accept(e), i18n);
        remove.getStyleClass().add("timeline-delete");
        Button change = IconButtons.of("mdi2p-pencil-outline", "timeline.edit", () -> edit.accept(e), i18n);
        setGraphic(new HBox(10, icon, lines, change, remove));
    }

    private Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("result-count");
        l.setWrapText(true);
        return l;
    }
}
