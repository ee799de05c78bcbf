package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Backup;
import app.rapport.domain.BackupNames;
import app.rapport.domain.BackupSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackupSchedulerTest {
    private final MovingClock clock = new MovingClock();
    private final FakeStore store = new FakeStore();
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final BackupScheduler scheduler = new BackupScheduler(
            new BackupService(store, clock, BackupSettings.DEFAULTS), clock, reported::add);

    @Test
    void backsUpOnItsOwnDaemonThreadSoonAfterStarting() throws Exception {
        scheduler.start(Duration.ZERO);
        assertThat(store.firstCopy.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        assertThat(store.threads).first().isEqualTo("rapport-backup");
        assertThat(store.daemon).isTrue();
    }

    @Test
    void backsUpAgainOnceADayHasPassed() {
        scheduler.backUp();
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        scheduler.backUpIfDue();
        assertThat(store.copies).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        scheduler.backUpIfDue();
        assertThat(store.copies).hasSize(2);
        clock.advance(Duration.ofDays(3)); // the laptop slept: one backup on waking, not three
        scheduler.backUpIfDue();
        scheduler.backUpIfDue();
        assertThat(store.copies).hasSize(3);
    }

    @Test
    void aFailureIsReportedOnceUntilABackupSucceedsAgain() {
        store.failing = true;
        scheduler.backUp();
        scheduler.backUpIfDue(); // no backup yet, so due: tried again, still failing
        assertThat(reported).hasSize(1);
        store.failing = false;
        scheduler.backUpIfDue();
        assertThat(store.copies).hasSize(1);
        store.failing = true;
        clock.advance(Duration.ofDays(1));
        scheduler.backUpIfDue();
        assertThat(reported).hasSize(2).allMatch(e -> e.getMessage().equals("disk full"));
    }

    @Test
    void anEmptyDatabaseIsNotBackedUpSoOldBackupsAreNotRotatedAway() {
        store.empty = true;
        scheduler.backUp();
        clock.advance(Duration.ofDays(2));
        scheduler.backUpIfDue();
        assertThat(store.copies).isEmpty();
        store.empty = false;
        scheduler.backUpIfDue();
        assertThat(store.copies).hasSize(1);
    }

    @Test
    void closingBeforeTheFirstBackupTakesNone() {
        scheduler.start(Duration.ofSeconds(30));
        scheduler.close();
        assertThat(store.copies).isEmpty();
    }

    /** Remembers what it was asked to copy, and on which thread. */
    private static final class FakeStore implements BackupStore {
        final List<Path> copies = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch firstCopy = new CountDownLatch(1);
        volatile boolean daemon;
        volatile boolean failing;
        volatile boolean empty;

        @Override
        public Path database() {
            return Path.of("/data/rapport.db");
        }

        @Override
        public Path folder() {
            return Path.of("/data/backups");
        }

        @Override
        public void copyTo(Path file) {
            if (failing) {
                throw new StorageException(StorageException.Reason.DISK_FULL, "disk full");
            }
            copies.add(file);
            threads.add(Thread.currentThread().getName());
            daemon = Thread.currentThread().isDaemon();
            firstCopy.countDown();
        }

        @Override
        public List<Backup> list() {
            return copies.stream().map(p -> new Backup(p,
                    BackupNames.parse("rapport", p.getFileName().toString()).orElseThrow().takenAt(), false, 1)).toList();
        }

        @Override
        public void delete(Backup backup) {
            copies.remove(backup.file());
        }

        @Override
        public void writeJson(Path file) {
        }

        @Override
        public void importJson(Path file) {
        }

        @Override
        public long contacts() {
            return 0;
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }

        @Override
        public RestorePlan prepare(Path source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceWith(RestorePlan plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void discard(RestorePlan plan) {
        }
    }

    private static final class MovingClock extends Clock {
        private volatile Instant now = LocalDateTime.of(2026, 11, 22, 10, 0).toInstant(ZoneOffset.UTC);

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
