package app.rapport.io.importing;

import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader found in one record, as written, before {@link RecordChecker} clips, validates and
 * turns it into an {@link ImportedRecord}. Readers fill the fields directly.
 */
final class RecordDraft {
    final RecordPosition at;
    ContactKind kind = ContactKind.PERSON;
    OrgKind orgKind;
    String prefix = "";
    String given = "";
    String middle = "";
    String family = "";
    String suffix = "";
    String nickname = "";
    String fullName = "";
    String organisation = "";
    String title = "";
    /** the birthday as found: parsed when the reader could, else its text */
    DateText.Day birthday;
    String birthdayText = "";
    /** a birthday's year, month and day from columns of their own, as written */
    final String[] birthParts = {"", "", ""};
    final List<Email> emails = new ArrayList<>();
    final List<Phone> phones = new ArrayList<>();
    final List<PostalAddress> addresses = new ArrayList<>();
    final List<Website> websites = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String uid = "";
    final List<ImportedTie> ties = new ArrayList<>();
    LocalDate metOn;
    String metOnText = "";
    String metThrough = "";
    /** nicknames after the first, which is {@link #nickname} */
    final List<String> nicknames = new ArrayList<>();
    String department = "";
    DateText.Day anniversary;
    String anniversaryText = "";
    String gender = "";
    final List<ContactExtras.Profile> profiles = new ArrayList<>();
    final List<ContactExtras.RelatedName> relatedNames = new ArrayList<>();
    /** the picture's bytes as the file held them (embedded or a data URI) */
    byte[] photo;
    /** a picture given only as a web address: never fetched, the address is kept in the notes */
    boolean photoLink;
    /** set when the file ends inside this record */
    boolean truncated;

    RecordDraft(RecordPosition at) {
        this.at = at;
    }

    void note(String text) {
        if (text != null && !text.isBlank()) {
            // one kind of line break, whichever system wrote the file (Outlook: CRLF)
            notes.add(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        }
    }
}
