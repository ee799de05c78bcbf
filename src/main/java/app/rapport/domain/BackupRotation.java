package app.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to delete. Walking from the newest, a backup is kept when it is the newest of one
 * of the last {@code keepDaily} days that have a backup, or of one of the last {@code keepWeekly}
 * ISO weeks that have one, or one of the last {@code keepBeforeRestore} taken before a restore.
 * Copies taken before a restore are a series of their own: they never push the day's regular
 * backup (often the one just restored) out of its place.
 * Days without a backup (the computer was off) do not use up a place, so a week away never
 * deletes the last good copies. The newest backup is never deleted, whatever the settings.
 */
public final class BackupRotation {
    private BackupRotation() {
    }

    /** The backups to delete, oldest first. */
    public static List<Backup> toDelete(List<Backup> backups, BackupSettings settings) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Backup.NEWEST_FIRST);
        Set<Backup> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        List<Backup> regular = newestFirst.stream().filter(b -> !b.beforeRestore()).toList();
        keep.addAll(newestPerPeriod(regular, settings.keepDaily(), b -> b.takenAt().toLocalDate()));
        keep.addAll(newestPerPeriod(regular, settings.keepWeekly(), b -> weekOf(b.takenAt().toLocalDate())));
        newestFirst.stream().filter(Backup::beforeRestore).limit(settings.keepBeforeRestore()).forEach(keep::add);
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
