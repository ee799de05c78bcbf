package app.rapport.service.backup;

import app.rapport.service.StorageException;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.backup.Backup;
import app.rapport.domain.backup.BackupNames;
import app.rapport.domain.backup.BackupSettings;
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
        scheduler.start(() -> { });
        assertThat(store.firstCopy.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        assertThat(store.threads).first().isEqualTo("rapport-backup");
        assertThat(store.daemon).isTrue();
    }

    @Test
    void theStartUpBackupIsTakenAtOnceAndMarkedThenTheWorkThatWaitedForIt() throws Exception {
        CountDownLatch afterStart = new CountDownLatch(1);
        List<Integer> copiesWhenAfterStartRan = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        scheduler.start(() -> {
            copiesWhenAfterStartRan.add(store.copies.size());
            afterStart.countDown();
        });
        assertThat(store.firstCopy.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(afterStart.await(5, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        assertThat(store.copies).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-start.db"));
        assertThat(copiesWhenAfterStartRan).containsExactly(1);
    }

    @Test
    void withoutAGoodStartUpBackupTheWorkThatWaitsForItIsNotDone() throws Exception {
        store.failing = true;
        CountDownLatch afterStart = new CountDownLatch(1);
        scheduler.start(afterStart::countDown);
        for (int i = 0; i < 500 && reported.isEmpty(); i++) {
            Thread.sleep(10);
        }
        scheduler.close(); // lets the start-up attempt finish
        assertThat(reported).hasSize(1);
        assertThat(afterStart.getCount()).as("old trash is not emptied without a copy from before").isEqualTo(1);
    }

    @Test
    void aDamagedCopyIsReportedAsDamageOnce() {
        store.damagedCopies = true;
        scheduler.backUp();
        clock.advance(Duration.ofDays(1));
        scheduler.backUpIfDue();
        // both copies were taken; rotation keeps only the newest damaged one
        assertThat(store.copies).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .isEqualTo("rapport-2026-11-23T100000-damaged.db"));
        assertThat(reported).singleElement().satisfies(e -> assertThat(((StorageException) e).reason())
                .isEqualTo(StorageException.Reason.CORRUPT));
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


    /** Remembers what it was asked to copy, and on which thread. */
    private static final class FakeStore implements BackupStore {
        final List<Path> copies = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch firstCopy = new CountDownLatch(1);
        volatile boolean daemon;
        volatile boolean failing;
        volatile boolean empty;
        volatile boolean damagedCopies;

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
            return copies.stream().map(p -> {
                BackupNames.Parsed parsed = BackupNames.parse("rapport", p.getFileName().toString()).orElseThrow();
                return new Backup(p, parsed.takenAt(), parsed.kind(),
                        parsed.damaged() ? Backup.Health.DAMAGED : Backup.Health.GOOD, 1);
            }).toList();
        }

        @Override
        public void delete(Backup backup) {
            copies.remove(backup.file());
        }

        @Override
        public Backup.Health check(Path file) {
            return damagedCopies ? Backup.Health.DAMAGED : Backup.Health.GOOD;
        }

        @Override
        public void rememberGood(Path file) {
        }

        @Override
        public void rename(Path from, Path to) {
            copies.set(copies.indexOf(from), to);
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
