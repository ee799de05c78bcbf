package app.rapport.ui.cards;

import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.Envelope;
import app.rapport.service.cards.CardService;
import app.rapport.service.settings.Settings;
import app.rapport.ui.common.DialogService.Question;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cards area: the card lists, the chosen list's envelopes with three years of history, and the
 * actions on them. Every read and write runs through the {@link TaskRunner}; results land on the UI thread.
 */
public final class CardsViewModel {
    private final CardService cards;
    private final Settings settings;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<CardListSummary> lists = FXCollections.observableArrayList();
    private final ObservableList<EnvelopeRow> envelopes = FXCollections.observableArrayList();
    private final ObjectProperty<CardListSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>();
    /** False while the chosen list's envelopes are being read: the table says "Loading…", not "none". */
    private final javafx.beans.property.ReadOnlyBooleanWrapper envelopesLoaded =
            new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    /** What an action did, for the notification: a message key and its arguments. */
    public record Done(String key, Object... args) {
    }

    /** The card settings as the form shows them: follow-up delay in days, return address, home country. */
    public record CardSettings(int followUpDays, String returnAddress, String homeCountry) {
    }

    public CardsViewModel(CardService cards, Settings settings, TaskRunner runner, DialogService dialogs) {
        this.cards = cards;
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                envelopes.clear();
            } else if (old == null || old.id() != now.id()) {
                envelopes.clear();
                envelopesLoaded.set(false);
                loadEnvelopes(now.id());
            }
        });
    }

    /** Reloads the lists, keeping the chosen one chosen (or choosing {@code chooseId} when not 0). */
    public void refresh(long chooseId) {
        long keep = chooseId != 0 ? chooseId : selected.get() == null ? 0 : selected.get().id();
        runner.run(cards::lists, all -> {
            lists.setAll(all);
            CardListSummary match = all.stream().filter(s -> s.id() == keep).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            if (match != null && selected.get() != null && match.id() == selected.get().id()) {
                selected.set(match);
                loadEnvelopes(match.id());
            } else {
                selected.set(match);
            }
        }, this::fail);
    }

    public void refresh() {
        refresh(0);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty envelopesLoadedProperty() {
        return envelopesLoaded.getReadOnlyProperty();
    }

    private void loadEnvelopes(long listId) {
        runner.run(() -> {
            CardList list = cards.find(listId).orElse(null);
            if (list == null) {
                return List.<EnvelopeRow>of();
            }
            var histories = cards.history(list);
            List<EnvelopeRow> rows = new ArrayList<>();
            for (Envelope e : cards.envelopes(listId)) {
                rows.add(EnvelopeRow.of(e, histories));
            }
            return rows;
        }, rows -> {
            if (selected.get() != null && selected.get().id() == listId) {
                errorKey.set(null);
                envelopes.setAll(rows);
                envelopesLoaded.set(true);
            }
        }, failure -> {
            envelopesLoaded.set(true);
            fail(failure);
        });
    }

    public void markSent(Collection<Long> envelopeIds) {
        change(() -> {
            cards.markSent(envelopeIds);
            // the follow-up delay is a setting in the database: read here, off the UI thread
            return new Done("cards.done.sent", envelopeIds.size(), cards.followUpDays());
        });
    }

    public void markReceived(Collection<Long> envelopeIds) {
        change(() -> {
            cards.markReceived(envelopeIds);
            return new Done("cards.done.received", envelopeIds.size());
        });
    }

    public void markReturned(Collection<Long> envelopeIds) {
        change(() -> {
            cards.markReturned(envelopeIds);
            return new Done("cards.done.returned", envelopeIds.size());
        });
    }

    public void rename(long envelopeId, String addressee, String salutation) {
        change(() -> {
            cards.rename(envelopeId, addressee, salutation);
            return null;
        });
    }

    public void split(long envelopeId, long contactId) {
        change(() -> {
            cards.split(envelopeId, contactId);
            return null;
        });
    }

    public void remove(Collection<Long> envelopeIds) {
        change(() -> {
            envelopeIds.forEach(cards::removeEnvelope);
            return new Done("cards.done.removed", envelopeIds.size());
        });
    }

    /** Adds a contact by hand; a problem (no address, on the list) shows as the error. */
    public void add(long contactId) {
        CardListSummary list = selected.get();
        if (list == null) {
            return;
        }
        runner.run(() -> cards.add(list.id(), contactId), outcome -> {
            if (outcome.ok()) {
                errorKey.set(null);
                refresh();
            } else {
                errorKey.set(outcome.problems().get(0).messageKey());
            }
        }, this::fail);
    }

    /** Deletes the chosen list with its envelopes once the user said so; Cancel is the default answer. */
    public void deleteList() {
        CardListSummary list = selected.get();
        if (list == null) {
            return;
        }
        Words delete = Words.of("cards.deleteList.confirm");
        if (!dialogs.confirm(Question.of("deleteListConfirm", delete,
                Words.of("cards.deleteList.question", list.name(), list.envelopes()), null, delete).asWarning())) {
            return;
        }
        selected.set(null);
        change(() -> {
            cards.delete(list.id());
            return new Done("cards.done.deleted", list.name());
        });
    }

    /**
     * The card settings: read off the UI thread, shown in {@code form} (empty when cancelled), and what
     * was chosen written off the UI thread. A home country that is not a two-letter code is cleared.
     */
    public void editSettings(Function<CardSettings, Optional<CardSettings>> form) {
        runner.run(() -> new CardSettings(settings.cardFollowUpDays(), settings.returnAddress(), settings.homeCountry()),
                current -> form.apply(current).ifPresent(this::saveSettings), this::fail);
    }

    private void saveSettings(CardSettings chosen) {
        int days = chosen.followUpDays() < 1 || chosen.followUpDays() > Settings.MAX_FOLLOW_UP_DAYS
                ? Settings.DEFAULT_FOLLOW_UP_DAYS : chosen.followUpDays();
        String home = chosen.homeCountry() == null ? "" : chosen.homeCountry().strip();
        runner.run(() -> {
            settings.setCardFollowUpDays(days);
            settings.setReturnAddress(chosen.returnAddress() == null ? "" : chosen.returnAddress());
            settings.setHomeCountry(home.length() == 2 ? home : null);
            return Boolean.TRUE;
        }, ok -> {
            errorKey.set(null);
            done.set(new Done("cards.settings.saved"));
        }, this::fail);
    }

    /** Runs a change off the UI thread; what it returns (or null) is the notification to show. */
    private void change(java.util.concurrent.Callable<Done> work) {
        runner.run(() -> java.util.Optional.ofNullable(work.call()), message -> {
            errorKey.set(null);
            message.ifPresent(done::set);
            refresh();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    /**
     * The heading over the envelopes: the list's name when it says the occasion and year ("Holiday
     * 2026"), else the name with both ("Family — Holiday 2026"); without a list, what to do.
     */
    public Words heading() {
        CardListSummary s = selected.get();
        if (s == null) {
            return Words.of(lists.isEmpty() ? "cards.none" : "cards.choose");
        }
        boolean nameSaysIt = s.name().contains(Integer.toString(s.list().year()))
                && (s.list().occasion().isEmpty() || s.name().contains(s.list().occasion()));
        return nameSaysIt ? Words.of("cards.list.title", s.name())
                : Words.of("cards.list.titleOccasion", s.name(), s.list().occasion(), s.list().year());
    }

    /** How the chosen list's envelopes stand; empty words without a list. */
    public Words counts() {
        CardListSummary s = selected.get();
        return s == null ? null
                : Words.of("cards.list.counts", s.envelopes(), s.planned(), s.sent(), s.received(), s.returned());
    }

    public ObservableList<CardListSummary> lists() {
        return lists;
    }

    public ObservableList<EnvelopeRow> envelopes() {
        return envelopes;
    }

    public ObjectProperty<CardListSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Done> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public CardService service() {
        return cards;
    }
}
