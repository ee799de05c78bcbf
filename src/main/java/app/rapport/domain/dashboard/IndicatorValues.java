package app.rapport.domain.dashboard;

import java.time.LocalDate;
import java.util.Map;

/** Every indicator's value on one day. */
public record IndicatorValues(LocalDate day, Map<Indicator, Double> values) {
    public IndicatorValues {
        values = Map.copyOf(values);
    }

    public double get(Indicator indicator) {
        return values.getOrDefault(indicator, 0.0);
    }
}
