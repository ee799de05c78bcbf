package app.rapport.service.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.sync.CardLink;
import app.rapport.domain.sync.SyncAccount;
import java.util.List;
import java.util.Set;

/** What a CardDAV sync reads from and writes to the database. */
public interface SyncRepository {

    /** The accounts kept, oldest first. */
    List<SyncAccount> accounts();

    /** Saves a new account and returns it with its id. */
    SyncAccount add(SyncAccount account);

    /** The card each contact of this account is on the server, as at the last sync. */
    List<CardLink> links(long accountId);

    /** Every contact not in the trash, whole (photo included), with its vCard UID: the kept one, else one made for it. */
    List<HeldContact> liveContacts();

    /** Those contacts linked to a card of this account that are in the trash. */
    Set<Long> trashedLinkedContacts(long accountId);

    /**
     * Everything a run changes here, in one transaction, all or nothing: new and changed contacts, contacts to
     * the trash or back, each card link (its hash and base text made by {@code cards} from the contact as
     * stored), the links of cards gone, and the token to start from next time. A contact changed since it was
     * read fails the whole run.
     */
    void apply(SyncChanges changes, CardWriter cards);

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
