package app.rapport.ui.dashboard;

import app.rapport.domain.InteractionType;
import app.rapport.domain.dashboard.GoalProgress;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Dashboard area: a tile per indicator with its value, a sparkline of its history and its goal,
 * and charts where a picture says more than numbers (scores, interactions by month, the ledger).
 */
public final class DashboardView {
    private static final Color GOOD = Color.web("#1f883d");
    private static final Color WATCH = Color.web("#cf222e");

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
    @FXML private Tab scoreTab;
    @FXML private Tab interactionsTab;
    @FXML private Tab ledgerTab;

    public DashboardView(DashboardViewModel vm, I18n i18n, Runnable onWeights) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        this.text = new IndicatorText(i18n);
        tiles.setId("indicatorTiles");
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
            tiles.getChildren().add(tile(indicator, data));
        }
        scoreTab.setContent(scoreChart(data.scoreDistribution()));
        interactionsTab.setContent(interactionsChart(data.interactions()));
        ledgerTab.setContent(ledgerChart(data.ledger()));
    }

    private VBox tile(Indicator indicator, DashboardViewModel.Data data) {
        Label name = new Label(i18n.get("indicator." + indicator.name()));
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        Label value = new Label(text.value(indicator, data.today().get(indicator)));
        value.getStyleClass().add("tile-value");
        value.setId("value-" + indicator.name());
        Sparkline spark = new Sparkline(200, 36);
        List<Double> history = data.history().stream().map(v -> v.get(indicator)).toList();
        spark.draw(history, indicator.higherIsBetter() ? GOOD : WATCH);
        VBox tile = new VBox(4, name, value, spark);
        tile.getStyleClass().add("indicator-tile");
        tile.setId("tile-" + indicator.name());
        tile.setPrefWidth(224);
        data.goals().stream().filter(g -> g.goal().indicator() == indicator).findFirst()
                .ifPresentOrElse(g -> tile.getChildren().addAll(goal(g)), () -> {
                    Hyperlink set = new Hyperlink(i18n.get("goal.set"));
                    set.setId("setGoal-" + indicator.name());
                    set.setOnAction(e -> new GoalDialog(root.getScene().getWindow(), i18n, indicator, vm.today(), vm)
                            .show());
                    tile.getChildren().add(set);
                });
        return tile;
    }

    private List<javafx.scene.Node> goal(GoalProgress g) {
        Indicator indicator = g.goal().indicator();
        Label what = new Label(i18n.format(indicator.higherIsBetter() ? "goal.line.atLeast" : "goal.line.atMost",
                text.value(indicator, g.goal().target()), i18n.date(g.goal().dueOn())));
        what.setWrapText(true);
        what.getStyleClass().add("result-count");
        ProgressBar bar = new ProgressBar(g.share());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label how = new Label(g.met() ? i18n.get("goal.met")
                : g.daysLeft() < 0 ? i18n.format("goal.missed", Math.round(g.share() * 100))
                : i18n.format("goal.progress", Math.round(g.share() * 100), g.daysLeft()));
        how.setId("goal-" + indicator.name());
        how.setWrapText(true);
        Hyperlink remove = new Hyperlink(i18n.get("goal.remove"));
        remove.setOnAction(e -> vm.removeGoal(g.goal().id()));
        return List.of(what, bar, new HBox(6, how, remove));
    }

    /** A chart's month ("Dec 26"), in the locale's calendar as every other date: "ธ.ค. 69" in Thai. */
    private DateTimeFormatter monthFormat() {
        return i18n.calendar(DateTimeFormatter.ofPattern("MMM yy"));
    }

    private BarChart<String, Number> scoreChart(int[] buckets) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getXAxis().setLabel(i18n.get("dashboard.chart.scoreAxis"));
        chart.getYAxis().setLabel(i18n.get("dashboard.chart.contacts"));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < buckets.length; i++) {
            series.getData().add(new XYChart.Data<>(i * 10 + "\u2013" + (i == 9 ? 100 : i * 10 + 9), buckets[i]));
        }
        chart.getData().add(series);
        return chart;
    }

    private StackedBarChart<String, Number> interactionsChart(Map<YearMonth, Map<InteractionType, Integer>> months) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.getYAxis().setLabel(i18n.get("dashboard.chart.interactionsAxis"));
        DateTimeFormatter month = monthFormat();
        // eight groups at most: a chart's colours repeat after eight series
        for (List<InteractionType> group : CHART_GROUPS) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(group.stream().map(t -> i18n.get("interactionType." + t.name()))
                    .reduce((a, b) -> a + ", " + b).orElse(""));
            months.forEach((m, counts) -> series.getData().add(new XYChart.Data<>(month.format(m.atDay(1)),
                    group.stream().mapToInt(t -> counts.getOrDefault(t, 0)).sum())));
            if (series.getData().stream().anyMatch(d -> d.getYValue().intValue() > 0)) {
                chart.getData().add(series);
            }
        }
        return chart;
    }

    private LineChart<String, Number> ledgerChart(Map<YearMonth, int[]> months) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        DateTimeFormatter month = monthFormat();
        XYChart.Series<String, Number> given = new XYChart.Series<>();
        given.setName(i18n.get("ledger.given"));
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(i18n.get("ledger.received"));
        months.forEach((m, v) -> {
            given.getData().add(new XYChart.Data<>(month.format(m.atDay(1)), v[0]));
            received.getData().add(new XYChart.Data<>(month.format(m.atDay(1)), v[1]));
        });
        chart.getData().add(given);
        chart.getData().add(received);
        return chart;
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
