package app.rapport.service.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.domain.sync.CardLink;
import app.rapport.domain.sync.CardMerge;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncPlanner.Action;
import app.rapport.domain.sync.SyncPlanner;
import app.rapport.domain.sync.SyncRun;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.Card;
import app.rapport.io.sync.CardCodec;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.CardRef;
import app.rapport.io.sync.CollectionChanges;
import app.rapport.io.sync.WriteOutcome;
import app.rapport.service.importing.MatchKeys;
import app.rapport.service.importing.Matcher;
import app.rapport.service.sync.SyncPreview.Kind;
import app.rapport.service.sync.SyncPreview.Work;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two-way sync of Rapport's contacts with one address book on the user's CardDAV server (ADR 0019).
 * {@link #preview} reads both sides and works out what to do, writing nothing; {@link #run} writes the server's
 * cards first, each on condition that it is as read, then every change here in one transaction at the end: a
 * server that goes away mid-run leaves Rapport as it was, and the next run finds the cards it did write (by
 * their ETags and UIDs) and finishes the job. Every contact goes out, or those with one of the tags the user chose;
 * a contact on the server stays in step whatever its tags. One run of an account at a time: a run checks that no
 * other finished since its preview was made.
 */
public final class SyncService {
    private final SyncRepository repository;
    private final CardCodec codec;
    private final PhoneKey phoneKey;
    private final Clock clock;
    private final Matcher matcher = new Matcher();
    /** Held by a run from its check that its preview is still current to its end. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    /** @param region the user's country, for reading phone numbers written without one (as the import does) */
    public SyncService(SyncRepository repository, CardCodec codec, String region, Clock clock) {
        this.repository = repository;
        this.codec = codec;
        this.phoneKey = new PhoneKey(region);
        this.clock = clock;
    }

    /** The account kept for this address book of this user on this server, made now if there is none. */
    public SyncAccount account(String serverUrl, String userName, String bookHref, String bookName) {
        return repository.accounts().stream().filter(a -> a.serverUrl().equals(serverUrl)
                        && a.userName().equals(userName) && a.bookHref().equals(bookHref)).findFirst()
                .orElseGet(() -> repository.add(SyncAccount.of(serverUrl, userName, bookHref, bookName)));
    }

    /**
     * Undoes a run's deletes here: the contacts come back from the trash, in one transaction. Their cards are gone
     * from the server, so the next run puts them there again as new cards (with the same UIDs).
     *
     * @return how many came back (a contact deleted for good since, or restored already, does not)
     */
    public int undoDeletes(List<Long> trashedHere) {
        return repository.restoreFromTrash(trashedHere);
    }

    /** The accounts kept, oldest first. */
    public List<SyncAccount> accounts() {
        return repository.accounts();
    }

    /** The account used last (the last to finish a run, else the last made), for the Sync dialog to fill in. */
    public Optional<SyncAccount> lastUsed() {
        return repository.accounts().stream().max(java.util.Comparator
                .comparing((SyncAccount a) -> a.lastSyncedAt() == null ? java.time.Instant.MIN : a.lastSyncedAt())
                .thenComparingLong(SyncAccount::id));
    }

    /** The account's last runs as the sync log keeps them, newest first. */
    public List<SyncRun> log(long accountId, int limit) {
        return repository.runs(accountId, limit);
    }

    /** The tags whose contacts go out to the account's server; empty: every contact. */
    public Set<String> outTags(long accountId) {
        return repository.outTags(accountId);
    }

    /**
     * Connects as {@code login}, finds the address book and keeps the user's choices for its account (null: keep
     * those it has; the certificate trusted is kept whenever the login names one), then works out what a sync
     * would do.
     *
     * @throws NoSuchAddressBookException when the user has no address book by that name
     */
    public SyncPreview preview(SyncLogin typed, String bookName, SyncChoices choices)
            throws CardDavException, NoSuchAddressBookException {
        SyncLogin login = withKeptCertificate(typed);
        CardDavClient client = new CardDavClient(login.account());
        SyncAccount account = find(login.serverUrl(), login.user(), bookName, client);
        String certificate = login.trustedCertificate() != null ? login.trustedCertificate()
                : account.trustedCertificate();
        if (choices != null || !java.util.Objects.equals(certificate, account.trustedCertificate())) {
            SyncChoices kept = choices != null ? choices
                    : new SyncChoices(account.passwordKept(), account.autoMinutes(), repository.outTags(account.id()));
            repository.saveChoices(account.id(), kept.passwordKept(), certificate, kept.autoMinutes(),
                    kept.outTags());
            account = current(account.id());
        }
        return preview(account, client);
    }

    /**
     * The address books this user has on the server, by the names a user knows them by (the name the server shows,
     * else the last part of the address), for the Sync dialog to offer.
     */
    public List<String> books(SyncLogin typed) throws CardDavException {
        return new CardDavClient(withKeptCertificate(typed).account()).discover().stream()
                .map(b -> b.displayName() != null && !b.displayName().isBlank() ? b.displayName()
                        : SyncAccount.lastSegment(b.href().getPath()))
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The login, trusting the certificate trusted before for this server and user: the user need not say it again. */
    private SyncLogin withKeptCertificate(SyncLogin typed) {
        if (typed.trustedCertificate() != null) {
            return typed;
        }
        String kept = repository.accounts().stream().filter(a -> a.serverUrl().equals(typed.serverUrl())
                && a.userName().equals(typed.user()) && a.trustedCertificate() != null)
                .map(SyncAccount::trustedCertificate).findFirst().orElse(null);
        return new SyncLogin(typed.serverUrl(), typed.user(), typed.password(), kept);
    }

    /**
     * Logs a run that failed before its preview was made (a wrong password, a server away), for the account of that
     * book if it is known; a first sync that never reached its book leaves no account to log for.
     */
    public void logFailure(String serverUrl, String userName, String bookName, CardDavException failure) {
        repository.accounts().stream().filter(a -> a.serverUrl().equals(serverUrl) && a.userName().equals(userName)
                        && (a.bookLabel().equals(bookName) || SyncAccount.lastSegment(a.bookHref()).equals(bookName)))
                .findFirst().ifPresent(a -> repository.log(SyncRun.stopped(a.id(), clock.instant(), false,
                        SyncRun.Outcome.FAILED, failure.reason().name())));
    }

    private SyncAccount current(long accountId) {
        return repository.accounts().stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sync account " + accountId));
    }

    /**
     * An automatic run: a preview and its run at once, without the deletes (they wait for the user), logged as
     * automatic. The password is the one kept for the account.
     */
    public Automatic runAutomatically(SyncAccount account, String password)
            throws CardDavException {
        CardDavClient client = new CardDavClient(
                new SyncLogin(account.serverUrl(), account.userName(), password, account.trustedCertificate())
                        .account());
        SyncPreview preview;
        try {
            preview = preview(account, client);
        } catch (CardDavException e) {
            repository.log(SyncRun.stopped(account.id(), clock.instant(), true, SyncRun.Outcome.FAILED,
                    e.reason().name()));
            throw e;
        }
        return new Automatic(run(preview, false, SyncProgress.NONE, true),
                preview.deletesHere() + preview.deletesOnServer());
    }

    /** What an automatic run did, and the deletes it left for the user to confirm. */
    public record Automatic(SyncReport report, int deletesWaiting) {
    }

    /**
     * Finds the address book {@code bookName} of the client's user (the last segment of its address, or the name
     * the server shows), keeps its account and works out what a sync would do: the steps the command line and the
     * Sync dialog share.
     *
     * @throws NoSuchAddressBookException when the user has no address book by that name
     */
    public SyncPreview preview(String serverUrl, String userName, String bookName, CardDavClient client)
            throws CardDavException, NoSuchAddressBookException {
        return preview(find(serverUrl, userName, bookName, client), client);
    }

    private SyncAccount find(String serverUrl, String userName, String bookName, CardDavClient client)
            throws CardDavException, NoSuchAddressBookException {
        List<AddressBook> books = client.discover();
        for (AddressBook b : books) {
            if (bookName.equals(SyncAccount.lastSegment(b.href().getPath())) || bookName.equals(b.displayName())) {
                return account(serverUrl, userName, b.href().toString(), b.displayName());
            }
        }
        throw new NoSuchAddressBookException(bookName, books.stream().map(b -> b.href().getPath()).toList());
    }

    public SyncPreview preview(SyncAccount account, CardDavClient client) throws CardDavException {
        URI book = URI.create(account.bookHref());
        Map<String, CardLink> byHref = new HashMap<>();
        Map<Long, CardLink> byContact = new HashMap<>();
        for (CardLink link : repository.links(account.id())) {
            byHref.put(link.href(), link);
            if (link.contactId() != null) {
                byContact.put(link.contactId(), link);
            }
        }
        CollectionChanges changes = client.changesSince(book, account.syncToken());
        Map<String, String> changed = new HashMap<>();
        for (CardRef ref : changes.changed()) {
            CardLink link = byHref.get(ref.href());
            // as last synced: Rapport's own write, reported again because the token is from before it
            if (link == null || ref.etag() == null || !ref.etag().equals(link.etag())) {
                changed.put(ref.href(), ref.etag());
            }
        }
        Set<String> removed = new HashSet<>(changes.removed());
        if (changes.complete()) {
            Set<String> listed = new HashSet<>();
            changes.changed().forEach(ref -> listed.add(ref.href()));
            byHref.keySet().stream().filter(href -> !listed.contains(href)).forEach(removed::add);
        }
        removed.retainAll(byHref.keySet());

        Set<String> outTags = repository.outTags(account.id());
        Map<Long, SyncRepository.HeldContact> held = new HashMap<>();
        List<SyncPlanner.Local> locals = new ArrayList<>();
        for (SyncRepository.HeldContact h : repository.liveContacts()) {
            long id = h.contact().id();
            held.put(id, h);
            CardLink link = byContact.get(id);
            boolean changedHere = link == null
                    || !CardCodec.sha256(codec.write(h.contact(), link.uid())).equals(link.vcardSha256());
            locals.add(new SyncPlanner.Local(id, link == null ? null : link.href(), changedHere, false));
        }
        for (long id : repository.trashedLinkedContacts(account.id())) {
            locals.add(new SyncPlanner.Local(id, byContact.get(id).href(), false, true));
        }
        // a card whose contact was deleted for good here (emptied trash, merged away): as if in the trash
        List<String> forget = new ArrayList<>();
        for (CardLink link : byHref.values()) {
            if (link.contactId() == null) {
                if (removed.contains(link.href())) {
                    forget.add(link.href());
                } else {
                    locals.add(new SyncPlanner.Local(0, link.href(), false, true));
                }
            }
        }
        SyncPlanner.Plan plan = SyncPlanner.plan(locals, new SyncPlanner.Remote(changed, removed));

        List<String> wanted = new ArrayList<>();
        // a card pushed is read too: what Rapport does not read of it stays on the server
        for (Action a : List.of(Action.CREATE_HERE, Action.PULL, Action.MERGE, Action.PUSH)) {
            plan.of(a).forEach(step -> wanted.add(step.href()));
        }
        Map<String, Card> cards = new HashMap<>();
        for (Card card : client.read(book, wanted)) {
            cards.put(card.href(), card);
        }

        List<Work> work = new ArrayList<>();
        List<SyncPreview.Conflict> conflicts = new ArrayList<>();
        int unreadable = 0;
        Map<String, Optional<CardCodec.Read>> readNew = new HashMap<>();
        for (SyncPlanner.Step step : plan.of(Action.CREATE_HERE)) {
            Card card = cards.get(step.href());
            readNew.put(step.href(), card == null ? Optional.empty() : codec.read(card.vcard()));
        }
        // a card the server moved to another href (some clients do: the old href removed, the same UID at a new
        // one) is still its contact's card: relinked and its changes applied, not a new contact and a delete
        Map<String, CardLink> movedFrom = new HashMap<>();
        for (SyncPlanner.Step step : plan.of(Action.DELETE_HERE)) {
            CardLink link = byHref.get(step.href());
            movedFrom.put(link.uid().toLowerCase(java.util.Locale.ROOT), link);
        }
        for (SyncPlanner.Step step : plan.of(Action.CREATE_ON_SERVER)) {
            CardLink link = byContact.get(step.contactId());
            if (link != null && removed.contains(link.href())) {
                movedFrom.put(link.uid().toLowerCase(java.util.Locale.ROOT), link);
            }
        }
        Set<Long> relinked = new HashSet<>();
        Set<String> movedTo = new HashSet<>();
        for (SyncPlanner.Step step : plan.of(Action.CREATE_HERE)) {
            Optional<CardCodec.Read> read = readNew.get(step.href());
            CardLink was = read.isEmpty() || movedFrom.isEmpty() ? null
                    : movedFrom.remove(read.get().uid().toLowerCase(java.util.Locale.ROOT));
            if (was == null) {
                continue;
            }
            work.add(moved(was, held.get(was.contactId()), read.get().contact(), cards.get(step.href()), conflicts));
            work.add(new Work(Kind.FORGET, 0, null, was.href(), null, null, false, null));
            relinked.add(was.contactId());
            movedTo.add(step.href());
        }
        // a card new here that is a contact not yet linked: the same UID (a first sync with a book that has
        // Rapport's cards already, or a run broken off after writing them), else strong evidence as an import
        // weighs it (the same email…); made one, not duplicated
        Map<String, Long> unlinkedByUid = new HashMap<>();
        Matcher.Index<Long> unlinked = new Matcher.Index<>();
        Map<Long, MatchKeys> keys = new HashMap<>();
        for (SyncPlanner.Step step : plan.of(Action.CREATE_ON_SERVER)) {
            if (relinked.contains(step.contactId())) {
                continue;
            }
            SyncRepository.HeldContact h = held.get(step.contactId());
            unlinkedByUid.put(h.uid().toLowerCase(java.util.Locale.ROOT), step.contactId());
            MatchKeys k = MatchKeys.of(h.contact(), "", "", phoneKey);
            keys.put(step.contactId(), k);
            unlinked.add(k, step.contactId());
        }
        Set<Long> paired = new HashSet<>(relinked);
        for (SyncPlanner.Step step : plan.of(Action.CREATE_HERE)) {
            if (movedTo.contains(step.href())) {
                continue;
            }
            Card card = cards.get(step.href());
            Optional<CardCodec.Read> read = readNew.get(step.href());
            if (read.isEmpty()) {
                unreadable++;
                continue;
            }
            Long same = read.get().uid().isEmpty() ? null
                    : unlinkedByUid.get(read.get().uid().toLowerCase(java.util.Locale.ROOT));
            if (same == null || paired.contains(same)) {
                same = strongestMatch(read.get().contact(), unlinked, keys, paired);
            }
            if (same != null && paired.add(same)) {
                SyncRepository.HeldContact mine = held.get(same);
                String uid = read.get().uid().isEmpty() ? mine.uid() : read.get().uid();
                work.add(merged(null, new SyncRepository.HeldContact(mine.contact(), uid), read.get().contact(), card,
                        conflicts));
            } else {
                work.add(new Work(Kind.CREATE_HERE, 0, read.get().uid(), card.href(), card.etag(),
                        read.get().contact().withId(0), false, null));
            }
        }
        for (SyncPlanner.Step step : plan.of(Action.CREATE_ON_SERVER)) {
            if (paired.contains(step.contactId())) {
                continue;
            }
            SyncRepository.HeldContact mine = held.get(step.contactId());
            CardLink old = byContact.get(step.contactId());
            if (old != null && removed.contains(old.href())) {
                // deleted on the server but edited here: a new card, and the old one's link forgotten
                work.add(new Work(Kind.FORGET, 0, null, old.href(), null, null, false, null));
            }
            // a contact without a tag that goes out stays here; it still pairs with its card if the server has one
            if (!outTags.isEmpty() && mine.contact().tags().stream().noneMatch(outTags::contains)) {
                continue;
            }
            work.add(new Work(Kind.CREATE_ON_SERVER, mine.contact().id(), mine.uid(), null, null, null, false,
                    codec.write(mine.contact(), mine.uid())));
        }
        for (SyncPlanner.Step step : plan.of(Action.PUSH)) {
            SyncRepository.HeldContact mine = held.get(step.contactId());
            CardLink link = byContact.get(step.contactId());
            Card theirs = cards.get(step.href());
            work.add(new Work(Kind.PUSH, step.contactId(), link.uid(), link.href(), link.etag(), null, false,
                    codec.write(mine.contact(), link.uid(), theirs == null ? null : theirs.vcard())));
        }
        for (SyncPlanner.Step step : plan.of(Action.PULL)) {
            Card card = cards.get(step.href());
            Optional<CardCodec.Read> read = card == null ? Optional.empty() : codec.read(card.vcard());
            if (read.isEmpty()) {
                unreadable++;
                continue;
            }
            if (step.contactId() == 0) {
                // changed on the server after its contact was deleted for good here: it comes back
                work.add(new Work(Kind.CREATE_HERE, 0, byHref.get(step.href()).uid(), card.href(), card.etag(),
                        read.get().contact().withId(0), false, null));
                continue;
            }
            CardLink link = byContact.get(step.contactId());
            SyncRepository.HeldContact mine = held.get(step.contactId());
            Contact server = read.get().contact();
            Contact here = mine == null ? server.withId(step.contactId())
                    : server.withId(mine.contact().id()).withArchived(mine.contact().archived())
                            .withTimestamps(mine.contact().createdAt(), mine.contact().updatedAt());
            work.add(new Work(Kind.PULL, step.contactId(), link.uid(), card.href(), card.etag(), here, mine == null,
                    null));
        }
        for (SyncPlanner.Step step : plan.of(Action.MERGE)) {
            Card card = cards.get(step.href());
            Optional<CardCodec.Read> read = card == null ? Optional.empty() : codec.read(card.vcard());
            if (read.isEmpty()) {
                unreadable++;
                continue;
            }
            CardLink link = byContact.get(step.contactId());
            Contact base = base(link);
            SyncRepository.HeldContact mine = held.get(step.contactId());
            work.add(merged(base, new SyncRepository.HeldContact(mine.contact(), link.uid()), read.get().contact(),
                    card, conflicts));
        }
        for (SyncPlanner.Step step : plan.of(Action.DELETE_HERE)) {
            if (relinked.contains(step.contactId())) {
                continue;
            }
            work.add(new Work(Kind.DELETE_HERE, step.contactId(), null, step.href(), null, null, false, null));
        }
        for (String href : forget) {
            work.add(new Work(Kind.FORGET, 0, null, href, null, null, false, null));
        }
        for (SyncPlanner.Step step : plan.of(Action.DELETE_ON_SERVER)) {
            CardLink link = byHref.get(step.href());
            work.add(new Work(Kind.DELETE_ON_SERVER, step.contactId(), link.uid(), link.href(), link.etag(), null,
                    false, null));
        }
        return new SyncPreview(account, client, book, work, changes.newToken(), conflicts, unreadable);
    }

    /** The unlinked contact the card's contact is most strongly the same as (an import would merge them), or null. */
    private Long strongestMatch(Contact card, Matcher.Index<Long> unlinked, Map<Long, MatchKeys> keys, Set<Long> paired) {
        MatchKeys theirs = MatchKeys.of(card, "", "", phoneKey);
        Long best = null;
        int bestScore = 0;
        for (long id : unlinked.candidates(theirs)) {
            Matcher.Match match = matcher.compare(theirs, keys.get(id));
            if (!paired.contains(id) && match.decision() == Matcher.Decision.MERGE
                    && (best == null || match.score() > bestScore)) {
                best = id;
                bestScore = match.score();
            }
        }
        return best;
    }

    /** The contact as both sides had it at the last sync, or null for a link made before that was kept. */
    private Contact base(CardLink link) {
        return link.baseVcard() == null ? null : codec.read(link.baseVcard()).map(CardCodec.Read::contact).orElse(null);
    }

    /**
     * The work for a contact whose card the server moved to {@code card}'s href: the card's version pulled when
     * the contact is as last synced (nothing written here when the card did not change either), else both made
     * one against the last synced version.
     */
    private Work moved(CardLink was, SyncRepository.HeldContact mine, Contact server, Card card,
            List<SyncPreview.Conflict> conflicts) {
        Contact current = mine.contact();
        if (!CardCodec.sha256(codec.write(current, was.uid())).equals(was.vcardSha256())) {
            return merged(base(was), new SyncRepository.HeldContact(current, was.uid()), server, card, conflicts);
        }
        Contact here = codec.sameCard(server, current) ? null : server.withId(current.id())
                .withArchived(current.archived()).withTimestamps(current.createdAt(), current.updatedAt());
        return new Work(Kind.PULL, current.id(), was.uid(), card.href(), card.etag(), here, false, null);
    }

    /** Both versions made one; the merged contact written here and put on the server only where it differs. */
    private Work merged(Contact base, SyncRepository.HeldContact mine, Contact server, Card card,
            List<SyncPreview.Conflict> conflicts) {
        CardMerge.Result result = CardMerge.merge(base, mine.contact(), server);
        Contact merged = result.merged();
        result.conflicts().forEach(c -> conflicts.add(new SyncPreview.Conflict(mine.contact().id(),
                mine.contact().displayName(), c)));
        Contact here = codec.sameCard(merged, mine.contact()) ? null : merged;
        String put = codec.sameCard(merged, server) ? null : codec.write(merged, mine.uid(), card.vcard());
        SyncChanges.Kept kept = result.clean() ? null : new SyncChanges.Kept(mine.contact().id(), card.href(),
                result.conflicts().stream().map(c -> c.field().name()).toList(), card.vcard());
        return new Work(Kind.MERGE, mine.contact().id(), mine.uid(), card.href(), card.etag(), here, false, put, kept);
    }

    public SyncReport run(SyncPreview preview, boolean deletesConfirmed)
            throws CardDavException {
        return run(preview, deletesConfirmed, SyncProgress.NONE, false);
    }

    public SyncReport run(SyncPreview preview, boolean deletesConfirmed, SyncProgress progress)
            throws CardDavException {
        return run(preview, deletesConfirmed, progress, false);
    }

    /**
     * Does what {@code preview} found: the server's writes first, then Rapport's changes in one transaction, with the
     * run in the sync log. Throws when the server fails mid-run or the user stops it, with nothing written here (and
     * the failure or the stop logged).
     *
     * @throws StalePreviewException when another run of the account finished after the preview was made
     * @throws SyncCancelledException when {@code progress} said the user stopped it
     */
    public SyncReport run(SyncPreview preview, boolean deletesConfirmed, SyncProgress progress, boolean automatic)
            throws CardDavException {
        running.lock();
        try {
            if (!java.util.Objects.equals(current(preview.account.id()).lastSyncedAt(),
                    preview.account.lastSyncedAt())) {
                throw new StalePreviewException();
            }
            return runChecked(preview, deletesConfirmed, progress, automatic);
        } catch (CardDavException e) {
            repository.log(SyncRun.stopped(preview.account.id(), clock.instant(), automatic, SyncRun.Outcome.FAILED,
                    e.reason().name()));
            throw e;
        } catch (SyncCancelledException e) {
            repository.log(SyncRun.stopped(preview.account.id(), clock.instant(), automatic,
                    SyncRun.Outcome.CANCELLED, null));
            throw e;
        } finally {
            running.unlock();
        }
    }

    private SyncReport runChecked(SyncPreview preview, boolean deletesConfirmed, SyncProgress progress,
            boolean automatic) throws CardDavException {
        CardDavClient client = preview.client;
        List<SyncChanges.Incoming> created = new ArrayList<>();
        List<SyncChanges.Incoming> updated = new ArrayList<>();
        List<SyncChanges.Outgoing> linked = new ArrayList<>();
        List<Long> trash = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<SyncChanges.Kept> kept = new ArrayList<>();
        int total = (int) preview.work.stream().filter(w -> w.card() != null
                || (deletesConfirmed && w.kind() == Kind.DELETE_ON_SERVER)).count();
        int writes = 0;
        int leftOver = 0;
        int addedOnServer = 0;
        int changedOnServer = 0;
        int deletedOnServer = 0;
        for (Work w : preview.work) {
            String href = w.href();
            String etag = w.etag();
            if (w.kind() == Kind.FORGET) {
                gone.add(href);
                continue;
            }
            if (w.kind() == Kind.DELETE_HERE) {
                if (deletesConfirmed) {
                    trash.add(w.contactId());
                    gone.add(href);
                } else {
                    leftOver++;
                }
                continue;
            }
            if (w.kind() == Kind.DELETE_ON_SERVER) {
                if (deletesConfirmed) {
                    stopIfCancelled(progress);
                    WriteOutcome outcome = client.delete(preview.book, href, etag);
                    progress.written(++writes, total);
                    if (outcome instanceof WriteOutcome.ChangedOnServer) {
                        leftOver++;
                    } else {
                        gone.add(href);
                        deletedOnServer++;
                    }
                }
                continue;
            }
            if (w.card() != null) {
                stopIfCancelled(progress);
                WriteOutcome outcome = href == null ? client.create(preview.book, w.uid(), w.card())
                        : client.update(preview.book, href, etag, w.card());
                progress.written(++writes, total);
                if (!(outcome instanceof WriteOutcome.Stored stored)) {
                    // changed on the server since it was read: nothing overwritten, merged by the next run
                    leftOver++;
                    continue;
                }
                href = stored.href();
                etag = stored.etag() != null ? stored.etag() : etagOf(preview, href);
                if (w.href() == null) {
                    addedOnServer++;
                } else {
                    changedOnServer++;
                }
            }
            if (w.kept() != null) {
                kept.add(w.kept());
            }
            if (w.here() == null) {
                linked.add(new SyncChanges.Outgoing(w.contactId(), w.uid(), href, etag));
            } else if (w.kind() == Kind.CREATE_HERE) {
                created.add(new SyncChanges.Incoming(w.here(), false, w.uid(), href, etag));
            } else {
                updated.add(new SyncChanges.Incoming(w.here(), w.restore(), w.uid(), href, etag));
            }
        }
        stopIfCancelled(progress);
        // anything left for the next run keeps the old token, so the server reports it again
        String token = leftOver > 0 ? preview.account.syncToken() : preview.newToken;
        java.time.Instant at = clock.instant();
        SyncRun logged = new SyncRun(0, preview.account.id(), at, automatic, SyncRun.Outcome.DONE, created.size(),
                updated.size(), trash.size(), addedOnServer, changedOnServer, deletedOnServer,
                preview.conflicts.size(), leftOver, null);
        repository.apply(new SyncChanges(preview.account.id(), created, updated, linked, trash, gone, token, null,
                at, kept, logged), (contact, uid) -> {
                    String text = codec.write(contact, uid);
                    return new SyncRepository.CardText(text, CardCodec.sha256(text));
                });
        return new SyncReport(created.size(), updated.size(), addedOnServer, changedOnServer, trash.size(),
                deletedOnServer, leftOver, writes, preview.conflicts, trash);
    }

    private static void stopIfCancelled(SyncProgress progress) {
        if (progress.cancelled()) {
            throw new SyncCancelledException();
        }
    }

    /** The conflicts of every account the user has not chosen for yet, oldest first. */
    public List<OpenConflict> openConflicts() {
        List<OpenConflict> open = new ArrayList<>();
        for (SyncRepository.KeptConflict kept : repository.openConflicts()) {
            open.add(open(kept));
        }
        return open;
    }

    /** The open conflicts of one account. */
    public List<OpenConflict> openConflicts(long accountId) {
        return openConflicts().stream().filter(c -> c.accountId() == accountId).toList();
    }

    private OpenConflict open(SyncRepository.KeptConflict kept) {
        Contact here = kept.contactId() == null ? null : repository.liveContact(kept.contactId()).orElse(null);
        Contact server = codec.read(kept.serverCard()).map(CardCodec.Read::contact).orElse(null);
        List<OpenConflict.FieldValues> values = new ArrayList<>();
        for (CardMerge.Field field : fields(kept)) {
            values.add(new OpenConflict.FieldValues(field, here == null ? null : CardMerge.valueOf(here, field),
                    server == null ? null : CardMerge.valueOf(server, field)));
        }
        String name = here != null ? here.displayName() : server != null ? server.displayName() : "";
        return new OpenConflict(kept.id(), kept.accountId(), here == null ? null : here.id(), name, values,
                kept.foundAt());
    }

    /** The fields the sync named, those this build knows (a newer one may name more). */
    private static List<CardMerge.Field> fields(SyncRepository.KeptConflict kept) {
        List<CardMerge.Field> fields = new ArrayList<>();
        for (String name : kept.fields()) {
            for (CardMerge.Field f : CardMerge.Field.values()) {
                if (f.name().equals(name.strip())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /**
     * Settles an open conflict as the user chose. {@code RAPPORT} keeps the contact as it is (for a contact gone,
     * the only choice: the conflict is dismissed); {@code SERVER} writes the server's values of exactly the
     * conflicting fields into the contact and keeps Rapport's card as it was in the conflict, in one transaction.
     * The contact then differs from the card last synced, so the next sync puts the server's values back on the
     * server as Rapport's.
     *
     * @throws IllegalArgumentException when there is no such open conflict, or SERVER is chosen for a contact gone
     */
    public void resolve(long conflictId, CardMerge.Side side) {
        SyncRepository.KeptConflict kept = repository.openConflicts().stream().filter(c -> c.id() == conflictId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No open sync conflict " + conflictId));
        if (side == CardMerge.Side.RAPPORT) {
            repository.resolve(conflictId, null, null, clock.instant());
            return;
        }
        Contact here = kept.contactId() == null ? null : repository.liveContact(kept.contactId()).orElse(null);
        if (here == null) {
            throw new IllegalArgumentException("The contact of sync conflict " + conflictId + " is gone; it can only"
                    + " be dismissed");
        }
        Contact server = codec.read(kept.serverCard()).map(CardCodec.Read::contact).orElseThrow(
                () -> new IllegalArgumentException("The server's card of sync conflict " + conflictId
                        + " holds no contact"));
        String uid = repository.links(kept.accountId()).stream().filter(l -> here.id() == orZero(l.contactId()))
                .map(CardLink::uid).findFirst().orElse("");
        repository.resolve(conflictId, CardMerge.withValues(here, server, fields(kept)), codec.write(here, uid),
                clock.instant());
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    /** The ETag of a card the server stored without saying it (it changed the card as it stored it). */
    private static String etagOf(SyncPreview preview, String href) throws CardDavException {
        return preview.client.read(preview.book, List.of(href)).stream().findFirst().map(Card::etag).orElse(null);
    }
}
