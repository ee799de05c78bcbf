package app.rapport.ui.today;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.today.Lane;
import app.rapport.domain.today.TodayPlan;
import app.rapport.domain.today.TodayRules;
import app.rapport.domain.today.UpcomingBirthday;
import app.rapport.service.DataChanges;
import app.rapport.service.today.TodayService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today area: three lanes with their counts (the filtered count, each lane showing its first
 * {@link TodayRules#LANE_CAP} until "show all"), the daily pick from the overdue lane, birthdays a week ahead,
 * filters by lane, kind and tag and a search. Snooze, Done and Log change the data at once and say so in the row
 * ("Snoozed until …") with an Undo that reverts them; an acted row stays in its lane until the next day's list.
 * Every change is announced on {@link DataChanges}, which reloads the list (and any other area shown).
 */
public final class TodayViewModel {
    public static final int SNOOZE_DAYS = 7;

    /** A row: the item, its lane, and what was done to it ({@code status} null until an action). */
    public record Row(DueItem item, Lane lane, Words status) {
        String key() {
            return item.contactId() + "/" + item.reason() + "/" + item.followUpId() + "/" + item.dueOn();
        }
    }

    /** Work that reverts an action, run off the window's thread. */
    @FunctionalInterface
    private interface UndoWork {
        void run() throws Exception;
    }

    private record Acted(Row row, UndoWork undo) {
    }

    private final TodayService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final DataChanges changes;
    private final Map<Lane, ObservableList<Row>> rows = new EnumMap<>(Lane.class);
    private final Map<Lane, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Lane.class);
    private final Map<Lane, ReadOnlyBooleanWrapper> more = new EnumMap<>(Lane.class);
    private final Set<Lane> showAll = EnumSet.noneOf(Lane.class);
    private final Map<String, Acted> acted = new LinkedHashMap<>();
    private final ObservableList<Row> pick = FXCollections.observableArrayList();
    /** Rows acted on in the daily pick: they stay there, with their Undo, though the pick moves on. */
    private final Set<String> actedInPick = new java.util.LinkedHashSet<>();
    private final ObservableList<Words> birthdays = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Words> budget = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Words> digest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Lane> lane = new SimpleObjectProperty<>();
    private final ObjectProperty<DueReason> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private TodayPlan plan;
    /** What the last "snooze all" did, with how to undo it; null when there is nothing to undo. */
    private final ReadOnlyObjectWrapper<Words> caughtUp = new ReadOnlyObjectWrapper<>();
    private java.util.Map<Long, LocalDate> caughtUpBefore;
    private Set<Long> tagged;

    public TodayViewModel(TodayService service, TaskRunner runner, Clock clock, DataChanges changes) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.changes = changes;
        for (Lane l : Lane.values()) {
            rows.put(l, FXCollections.observableArrayList());
            counts.put(l, new ReadOnlyIntegerWrapper());
            more.put(l, new ReadOnlyBooleanWrapper());
        }
        lane.addListener((o, a, b) -> apply());
        kind.addListener((o, a, b) -> apply());
        search.addListener((o, a, b) -> apply());
        tag.addListener((o, a, b) -> loadTag(b));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the plan for today again (the acted rows stay, with their Undo). */
    public void refresh() {
        LocalDate day = today();
        runner.run(() -> new Loaded(service.plan(day), service.tags()), loadedPlan -> {
            errorKey.set(null);
            if (plan != null && !plan.day().equals(day)) {
                acted.clear();
                actedInPick.clear();
            }
            plan = loadedPlan.plan();
            String chosen = tag.get();
            tags.setAll(loadedPlan.tags());
            tag.set(chosen);
            loaded.set(true);
            apply();
        }, this::failed);
    }

    private record Loaded(TodayPlan plan, List<String> tags) {
    }

    private void loadTag(String name) {
        if (name == null || name.isBlank()) {
            tagged = null;
            apply();
            return;
        }
        runner.run(() -> service.tagged(name), ids -> {
            tagged = ids;
            apply();
        }, this::failed);
    }

    private void apply() {
        if (plan == null) {
            return;
        }
        Predicate<DueItem> shown = shownByFilters();
        for (Lane l : Lane.values()) {
            List<DueItem> items = lane.get() == null || lane.get() == l
                    ? plan.lane(l).items().stream().filter(shown).toList() : List.of();
            counts.get(l).set(items.size());
            more.get(l).set(!showAll.contains(l) && items.size() > TodayRules.LANE_CAP);
            List<DueItem> visible = showAll.contains(l) ? items : items.subList(0, Math.min(TodayRules.LANE_CAP, items.size()));
            List<Row> result = new ArrayList<>();
            Set<String> present = new java.util.HashSet<>();
            for (DueItem item : visible) {
                Row row = new Row(item, l, null);
                Acted a = acted.get(row.key());
                result.add(a == null ? row : a.row());
                present.add(row.key());
            }
            int at = 0;
            for (Acted a : acted.values()) {
                if (a.row().lane() == l && !present.contains(a.row().key()) && (lane.get() == null || lane.get() == l)) {
                    result.add(at++, a.row());
                }
            }
            rows.get(l).setAll(result);
        }
        List<Row> picked = new ArrayList<>();
        for (String key : actedInPick) {
            Acted a = acted.get(key);
            if (a != null) {
                picked.add(a.row());
            }
        }
        for (DueItem i : plan.budget().picked()) {
            Row row = new Row(i, Lane.OVERDUE, null);
            if (!actedInPick.contains(row.key())) {
                Acted a = acted.get(row.key());
                picked.add(a == null ? row : a.row());
            }
        }
        pick.setAll(picked);
        digest.set(digest(plan));
        day.set(plan.day());
        budget.set(plan.budget().size() == 0 ? Words.of("today.budget.none")
                : Words.of("today.budget", plan.budget().size(), plan.budget().overdue(), plan.budget().cadenceDays()));
        birthdays.setAll(birthdays(plan.birthdays()));
    }

    private Predicate<DueItem> shownByFilters() {
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        return item -> (kind.get() == null || item.reason() == kind.get())
                && (tagged == null || tagged.contains(item.contactId()))
                && (words.isEmpty() || item.name().toLowerCase(Locale.ROOT).contains(words)
                    || (item.note() != null && item.note().toLowerCase(Locale.ROOT).contains(words)));
    }

    /**
     * The morning's digest, "1 birthday, 2 follow-ups, 5 people to reach": birthdays today, follow-ups due
     * (today or before, the Today lane's), and the daily pick; always of the whole plan, whatever the filters.
     */
    static Words digest(TodayPlan plan) {
        List<DueItem> today = plan.lane(Lane.TODAY).items();
        long birthdaysToday = today.stream().filter(i -> i.reason() == DueReason.BIRTHDAY).count();
        long followUps = today.stream().filter(i -> i.reason() == DueReason.FOLLOW_UP).count();
        return Words.of("today.digest", birthdaysToday, followUps, plan.budget().size());
    }

    /**
     * Reads the plan again when the day has turned since it was read (Rapport left open overnight): the
     * lanes, the pick and the digest are of the new day; the acted rows of yesterday go.
     */
    public void refreshIfNewDay() {
        if (plan != null && !plan.day().equals(today())) {
            refresh();
        }
    }

    /** How many birthdays ahead are named; a 5,000-person network has dozens a week, a paragraph nobody reads. */
    static final int BIRTHDAY_CAP = 6;

    /** The first {@link #BIRTHDAY_CAP} birthdays ahead, soonest first, then how many more there are. */
    static List<Words> birthdays(List<UpcomingBirthday> ahead) {
        List<Words> named = new ArrayList<>(ahead.stream().limit(BIRTHDAY_CAP).map(TodayViewModel::birthday).toList());
        if (ahead.size() > BIRTHDAY_CAP) {
            named.add(Words.of("today.birthdays.more", ahead.size() - BIRTHDAY_CAP));
        }
        return named;
    }

    static Words birthday(UpcomingBirthday b) {
        return b.age() == null ? Words.of("today.birthday", b.name(), b.on())
                : Words.of("today.birthday.turns", b.name(), b.age(), b.on());
    }

    /** Why the row is there, in the keep-in-touch list's words. */
    public static Words reason(DueItem d) {
        return app.rapport.ui.keepintouch.KeepInTouchViewModel.reasonWords(d);
    }

    /** Done is for follow-ups; every row can be snoozed, logged and opened. */
    public static boolean canBeDone(Row row) {
        return row.item().followUpId() > 0;
    }

    /** Keeps the contact off the list for a week; Undo brings back the snooze from before (or none). */
    public void snooze(Row row) {
        LocalDate until = today().plusDays(SNOOZE_DAYS);
        long contact = row.item().contactId();
        runner.run(() -> java.util.Optional.ofNullable(service.snooze(contact, until)), previous ->
                        act(row, Words.of("today.snoozed", until), () -> service.restoreSnooze(contact, previous.orElse(null))),
                this::failed);
    }

    /**
     * Catch up after a holiday: every contact the lane holds under the filters now (a tag, a kind, a
     * search; not only the rows shown) is snoozed for a week at once; {@link #undoCatchUp} puts each
     * snooze back as it was.
     */
    public void snoozeAll(Lane l) {
        if (plan == null) {
            return;
        }
        LocalDate until = today().plusDays(SNOOZE_DAYS);
        List<Long> ids = plan.lane(l).items().stream().filter(shownByFilters()).map(DueItem::contactId).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        runner.run(() -> service.snoozeAll(ids, until), before -> {
            caughtUpBefore = before;
            caughtUp.set(Words.of("today.caughtUp", before.size(), until));
            changes.changed();
        }, this::failed);
    }

    /** Puts back the snoozes the last {@link #snoozeAll} replaced. */
    public void undoCatchUp() {
        java.util.Map<Long, LocalDate> before = caughtUpBefore;
        if (before == null) {
            return;
        }
        caughtUpBefore = null;
        runner.run(() -> {
            service.restoreSnoozes(before);
            return null;
        }, nothing -> {
            caughtUp.set(null);
            changes.changed();
        }, failure -> {
            caughtUpBefore = before;
            failed(failure);
        });
    }

    public ReadOnlyObjectProperty<Words> caughtUpProperty() {
        return caughtUp.getReadOnlyProperty();
    }

    /** The follow-up is done; Undo opens it again. */
    public void done(Row row) {
        long followUp = row.item().followUpId();
        runner.run(() -> {
            service.done(followUp);
            return followUp;
        }, id -> act(row, Words.of("today.doneStatus"), () -> service.reopen(id)), this::failed);
    }

    /** An interaction was just logged with the row's contact (the quick log saved); Undo moves it to the trash. */
    public void logged(Row row) {
        long contact = row.item().contactId();
        runner.run(() -> service.newestInteraction(contact), id -> act(row, Words.of("today.loggedStatus"), () -> {
            if (id > 0) {
                service.unlog(id);
            }
        }), this::failed);
    }

    /** Reverts what was done to the row. */
    public void undo(Row row) {
        Acted a = acted.remove(row.key());
        if (a == null) {
            return;
        }
        actedInPick.remove(row.key());
        runner.run(() -> {
            a.undo().run();
            return null;
        }, nothing -> changes.changed(), failure -> {
            acted.put(row.key(), a);
            failed(failure);
        });
    }

    private void act(Row row, Words status, UndoWork undo) {
        Row done = new Row(row.item(), row.lane(), status);
        acted.put(done.key(), new Acted(done, undo));
        if (pick.stream().anyMatch(p -> p.key().equals(done.key()))) {
            actedInPick.add(done.key());
        }
        changes.changed();
        apply();
    }

    private void failed(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
        loaded.set(true);
    }

    /** Shows every row of the lane, not only its first {@link TodayRules#LANE_CAP}. */
    public void showAll(Lane l) {
        showAll.add(l);
        apply();
    }

    public ObservableList<Row> rows(Lane l) {
        return rows.get(l);
    }

    public ReadOnlyIntegerProperty countProperty(Lane l) {
        return counts.get(l).getReadOnlyProperty();
    }

    /** Whether the lane has rows beyond those shown: "show all" is offered. */
    public ReadOnlyBooleanProperty moreProperty(Lane l) {
        return more.get(l).getReadOnlyProperty();
    }

    public ObservableList<Row> pick() {
        return pick;
    }

    /** "1 birthday, 2 follow-ups, 5 people to reach" for the day the plan is of; null before it is read. */
    public ReadOnlyObjectProperty<Words> digestProperty() {
        return digest.getReadOnlyProperty();
    }

    /** The day the lanes are of; null before they are read. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Words> budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    public ObservableList<Words> birthdays() {
        return birthdays;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The lane shown alone, or null for all three. */
    public ObjectProperty<Lane> laneProperty() {
        return lane;
    }

    /** The kind of item shown alone, or null for every kind. */
    public ObjectProperty<DueReason> kindProperty() {
        return kind;
    }

    /** The tag the rows' contacts must have, or null. */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
