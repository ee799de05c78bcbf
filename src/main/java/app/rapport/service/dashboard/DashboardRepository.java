package app.rapport.service.dashboard;

import app.rapport.domain.dashboard.Goal;
import app.rapport.domain.dashboard.IndicatorFacts;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.interactions.InteractionType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The dashboard's reads and the snapshots and goals it keeps. Every write is one transaction. */
public interface DashboardRepository {
    IndicatorFacts facts(LocalDate today);

    /** Keeps the day's values, replacing those of the same day. */
    void saveSnapshot(IndicatorValues values);

    /** The snapshots from {@code from} to {@code to}, oldest first. */
    List<IndicatorValues> snapshots(LocalDate from, LocalDate to);

    List<Goal> goals();

    long addGoal(Goal goal);

    void removeGoal(long id);

    /** How many live, not archived contacts have a kept score in each tenth (0–9, 10–19, … 90–100). */
    int[] scoreDistribution();

    /** Interactions not in the trash per month and type, from the first day of {@code from}. */
    Map<YearMonth, Map<InteractionType, Integer>> interactionsPerMonth(YearMonth from);

    /** Ledger kinds given ([0]) and received ([1]) per month, from the first day of {@code from}. */
    Map<YearMonth, int[]> ledgerPerMonth(YearMonth from);
}
