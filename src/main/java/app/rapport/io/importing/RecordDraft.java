package app.rapport.io.importing;

import app.rapport.domain.ContactKind;
import app.rapport.domain.Email;
import app.rapport.domain.OrgKind;
import app.rapport.domain.Phone;
import app.rapport.domain.PostalAddress;
import app.rapport.domain.Website;
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
    boolean hadPhoto;
    /** set when the file ends inside this record */
    boolean truncated;

    RecordDraft(RecordPosition at) {
        this.at = at;
    }

    void note(String text) {
        if (text != null && !text.isBlank()) {
            notes.add(text.strip());
        }
    }
}
