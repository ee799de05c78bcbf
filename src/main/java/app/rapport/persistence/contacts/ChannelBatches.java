package app.rapport.persistence.contacts;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import app.rapport.service.importing.MatchKeys;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Prepared batches that write a contact's emails, phones, addresses, websites, tags, extras and photo. */
public final class ChannelBatches {
    private final PreparedBatch emails;
    private final PreparedBatch phones;
    private final PreparedBatch addresses;
    private final PreparedBatch websites;
    private final PreparedBatch tagNames;
    private final PreparedBatch tagLinks;
    private final PreparedBatch extras;
    private final PreparedBatch photos;

    private final PhoneKey phoneKey;

    /** Phone numbers keyed in the home country the settings hold now (see {@link MatchColumns}). */
    public ChannelBatches(Handle h) {
        this(h, MatchColumns.phoneKey(h));
    }

    public ChannelBatches(Handle h, PhoneKey phoneKey) {
        this.phoneKey = phoneKey;
        emails = h.prepareBatch("INSERT INTO contact_email (contact_id, position, label, address, match_key) "
                + "VALUES (?, ?, ?, ?, ?)");
        phones = h.prepareBatch("INSERT INTO contact_phone (contact_id, position, label, number, match_key, match_region) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        addresses = h.prepareBatch("""
                INSERT INTO contact_address (contact_id, position, label, street, locality, region, postal_code,
                    country_code, is_mailing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        websites = h.prepareBatch("INSERT INTO contact_website (contact_id, position, label, url) VALUES (?, ?, ?, ?)");
        tagNames = h.prepareBatch("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
        tagLinks = h.prepareBatch("""
                INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) SELECT ?, id FROM tag WHERE name = ?""");
        extras = h.prepareBatch(ExtraRows.INSERT);
        photos = h.prepareBatch(ExtraRows.UPSERT_PHOTO);
    }

    public void add(long id, Contact c) {
        int i = 0;
        for (Email e : c.emails()) {
            emails.add(id, i++, e.label(), e.address(), MatchKeys.email(e.address()));
        }
        i = 0;
        for (Phone p : c.phones()) {
            phones.add(id, i++, p.label(), p.number(), phoneKey.of(p.number()), MatchColumns.regionOf(p.number(), phoneKey));
        }
        i = 0;
        for (PostalAddress a : c.addresses()) {
            addresses.add(id, i++, a.label(), a.street(), a.locality(), a.region(), a.postalCode(), a.countryCode(),
                    a.mailing() ? 1 : 0);
        }
        i = 0;
        for (Website w : c.websites()) {
            websites.add(id, i++, w.label(), w.url());
        }
        for (String tag : c.tags()) {
            tagNames.add(tag);
            tagLinks.add(id, tag);
        }
        ExtraRows.add(extras, photos, id, c.extras());
    }

    /** Runs what was added; tags before their links, so every link finds its tag. */
    public void execute() {
        for (PreparedBatch batch : new PreparedBatch[] {emails, phones, addresses, websites, tagNames, tagLinks, extras, photos}) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }
}
