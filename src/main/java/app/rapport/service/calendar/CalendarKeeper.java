package app.rapport.service.calendar;

import app.rapport.domain.language.Bundles;
import app.rapport.service.settings.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the calendar file the user chose up to date: written at start, again a few seconds after the data
 * last changed (changes in a burst, an import say, give one writing), and at every local midnight while Rapport
 * stays open (the day's "people to reach" and the window of follow-ups ahead move with the date), always on its
 * own thread. Midnight is the calendar service's clock's (the user's local time). The keeper wakes at midnight,
 * and also every few minutes ({@link #CHECK}) to ask the clock whether the day has changed since the file was
 * written: a computer that slept through midnight, or whose clock was set, gets its new day soon after it wakes.
 * Where the file is, whether it has alarms and when it was last written are settings of the database.
 */
public final class CalendarKeeper implements AutoCloseable {
    /** How long after the last change the file is written. */
    public static final long DEBOUNCE_MILLIS = 3000;
    /** How often, at most, the keeper asks the clock whether the day has changed. */
    public static final Duration CHECK = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(CalendarKeeper.class);

    /** Where the file is (empty: none chosen), whether it has alarms, when it was last written (empty: never). */
    public record State(Optional<Path> file, boolean alarms, Optional<Instant> written) {
    }

    private final CalendarService calendar;
    private final Settings settings;
    private final Supplier<Locale> language;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "calendar-file");
        t.setDaemon(true);
        return t;
    });
    private final long debounceMillis;
    private final Duration check;
    private ScheduledFuture<?> pending;
    /** The day the file was last written for (or tried, or found none chosen); null before the first. */
    private volatile LocalDate day;

    /** @param language the language the events are worded in (the window's) */
    public CalendarKeeper(CalendarService calendar, Settings settings, Supplier<Locale> language, Clock clock) {
        this(calendar, settings, language, clock, DEBOUNCE_MILLIS);
    }

    /** @param debounceMillis how long after the last change the file is written */
    public CalendarKeeper(CalendarService calendar, Settings settings, Supplier<Locale> language, Clock clock,
                          long debounceMillis) {
        this(calendar, settings, language, clock, debounceMillis, CHECK);
    }

    /**
     * @param clock          when the file was written (the instant only; the day is {@code calendar}'s)
     * @param debounceMillis how long after the last change the file is written
     * @param check          how often, at most, the clock is asked whether the day has changed
     */
    public CalendarKeeper(CalendarService calendar, Settings settings, Supplier<Locale> language, Clock clock,
                          long debounceMillis, Duration check) {
        if (check.isNegative() || check.isZero()) {
            throw new IllegalArgumentException("check must be positive: " + check);
        }
        this.check = check;
        this.debounceMillis = debounceMillis;
        this.calendar = calendar;
        this.settings = settings;
        this.language = language;
        this.clock = clock;
    }

    /** Writes the file now, on the keeper's thread, when one is chosen, and again at every midnight from now on. */
    public void start() {
        try {
            thread.execute(() -> {
                writeQuietly();
                nextCheck();
            });
        } catch (RejectedExecutionException closed) {
            // closed before it started: nothing to keep
        }
    }

    /** The data changed: the file is written once the changes stop for a while ({@link #DEBOUNCE_MILLIS} unless told). */
    public synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!thread.isShutdown()) {
            pending = thread.schedule(this::writeQuietly, debounceMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Blocking. */
    public State state() {
        return new State(settings.calendarFile().map(Path::of), settings.calendarAlarms(), settings.calendarWritten());
    }

    /**
     * Blocking: writes {@code file}, with or without alarms, and keeps it up to date from now on; the file
     * kept before stays as it is when this one cannot be written.
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public State keep(Path file, boolean alarms) {
        Path absolute = file.toAbsolutePath();
        day = calendar.now().toLocalDate();
        writeTo(absolute, alarms);
        settings.setCalendarFile(absolute.toString());
        settings.setCalendarAlarms(alarms);
        return state();
    }

    /** Blocking: no calendar file any more (the one written stays where it is). */
    public State stop() {
        settings.setCalendarFile(null);
        settings.setCalendarWritten(null);
        return state();
    }

    /**
     * Blocking: writes the chosen file now; nothing when none is chosen.
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public State write() {
        day = calendar.now().toLocalDate();
        settings.calendarFile().ifPresent(file -> writeTo(Path.of(file), settings.calendarAlarms()));
        return state();
    }

    private void writeTo(Path file, boolean alarms) {
        Locale locale = language.get();
        calendar.write(file, CalendarOptions.withAlarms(alarms), Bundles.of(locale), locale);
        settings.setCalendarWritten(clock.instant());
    }

    /** On the keeper's thread: a new day since the file was written gets the file written for it. */
    private void newDay() {
        if (!calendar.now().toLocalDate().equals(day)) {
            writeQuietly();
        }
        nextCheck();
    }

    private synchronized void nextCheck() {
        if (thread.isShutdown()) {
            return;
        }
        try {
            thread.schedule(this::newDay, untilNextCheck(calendar.now(), check).toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // closing: no more days
        }
    }

    /**
     * How long to wait from {@code now} before asking whether the day has changed: until the next midnight of
     * {@code now}'s zone (the start of the next day, 01:00 where clocks jump over midnight), or {@code check}
     * when that is sooner.
     */
    static Duration untilNextCheck(ZonedDateTime now, Duration check) {
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
        return untilMidnight.compareTo(check) < 0 ? untilMidnight : check;
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            // the next change tries again; the dialog shows when the file was last written
            LOG.warn("The calendar file could not be written ({}{})", e.getClass().getSimpleName(),
                    e instanceof app.rapport.service.StorageException se ? " " + se.reason() : "");
        }
    }

    /** Stops keeping the file: a writing under way is interrupted, none is started any more, midnight or change. */
    @Override
    public synchronized void close() {
        thread.shutdownNow();
    }

    /** Whether the keeper's thread has ended within {@code wait} after {@link #close()}. */
    boolean ended(Duration wait) throws InterruptedException {
        return thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
