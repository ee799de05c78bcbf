package app.rapport.service.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.domain.backup.BackupNames;
import app.rapport.domain.backup.BackupRotation;
import app.rapport.domain.backup.BackupSettings;
import app.rapport.io.encryption.Passphrase;
import app.rapport.io.encryption.RecipientKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open database: taking them, checking them, keeping the right ones, exporting and
 * restoring. Every copy into the backups folder is checked by SQLite before it counts; a copy of a
 * damaged database is named damaged and never counts as a good backup (see {@link BackupRotation}).
 * Blocking: callers run it off the FX thread.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final BackupStore store;
    private final Clock clock;
    private final BackupSettings settings;
    /**
     * When this session of the window began (its start-up backup): the newest good backup from before
     * it is never rotated out. Null for the command line, whose every command is a run of its own.
     */
    private volatile LocalDateTime runStartedAt;

    /** {@code clock} in the user's time zone: backup names and days are local. */
    public BackupService(BackupStore store, Clock clock, BackupSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Takes and checks a backup into the backups folder, then deletes those rotation no longer keeps. */
    public Backup backUp() {
        return backUp(Backup.Kind.REGULAR);
    }

    /** The backup taken as Rapport opens the database: what it held before this session changed anything. */
    public Backup backUpAtStart() {
        runStartedAt = LocalDateTime.now(clock).withNano(0);
        return backUp(Backup.Kind.AT_START);
    }

    private synchronized Backup backUp(Backup.Kind kind) {
        Backup taken = take(kind);
        rotate();
        return taken;
    }

    /** The backups of this database, newest first, each checked once (a result is remembered). */
    public List<Backup> backups() {
        return checked(store.list()).stream().sorted(Backup.NEWEST_FIRST).toList();
    }

    /** The newest backup that passed SQLite's check: what to offer when the database is damaged. */
    public Optional<Backup> lastGood() {
        return backups().stream().filter(Backup::good).findFirst();
    }

    /** True when the database holds no data at all: nothing worth a backup. */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    /** Where {@link #backUp()} puts backups. */
    public Path folder() {
        return store.folder();
    }

    public Optional<Backup> newest() {
        return backups().stream().findFirst();
    }
    /** A copy of the database at {@code file}, outside the rotation. */
    public void backUpTo(Path file) {
        store.copyTo(file);
    }

    /** A JSON backup of every table at {@code file}. */
    public void exportJson(Path file) {
        store.writeJson(file);
    }

    /**
     * A JSON backup of every table at {@code file}, encrypted with {@code passphrase} (a key of its
     * own, with a fresh salt: the backups folder's passphrase is not involved).
     */
    public void exportJson(Path file, Passphrase passphrase) {
        store.writeJson(file, newKey(passphrase));
    }

    /** Whether backups taken from now on are encrypted. */
    public boolean encryptsBackups() {
        return store.backupKey().isPresent();
    }

    /**
     * Backups taken from now on are encrypted for {@code passphrase}, which is not kept: only a public
     * key derived from it. Setting it again makes a new key; backups already taken keep the passphrase
     * they were taken with.
     */
    public void encryptBackups(Passphrase passphrase) {
        store.setBackupKey(newKey(passphrase));
        LOG.info("Backups are encrypted from now on");
    }

    /** Backups taken from now on are not encrypted; those already taken stay as they are. */
    public void stopEncryptingBackups() {
        store.setBackupKey(null);
        LOG.info("Backups are no longer encrypted");
    }

    /** Whether {@code file} is encrypted (restoring it needs a passphrase). */
    public boolean isEncrypted(Path file) {
        return store.isEncrypted(file);
    }

    private static RecipientKey newKey(Passphrase passphrase) {
        if (!passphrase.isLongEnough()) {
            throw new IllegalArgumentException("passphrase shorter than " + Passphrase.MIN_LENGTH);
        }
        return RecipientKey.create(passphrase);
    }

    /**
     * Imports a JSON backup into this database, which must be empty (a restore replaces instead).
     *
     * @throws BackupException when the database holds data or the file is not a usable backup
     */
    public void importJson(Path file) {
        store.importJson(file);
    }

    /**
     * Checks {@code source} and readies it; nothing changes until {@link #restore}.
     *
     * @throws BackupException when it is not a usable backup
     */
    public RestorePlan prepareRestore(Path source) {
        return store.prepare(source);
    }

    /**
     * The same for a backup that may be encrypted; {@code passphrase} may be null until one is asked for.
     *
     * @throws BackupException also {@code PASSPHRASE_NEEDED} or {@code WRONG_PASSPHRASE}, before anything is written
     */
    public RestorePlan prepareRestore(Path source, Passphrase passphrase) {
        return store.prepare(source, passphrase);
    }

    /** Backs up what the database holds now, then replaces it with the prepared backup. */
    public RestoreOutcome restore(RestorePlan plan) {
        try {
            long before = store.contacts();
            Optional<Backup> safety = store.isEmpty() ? Optional.empty() : Optional.of(take(Backup.Kind.BEFORE_RESTORE));
            store.replaceWith(plan);
            long after = store.contacts();
            LOG.info("Restored {} ({} contacts) over {} contacts; the data replaced is in {}", plan.source(), after,
                    before, safety.map(b -> b.file().toString()).orElse("(nothing to keep)"));
            rotate();
            return new RestoreOutcome(safety, before, after);
        } finally {
            store.discard(plan);
        }
    }

    public void cancel(RestorePlan plan) {
        store.discard(plan);
    }

    /**
     * Copies the database into the backups folder and checks the copy; a copy that fails the check is
     * renamed {@code …-damaged.db} at once, so it never passes for a good backup.
     */
    private synchronized Backup take(Backup.Kind kind) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Optional<RecipientKey> key = store.backupKey();
        Path file = freeName(now, kind, false, key.isPresent());
        Backup.Health verdict;
        if (key.isPresent()) {
            // nobody can check a sealed copy without the passphrase: its plain copy is checked before sealing
            verdict = store.copyEncryptedTo(file, key.get());
        } else {
            store.copyTo(file);
            verdict = store.check(file);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            size = 0;
        }
        Backup taken = new Backup(file, now, kind, Backup.Health.UNCHECKED, size);
        taken = settle(taken, verdict);
        if (taken.damaged()) {
            LOG.error("The backup {} of {} fails SQLite's check: the database is damaged", taken.file(), store.database());
        } else {
            LOG.info("Backed up {} to {} (checked)", store.database(), file);
        }
        return taken;
    }

    /** A name no backup has, plain or encrypted: a plain and an encrypted backup of one second would not sort apart. */
    private Path freeName(LocalDateTime at, Backup.Kind kind, boolean damaged, boolean encrypted) {
        String stem = BackupNames.stemOf(store.database().getFileName().toString());
        Path file;
        Path sealed;
        int attempt = 1;
        do {
            file = store.folder().resolve(BackupNames.of(stem, at, kind, damaged, attempt++));
            sealed = file.resolveSibling(file.getFileName() + BackupNames.ENCRYPTED);
        } while (Files.exists(file) || Files.exists(sealed));
        return encrypted ? sealed : file;
    }

    /** Records a check's verdict: good ones remembered, damaged ones marked in their name. */
    private Backup settle(Backup backup, Backup.Health verdict) {
        if (verdict == Backup.Health.GOOD) {
            store.rememberGood(backup.file());
            return backup.withHealth(verdict);
        }
        Path marked = freeName(backup.takenAt(), backup.kind(), true, backup.encrypted());
        store.rename(backup.file(), marked);
        return backup.withFile(marked).withHealth(Backup.Health.DAMAGED);
    }

    /** Checks the backups not checked yet (taken by an older Rapport); a failed check leaves one unchecked. */
    private synchronized List<Backup> checked(List<Backup> listed) {
        List<Backup> result = new ArrayList<>(listed.size());
        for (Backup b : listed) {
            if (b.health() != Backup.Health.UNCHECKED || b.encrypted()) {
                result.add(b); // an encrypted backup is checked as it is taken, or not at all without its passphrase
                continue;
            }
            try {
                Backup settled = settle(b, store.check(b.file()));
                LOG.info("Checked the backup {}: {}", settled.file().getFileName(), settled.health());
                result.add(settled);
            } catch (RuntimeException e) {
                LOG.warn("Could not check the backup {}", b.file(), e);
                result.add(b);
            }
        }
        return result;
    }

    /** Deleting an old backup may fail (a file open elsewhere); that is logged and tried again next time. */
    private void rotate() {
        for (Backup old : BackupRotation.toDelete(checked(store.list()), settings, runStartedAt)) {
            try {
                store.delete(old);
            } catch (RuntimeException e) {
                LOG.warn("Could not delete the old backup {}", old.file(), e);
            }
        }
    }
}
