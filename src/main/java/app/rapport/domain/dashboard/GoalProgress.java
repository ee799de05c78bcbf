package app.rapport.domain.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a goal stands on a day: the value, whether it is met, how far of the way from where it
 * started (the value on the day it was set) to the target, 0–1, and the days left (negative when
 * past its day).
 */
public record GoalProgress(Goal goal, double value, boolean met, double share, long daysLeft) {

    public static GoalProgress of(Goal goal, double value, LocalDate today) {
        double start = goal.start();
        boolean higher = goal.indicator().higherIsBetter();
        boolean met = higher ? value >= goal.target() : value <= goal.target();
        double share;
        if (met) {
            share = 1;
        } else {
            double distance = goal.target() - start;
            share = distance == 0 || Math.signum(distance) != (higher ? 1 : -1) ? 0
                    : Math.max(0, Math.min(1, (value - start) / distance));
        }
        return new GoalProgress(goal, value, met, share, ChronoUnit.DAYS.between(today, goal.dueOn()));
    }
}
