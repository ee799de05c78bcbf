package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;

/**
 * The Dashboard area: a tile per indicator with its value, a sparkline of its history and its goal,
 * and charts where a picture says more than numbers (scores, interactions by month, the ledger).
 */
public final class DashboardView {
    private static final List<List<InteractionType>> CHART_GROUPS = List.of(List.of(InteractionType.CALL),
            List.of(InteractionType.MEETING), List.of(InteractionType.MESSAGE, InteractionType.EMAIL),
            List.of(InteractionType.CARD, InteractionType.GIFT), List.of(InteractionType.EVENT),
            List.of(InteractionType.FAVOUR, InteractionType.INTRODUCTION), List.of(InteractionType.REFERRAL),
            List.of(InteractionType.BUSINESS));

    private final DashboardViewModel vm;
    private final I18n i18n;
    private final ScrollPane root;
    private final IndicatorText text;

    @FXML private Label asOf;
    @FXML private Hyperlink weights;
    @FXML private Label errorLabel;
    @FXML private FlowPane tiles;
    @FXML private BarChart<String, Number> scoreChart;
    @FXML private StackedBarChart<String, Number> interactionsChart;
    @FXML private LineChart<String, Number> ledgerChart;

    public DashboardView(DashboardViewModel vm, I18n i18n, Runnable onWeights) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        this.text = new IndicatorText(i18n);
        weights.setOnAction(e -> onWeights.run());
        ErrorText.bind(errorLabel, vm.errorKeyProperty(), i18n);
        vm.dataProperty().addListener((obs, o, data) -> show(data));
    }

    private void show(DashboardViewModel.Data data) {
        if (data == null) {
            return;
        }
        asOf.setText(i18n.format("dashboard.asOf", i18n.date(data.today().day()), data.history().size()));
        tiles.getChildren().clear();
        for (Indicator indicator : Indicator.values()) {
            tiles.getChildren().add(new IndicatorTile(i18n, text, indicator, data, () -> new GoalDialog(
                    root.getScene().getWindow(), i18n, indicator, vm.today(), vm).show(), vm).root());
        }
        showScores(data.scoreDistribution());
        showInteractions(data.interactions());
        showLedger(data.ledger());
    }

    /** A chart's month ("Dec 26"), in the locale's calendar as every other date: "ธ.ค. 69" in Thai. */
    private DateTimeFormatter monthFormat() {
        return i18n.calendar(DateTimeFormatter.ofPattern("MMM yy"));
    }

    private void showScores(int[] buckets) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < buckets.length; i++) {
            series.getData().add(new XYChart.Data<>(i * 10 + "\u2013" + (i == 9 ? 100 : i * 10 + 9), buckets[i]));
        }
        scoreChart.getData().setAll(List.of(series));
    }

    private void showInteractions(Map<YearMonth, Map<InteractionType, Integer>> months) {
        DateTimeFormatter month = monthFormat();
        List<XYChart.Series<String, Number>> shown = new ArrayList<>();
        for (List<InteractionType> group : CHART_GROUPS) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(group.stream().map(t -> i18n.get("interactionType." + t.name()))
                    .reduce((a, b) -> a + ", " + b).orElse(""));
            months.forEach((m, counts) -> series.getData().add(new XYChart.Data<>(month.format(m.atDay(1)),
                    group.stream().mapToInt(t -> counts.getOrDefault(t, 0)).sum())));
            if (series.getData().stream().anyMatch(d -> d.getYValue().intValue() > 0)) {
                shown.add(series);
            }
        }
        interactionsChart.getData().setAll(shown);
    }

    private void showLedger(Map<YearMonth, int[]> months) {
        DateTimeFormatter month = monthFormat();
        XYChart.Series<String, Number> given = new XYChart.Series<>();
        given.setName(i18n.get("ledger.given"));
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(i18n.get("ledger.received"));
        months.forEach((m, v) -> {
            given.getData().add(new XYChart.Data<>(month.format(m.atDay(1)), v[0]));
            received.getData().add(new XYChart.Data<>(month.format(m.atDay(1)), v[1]));
        });
        ledgerChart.getData().setAll(List.of(given, received));
    }

    public void refresh() {
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    /** For tests: today's values as shown. */
    IndicatorValues shown() {
        return vm.dataProperty().get() == null ? null : vm.dataProperty().get().today();
    }
}
