package app.rapport.service.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.sync.CardLink;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncRun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a CardDAV sync reads from and writes to the database. */
public interface SyncRepository {

    /** The accounts kept, oldest first. */
    List<SyncAccount> accounts();

    /** Saves a new account and returns it with its id. */
    SyncAccount add(SyncAccount account);

    /**
     * Keeps what the user chose for the account: whether the password is in the keyring, the certificate they
     * trusted (null: none), the minutes between automatic syncs (0: none) and the tags whose contacts go out
     * (empty: every contact; names of tags that do not exist are passed over).
     */
    void saveChoices(long accountId, boolean passwordKept, String trustedCertificate, int autoMinutes,
            Set<String> outTags);

    /** The tags whose contacts go out to the server for the first time; empty: every contact goes out. */
    Set<String> outTags(long accountId);

    /** Brings these contacts back from the trash in one transaction; returns how many were there to bring back. */
    int restoreFromTrash(java.util.Collection<Long> contactIds);

    /** Adds a run that stopped before it changed anything here (a failure, a cancel) to the account's log. */
    void log(SyncRun run);

    /** The account's last runs, newest first. */
    List<SyncRun> runs(long accountId, int limit);

    /** The card each contact of this account is on the server, as at the last sync. */
    List<CardLink> links(long accountId);

    /** Every contact not in the trash, whole (photo included), with its vCard UID: the kept one, else one made for it. */
    List<HeldContact> liveContacts();

    /** Those contacts linked to a card of this account that are in the trash. */
    Set<Long> trashedLinkedContacts(long accountId);

    /**
     * Everything a run changes here, in one transaction, all or nothing: new and changed contacts, contacts to
     * the trash or back, each card link (its hash and base text made by {@code cards} from the contact as
     * stored), the links of cards gone, the token to start from next time and the run in the sync log. A contact changed since it was
     * read fails the whole run.
     */
    void apply(SyncChanges changes, CardWriter cards);

    /** The conflicts the user has not chosen for yet, of every account, oldest first. */
    List<KeptConflict> openConflicts();

    /** The contact as stored, whole (photo included); empty when it is in the trash or gone for good. */
    Optional<Contact> liveContact(long id);

    /**
     * Settles an open conflict, in one transaction: {@code changed} (null: none) replaces its contact, on condition
     * that the contact is as read (its {@code updatedAt}), {@code rapportCard} (null: none) is kept in the conflict
     * as the version that lost, and the conflict is marked resolved.
     *
     * @throws app.rapport.service.StorageException NOT_FOUND when the conflict is settled already or gone, or the
     *         contact changed meanwhile
     */
    void resolve(long conflictId, Contact changed, String rapportCard, Instant at);

    /**
     * A conflict as the sync kept it: the fields both sides changed differently (by {@code CardMerge.Field} name)
     * and the server's whole card; {@code contactId} null when the contact was deleted for good or merged away.
     */
    record KeptConflict(long id, long accountId, Long contactId, String href, List<String> fields, String serverCard,
            Instant foundAt) {
        public KeptConflict {
            fields = List.copyOf(fields);
        }
    }

    /** A contact and the UID its card has (or will have). */
    record HeldContact(Contact contact, String uid) {
    }

    /** The card Rapport writes for a contact, and its hash. */
    record CardText(String text, String sha256) {
    }

    /** Writes a contact's card, as the sync pushes it. */
    @FunctionalInterface
    interface CardWriter {
        CardText write(Contact contact, String uid);
    }
}
