package app.rapport.domain.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to delete. Only good backups (checked by SQLite) count: walking from the newest, a
 * good backup is kept when it is the newest of one of the last {@code keepDaily} days that have a
 * good backup, or of one of the last {@code keepWeekly} ISO weeks that have one, or one of the last
 * {@code keepBeforeRestore} taken before a restore (damaged or not: what a restore replaced), or one
 * of the last {@code keepAtStart} taken as Rapport opened the database. Copies taken before a restore are a series of their own: they never
 * push the day's regular backup (often the one just restored) out of its place.
 * <p>
 * Days without a good backup (the computer was off, or the database was damaged) do not use up a
 * place, so neither a week away nor weeks of damaged copies ever delete the last good ones. Whatever
 * the settings, the newest good backup is never deleted, nor the newest good one taken before this
 * run of Rapport started (so Back up now never replaces the state from before the session), nor the
 * newest backup of all. Of the damaged copies only the newest is kept: it may still hold rows the
 * last good backup lacks. A backup not checked yet is never deleted: what is not known is not lost.
 */
public final class BackupRotation {
    private BackupRotation() {
    }

    /** The backups to delete, oldest first, with no run start to protect (the command line). */
    public static List<Backup> toDelete(List<Backup> backups, BackupSettings settings) {
        return toDelete(backups, settings, null);
    }

    /**
     * The backups to delete, oldest first.
     *
     * @param runStartedAt when this run of Rapport opened the database (local time), or null
     */
    public static List<Backup> toDelete(List<Backup> backups, BackupSettings settings, LocalDateTime runStartedAt) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Backup.NEWEST_FIRST);
        Set<Backup> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        newestFirst.stream().filter(b -> b.health() == Backup.Health.UNCHECKED).forEach(keep::add);
        newestFirst.stream().filter(Backup::damaged).limit(1).forEach(keep::add);
        List<Backup> good = newestFirst.stream().filter(Backup::good).toList();
        good.stream().limit(1).forEach(keep::add);
        if (runStartedAt != null) {
            good.stream().filter(b -> !b.takenAt().isAfter(runStartedAt)).limit(1).forEach(keep::add);
        }
        List<Backup> regular = good.stream().filter(b -> !b.beforeRestore()).toList();
        keep.addAll(newestPerPeriod(regular, settings.keepDaily(), b -> b.takenAt().toLocalDate()));
        keep.addAll(newestPerPeriod(regular, settings.keepWeekly(), b -> weekOf(b.takenAt().toLocalDate())));
        // what a restore replaced is kept in its series even when damaged: it may hold rows nothing else has
        newestFirst.stream().filter(Backup::beforeRestore).limit(settings.keepBeforeRestore()).forEach(keep::add);
        good.stream().filter(b -> b.kind() == Backup.Kind.AT_START).limit(settings.keepAtStart()).forEach(keep::add);
        List<Backup> delete = new ArrayList<>(newestFirst.stream().filter(b -> !keep.contains(b)).toList());
        Collections.reverse(delete);
        return delete;
    }

    private static List<Backup> newestPerPeriod(List<Backup> newestFirst, int periods, Function<Backup, Object> periodOf) {
        Set<Object> seen = new LinkedHashSet<>();
        List<Backup> kept = new ArrayList<>();
        for (Backup b : newestFirst) {
            if (seen.size() == periods && !seen.contains(periodOf.apply(b))) {
                break;
            }
            if (seen.add(periodOf.apply(b))) {
                kept.add(b);
            }
        }
        return kept;
    }

    /** The ISO week (Monday to Sunday) a day falls in; around New Year the week's year may differ from the day's. */
    private static Object weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
