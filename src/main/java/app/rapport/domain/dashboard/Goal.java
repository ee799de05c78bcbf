package app.rapport.domain.dashboard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A target for an indicator by a day (step 2 of measuring the network): "kept in touch ≥ 80 % by June". The direction
 * is the indicator's: at least for what is better higher, at most otherwise; {@code start} is the value
 * on the day it was set. {@code id} is 0 before it is saved.
 */
public record Goal(long id, Indicator indicator, double target, double start, LocalDate dueOn, LocalDate setOn) {
    public Goal {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(setOn, "setOn");
    }
}
