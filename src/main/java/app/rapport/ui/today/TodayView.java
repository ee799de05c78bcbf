package app.rapport.ui.today;

import app.rapport.domain.keepintouch.DueReason;
import app.rapport.domain.today.Lane;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.interactions.QuickLog;
import app.rapport.ui.today.TodayViewModel.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The Today area (TodayView.fxml): the daily pick, birthdays ahead, filters and the three lanes; binds to {@link TodayViewModel}. */
public final class TodayView {
    private static final String ALL = "";

    private final TodayViewModel vm;
    private final I18n i18n;
    private final TodayWords words;
    private final Parent root;

    @FXML private Label date;
    @FXML private Label digest;
    @FXML private Label budget;
    @FXML private ListView<Row> pick;
    @FXML private Label birthdays;
    @FXML private ComboBox<String> laneFilter;
    @FXML private ComboBox<String> kindFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private TextField search;
    @FXML private Label error;
    @FXML private HBox caughtUpBar;
    @FXML private Label caughtUpText;
    @FXML private TitledPane todayPane;
    @FXML private TitledPane weekPane;
    @FXML private TitledPane overduePane;
    @FXML private ListView<Row> todayList;
    @FXML private ListView<Row> weekList;
    @FXML private ListView<Row> overdueList;
    @FXML private Hyperlink todayMore;
    @FXML private Hyperlink weekMore;
    @FXML private Hyperlink overdueMore;
    @FXML private Hyperlink weekSnoozeAll;
    @FXML private Hyperlink overdueSnoozeAll;

    /**
     * @param quickLog the app's quick-log dialog
     * @param onOpen   shows the contact in the Contacts area
     */
    /** A row's height with its buttons, in every language's font. */
    private static final double ROW_HEIGHT = 38;

    public TodayView(TodayViewModel vm, I18n i18n, QuickLog quickLog, LongConsumer onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.words = new TodayWords(i18n);
        this.root = FxmlView.load(this, i18n);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        caughtUpText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.caughtUpProperty().get() == null ? "" : words.text(vm.caughtUpProperty().get()), vm.caughtUpProperty()));
        caughtUpBar.visibleProperty().bind(vm.caughtUpProperty().isNotNull());
        caughtUpBar.managedProperty().bind(caughtUpBar.visibleProperty());

        date.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> words.fullDay(vm.dayProperty().get()), vm.dayProperty()));
        digest.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> words.text(vm.digestProperty().get()), vm.digestProperty()));
        budget.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> words.text(vm.budgetProperty().get()), vm.budgetProperty()));
        vm.birthdays().addListener((javafx.collections.ListChangeListener<Object>) c -> showBirthdays());
        showBirthdays();
        lane(todayPane, todayList, todayMore, Lane.TODAY, quickLog, onOpen);
        lane(weekPane, weekList, weekMore, Lane.THIS_WEEK, quickLog, onOpen);
        lane(overduePane, overdueList, overdueMore, Lane.OVERDUE, quickLog, onOpen);
        pick.setItems(vm.pick());
        fitRows(pick, 5); // ten picked rows left a sliver of the lanes in a 720-pixel window
        pick.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.pick()));
        pick.managedProperty().bind(pick.visibleProperty());
        showWhenAny(weekSnoozeAll, Lane.THIS_WEEK);
        showWhenAny(overdueSnoozeAll, Lane.OVERDUE);
        pick.setCellFactory(l -> new TodayCell(i18n, vm, row -> log(quickLog, row), row -> onOpen.accept(row.item().contactId())));

        choices(laneFilter, names(Lane.values()), "today.filter.allLanes", "today.lane.");
        laneFilter.valueProperty().addListener((o, a, b) -> vm.laneProperty().set(ALL.equals(b) ? null : Lane.valueOf(b)));
        choices(kindFilter, names(DueReason.values()), "today.filter.allKinds", "today.kind.");
        kindFilter.valueProperty().addListener((o, a, b) -> vm.kindProperty().set(ALL.equals(b) ? null : DueReason.valueOf(b)));
        choices(tagFilter, vm.tags(), "today.filter.allTags", null);
        vm.tags().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String chosen = tagFilter.getValue();
            tagFilter.getItems().setAll(withAll(vm.tags()));
            tagFilter.setValue(tagFilter.getItems().contains(chosen) ? chosen : ALL);
        });
        tagFilter.valueProperty().addListener((o, a, b) -> vm.tagProperty().set(b == null || ALL.equals(b) ? null : b));
        search.textProperty().bindBidirectional(vm.searchProperty());
    }

    private void lane(TitledPane pane, ListView<Row> list, Hyperlink more, Lane lane, QuickLog quickLog, LongConsumer onOpen) {
        String key = "today.lane." + lane.name();
        pane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("today.laneCount", i18n.get(key), vm.countProperty(lane).get()), vm.countProperty(lane)));
        list.setItems(vm.rows(lane));
        fitRows(list, 12);
        list.setCellFactory(l -> new TodayCell(i18n, vm, row -> log(quickLog, row), row -> onOpen.accept(row.item().contactId())));
        list.setPlaceholder(new Label(i18n.get("today.empty")));
        pane.visibleProperty().bind(vm.laneProperty().isNull().or(vm.laneProperty().isEqualTo(lane)));
        pane.managedProperty().bind(pane.visibleProperty());
        more.visibleProperty().bind(vm.moreProperty(lane));
        more.managedProperty().bind(more.visibleProperty());
    }

    /** "Snooze all" only where the lane holds someone. */
    private void showWhenAny(Hyperlink link, Lane lane) {
        link.visibleProperty().bind(vm.countProperty(lane).greaterThan(0));
        link.managedProperty().bind(link.visibleProperty());
    }

    /** As tall as its rows (one for the placeholder), up to {@code most}; a lane of one row is not a 260-pixel box. */
    private static void fitRows(ListView<Row> list, int most) {
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(list.getItems().size(), most)) * ROW_HEIGHT + 4, list.getItems()));
        list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private void log(QuickLog quickLog, Row row) {
        quickLog.open(List.of(row.item().contactId()), row.item().name(), () -> vm.logged(row));
    }

    private void showBirthdays() {
        birthdays.setText(vm.birthdays().isEmpty() ? i18n.get("today.birthdays.none")
                : vm.birthdays().stream().map(words::text).collect(Collectors.joining(" \u00b7 ")));
    }

    private void choices(ComboBox<String> box, List<String> values, String allKey, String prefix) {
        box.getItems().setAll(withAll(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || ALL.equals(value) ? i18n.get(allKey) : prefix == null ? value : i18n.get(prefix + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setValue(ALL);
    }

    private static List<String> withAll(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(ALL);
        all.addAll(values);
        return all;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    @FXML private void showAllToday() {
        vm.showAll(Lane.TODAY);
    }

    @FXML private void showAllWeek() {
        vm.showAll(Lane.THIS_WEEK);
    }

    @FXML private void snoozeAllWeek() {
        vm.snoozeAll(Lane.THIS_WEEK);
    }

    @FXML private void snoozeAllOverdue() {
        vm.snoozeAll(Lane.OVERDUE);
    }

    @FXML private void undoCatchUp() {
        vm.undoCatchUp();
    }

    @FXML private void showAllOverdue() {
        vm.showAll(Lane.OVERDUE);
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        vm.refresh();
    }

    /** Rapport left open overnight: the lanes of the new day, checked once a minute while the area is shown. */
    public void refreshIfNewDay() {
        vm.refreshIfNewDay();
    }
}
