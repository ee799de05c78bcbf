package app.rapport.service.calendar;

import app.rapport.domain.language.Bundles;
import app.rapport.service.settings.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the calendar file the user chose up to date: written at start and again a few seconds after the data
 * last changed (changes in a burst, an import say, give one writing), always on its own thread. Where the file
 * is, whether it has alarms and when it was last written are settings of the database.
 */
public final class CalendarKeeper implements AutoCloseable {
    /** How long after the last change the file is written. */
    public static final long DEBOUNCE_MILLIS = 3000;
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
    private ScheduledFuture<?> pending;

    /** @param language the language the events are worded in (the window's) */
    public CalendarKeeper(CalendarService calendar, Settings settings, Supplier<Locale> language, Clock clock) {
        this(calendar, settings, language, clock, DEBOUNCE_MILLIS);
    }

    /** @param debounceMillis how long after the last change the file is written */
    public CalendarKeeper(CalendarService calendar, Settings settings, Supplier<Locale> language, Clock clock,
                          long debounceMillis) {
        this.debounceMillis = debounceMillis;
        this.calendar = calendar;
        this.settings = settings;
        this.language = language;
        this.clock = clock;
    }

    /** Writes the file now, on the keeper's thread, when one is chosen. */
    public void start() {
        thread.execute(this::writeQuietly);
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
        settings.calendarFile().ifPresent(file -> writeTo(Path.of(file), settings.calendarAlarms()));
        return state();
    }

    private void writeTo(Path file, boolean alarms) {
        Locale locale = language.get();
        calendar.write(file, CalendarOptions.withAlarms(alarms), Bundles.of(locale), locale);
        settings.setCalendarWritten(clock.instant());
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            // the next change tries again; the dialog shows when the file was last written
            LOG.warn("The calendar file could not be written ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void close() {
        thread.shutdownNow();
    }
}
