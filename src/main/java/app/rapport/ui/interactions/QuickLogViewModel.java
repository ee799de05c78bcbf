package app.rapport.ui.interactions;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.service.SaveOutcome;
import app.rapport.service.interactions.InteractionService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Logging an interaction with one or more contacts. The common case takes no choices at all: a
 * call, today, with the contact in front of you; type a note and press Enter.
 */
public final class QuickLogViewModel {
    private final InteractionService interactions;
    private final TaskRunner runner;
    private final List<Long> withIds;
    /** 0 for a new interaction; otherwise the one being edited. */
    private long editedId;

    private final ObjectProperty<InteractionType> type = new SimpleObjectProperty<>(InteractionType.CALL);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.MUTUAL);
    private final ObjectProperty<Long> involved = new SimpleObjectProperty<>();
    /** Further contacts it was with, beyond the ones it was opened for (a meeting with three people). */
    private final javafx.collections.ObservableList<Long> alsoWith = javafx.collections.FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();

    public QuickLogViewModel(InteractionService interactions, TaskRunner runner, List<Long> withIds, LocalDate today) {
        this.interactions = interactions;
        this.runner = runner;
        this.withIds = List.copyOf(withIds);
        date.set(today);
        // a referral or favour usually comes to me; an introduction or gift usually goes from me
        type.addListener((obs, old, now) -> direction.set(switch (now) {
            case REFERRAL, FAVOUR -> Direction.RECEIVED;
            case INTRODUCTION, GIFT, CARD -> Direction.GIVEN;
            default -> Direction.MUTUAL;
        }));
    }

    /** A dialog for changing a logged interaction: everything as it was, saved under the same id. */
    public static QuickLogViewModel edit(InteractionService interactions, TaskRunner runner, Interaction existing) {
        QuickLogViewModel vm = new QuickLogViewModel(interactions, runner, existing.contacts(ParticipantRole.WITH),
                existing.occurredAt().toLocalDate());
        vm.editedId = existing.id();
        vm.type.set(existing.type());
        vm.direction.set(existing.direction()); // after type: its listener proposes a default direction
        LocalTime at = existing.occurredAt().toLocalTime();
        vm.time.set(at.equals(LocalTime.NOON) ? "" : at.toString());
        vm.note.set(existing.note());
        existing.participants().stream().filter(p -> p.role() != ParticipantRole.WITH).findFirst()
                .ifPresent(p -> vm.involved.set(p.contactId()));
        return vm;
    }

    public boolean isEdit() {
        return editedId != 0;
    }

    /** Whether the kind of interaction names a contact who was referred or introduced. */
    public boolean takesInvolved() {
        return type.get() == InteractionType.REFERRAL || type.get() == InteractionType.INTRODUCTION;
    }

    /**
     * Typing a letter in the type list picks the next type whose name starts with it, after the chosen
     * one and round again: c for Call, m for Meeting, m again for the next type with an M.
     *
     * @param name a type's name as the user reads it
     */
    public void pickTypeStartingWith(String typed, java.util.function.Function<InteractionType, String> name,
                                     java.util.Locale locale) {
        String letter = typed.toLowerCase(locale);
        if (letter.isBlank()) {
            return;
        }
        InteractionType[] all = InteractionType.values();
        int start = type.get() == null ? 0 : type.get().ordinal() + 1;
        for (int i = 0; i < all.length; i++) {
            InteractionType candidate = all[(start + i) % all.length];
            if (name.apply(candidate).toLowerCase(locale).startsWith(letter)) {
                type.set(candidate);
                return;
            }
        }
    }

    /**
     * Saves in the background.
     *
     * @return false when the input was refused; {@link #errorKeyProperty()} says why
     */
    public boolean save(Runnable onSaved) {
        errorKey.set(null);
        if (date.get() == null) {
            errorKey.set("error.interaction.date");
            return false;
        }
        LocalTime at = LocalTime.NOON;
        if (!time.get().isBlank()) {
            try {
                at = LocalTime.parse(time.get().strip());
            } catch (DateTimeParseException e) {
                errorKey.set("error.interaction.time");
                return false;
            }
        }
        long[] with = java.util.stream.Stream.concat(withIds.stream(), alsoWith.stream()).distinct()
                .mapToLong(Long::longValue).toArray();
        Interaction interaction = Interaction.with(type.get(), LocalDateTime.of(date.get(), at), direction.get(),
                note.get(), with);
        if (takesInvolved() && involved.get() != null) {
            interaction = interaction.and(involved.get(), type.get() == InteractionType.REFERRAL
                    ? ParticipantRole.REFERRED : ParticipantRole.INTRODUCED);
        }
        Interaction toSave = editedId == 0 ? interaction : interaction.withId(editedId);
        runner.run(() -> interactions.log(toSave), (SaveOutcome<Interaction> outcome) -> {
            if (outcome.ok()) {
                onSaved.run();
            } else {
                errorKey.set(outcome.problems().get(0).messageKey());
            }
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
        return true;
    }

    public ObjectProperty<InteractionType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Long> involvedProperty() {
        return involved;
    }

    public javafx.collections.ObservableList<Long> alsoWith() {
        return alsoWith;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
