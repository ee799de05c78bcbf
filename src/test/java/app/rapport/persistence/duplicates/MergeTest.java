package app.rapport.persistence.duplicates;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.service.SaveOutcome;
import app.rapport.service.duplicates.MergePreview;
import app.rapport.service.duplicates.MergeService;
import app.rapport.testing.TableContents;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path dir;
    TestDatabase db;
    MergeService merges;
    long keep;
    long gone;
    long colleague;
    long friend;
    long introduced;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        Clock clock = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);
        merges = new MergeService(db.repository(), new JdbiMergeRepository(db.database(), clock), "DE");
        keep = db.repository().insert(person("Anna", "Müller").email("anna@acme.example").phone("030 1234567")
                .tag("client").notes("Met at the fair.").build());
        gone = db.repository().insert(person("Anna", "Mueller").email("ANNA@acme.example").email("anna@home.example")
                .phone("+49 30 1234567").tag("berlin").notes("Prefers mornings.").birthday(4, 15, 1980).build());
        colleague = db.repository().insert(person("Boris", "Ivanov").build());
        friend = db.repository().insert(person("Chen", "Wei").build());
        introduced = db.repository().insert(person("Dana", "Lee").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void tie(long from, long to, TieType type) {
        assertThat(db.relationships().saveTie(Tie.of(from, to, type, 3)).ok()).isTrue();
    }

    private long log(InteractionType type, Direction direction, long... with) {
        return db.interactions().log(Interaction.with(type, LocalDateTime.of(2026, 10, 1, 10, 0), direction, "", with))
                .saved().id();
    }

    @Test
    void mergeKeepsEverythingOfBothAndTheOtherDisappears() {
        tie(gone, colleague, TieType.COLLEAGUE);
        tie(keep, friend, TieType.FRIEND);
        tie(gone, friend, TieType.FRIEND);      // already there: kept once
        tie(keep, gone, TieType.FAMILY);        // would be a tie to itself: dropped
        db.relationships().saveRelationship(Relationship.empty(keep).withStrength(2).withMet("LinkedIn", null));
        db.relationships().saveRelationship(Relationship.empty(gone).withStrength(4).withCadence(Cadence.months(3))
                .withMet("At the fair", colleague).withFlag(true, "Slow payer"));
        db.relationships().saveRelationship(Relationship.empty(introduced).withMet("", gone));
        long favour = log(InteractionType.FAVOUR, Direction.GIVEN, gone);
        long together = log(InteractionType.MEETING, Direction.MUTUAL, keep, gone);
        db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 9, 1, 9, 0),
                Direction.RECEIVED, "", colleague).and(gone, ParticipantRole.REFERRED));
        db.keepInTouch().addFollowUp(gone, LocalDate.of(2026, 12, 1), "Send the offer");
        db.execute("INSERT INTO node_position (contact_id, x, y) VALUES (" + gone + ", 1, 2)");

        MergePreview preview = merges.preview(keep, gone).orElseThrow();
        assertThat(preview.moving().ties()).isEqualTo(3);
        assertThat(preview.moving().interactions()).isEqualTo(3);
        assertThat(preview.moving().followUps()).isEqualTo(1);
        assertThat(preview.moving().relationship()).isTrue();
        assertThat(preview.merged().emails()).extracting(Email::address)
                .containsExactly("anna@acme.example", "anna@home.example");

        SaveOutcome<Contact> outcome = merges.merge(keep, gone);
        assertThat(outcome.ok()).isTrue();
        Contact merged = db.service().find(keep).orElseThrow();
        assertThat(merged).isEqualTo(outcome.saved());
        assertThat(merged.emails()).extracting(Email::address).containsExactly("anna@acme.example", "anna@home.example");
        assertThat(merged.phones()).hasSize(1);
        assertThat(merged.tags()).containsExactly("berlin", "client");
        assertThat(merged.notes()).isEqualTo("Met at the fair.\n\nPrefers mornings.");
        assertThat(merged.birthday().year()).isEqualTo(1980);
        assertThat(db.service().find(gone)).isEmpty();

        assertThat(db.relationships().ties(keep)).extracting(t -> t.type() + " " + t.otherName())
                .containsExactlyInAnyOrder("COLLEAGUE Boris Ivanov", "FRIEND Chen Wei");
        Relationship r = db.relationships().relationship(keep).orElseThrow();
        assertThat(r.strength()).isEqualTo(4);
        assertThat(r.cadence()).isEqualTo(Cadence.months(3));
        assertThat(r.howWeMet()).isEqualTo("LinkedIn\n\nAt the fair");
        assertThat(r.introducedBy()).isEqualTo(colleague);
        assertThat(r.flagged()).isTrue();
        assertThat(db.relationships().relationship(introduced).orElseThrow().introducedBy()).isEqualTo(keep);
        assertThat(db.interactions().timeline(keep, 10)).hasSize(3);
        assertThat(db.count("SELECT count(*) FROM interaction_contact WHERE interaction_id = " + together)).isEqualTo(1);
        assertThat(db.ledger().balance(keep, LocalDate.of(2026, 11, 22)).given()).isEqualTo(1);
        assertThat(db.count("SELECT given FROM ledger_summary WHERE contact_id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM follow_up WHERE contact_id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT last_interaction_on = '2026-10-01' FROM contact WHERE id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'mornings'")).isEqualTo(1);
        assertThat(db.service().search(app.rapport.domain.contacts.ContactQuery.text("home.example"))).containsExactly(keep);
        assertThat(favour).isPositive();
        assertThat(referencesTo(gone)).isEmpty();
    }

    @Test
    void theOthersPlaceOnACardListBecomesTheKeptOnes() {
        db.execute("INSERT INTO card_list (id, name, year, created_at) VALUES (1, 'Holiday 2026', 2026, 'x'), "
                + "(2, 'Spring', 2026, 'x')");
        db.execute("INSERT INTO card_envelope (id, list_id, position, addressee) VALUES (1, 1, 0, 'Anna Mueller'), "
                + "(2, 2, 0, 'Anna M\u00fcller'), (3, 2, 1, 'Anna Mueller')");
        db.execute("INSERT INTO card_recipient (list_id, contact_id, envelope_id) VALUES (1, " + gone + ", 1), "
                + "(2, " + keep + ", 2), (2, " + gone + ", 3)");
        assertThat(merges.merge(keep, gone).ok()).isTrue();
        assertThat(db.count("SELECT contact_id FROM card_recipient WHERE list_id = 1")).isEqualTo(keep);
        assertThat(db.count("SELECT count(*) FROM card_recipient WHERE list_id = 2")).isEqualTo(1);
        assertThat(db.count("SELECT envelope_id FROM card_recipient WHERE list_id = 2")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM card_recipient WHERE contact_id = " + gone)).isZero();
    }

    @Test
    void theKeptOnesPlaceOnTheMatrixStaysOrTheOthersBecomesIts() {
        db.cooperation().save(new app.rapport.domain.matrix.Cooperation(keep, 8, 8, "kept", "", ""));
        db.cooperation().save(new app.rapport.domain.matrix.Cooperation(gone, 1, 1, "gone", "", ""));
        assertThat(merges.merge(keep, gone).ok()).isTrue();
        assertThat(db.cooperation().find(keep).orElseThrow().mutual()).isEqualTo("kept");
        assertThat(db.count("SELECT count(*) FROM cooperation")).isEqualTo(1);

        long other = db.repository().insert(person("Anna", "Müller-Lee").build());
        db.cooperation().save(new app.rapport.domain.matrix.Cooperation(other, 2, 9, "theirs", "", ""));
        db.cooperation().remove(keep);
        assertThat(merges.merge(keep, other).ok()).isTrue();
        assertThat(db.cooperation().find(keep)).contains(
                new app.rapport.domain.matrix.Cooperation(keep, 2, 9, "theirs", "", ""));
        assertThat(referencesTo(other)).isEmpty();
    }

    @Test
    void theLaterReviewIsTheMergedContactsAndTheOthersPlaceInTheRoundBecomesItsOwn() {
        db.execute("INSERT INTO contact_review (contact_id, reviewed_on) VALUES (" + keep + ", '2026-01-10'), ("
                + gone + ", '2026-09-01'), (" + colleague + ", '2026-02-01')");
        db.execute("INSERT INTO review_queue (position, contact_id) VALUES (0, " + colleague + "), (1, " + gone + ")");
        assertThat(merges.merge(keep, gone).ok()).isTrue();
        assertThat(db.count("SELECT reviewed_on = '2026-09-01' FROM contact_review WHERE contact_id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT contact_id FROM review_queue WHERE position = 1")).isEqualTo(keep);
        assertThat(referencesTo(gone)).isEmpty();

        // reviewed only as the other: the merged contact keeps that day; both in the round: the kept place stays
        long other = db.repository().insert(person("Anna", "Muller").build());
        db.execute("INSERT INTO contact_review (contact_id, reviewed_on) VALUES (" + other + ", '2026-11-01')");
        db.execute("INSERT INTO review_queue (position, contact_id) VALUES (2, " + other + ")");
        assertThat(merges.merge(keep, other).ok()).isTrue();
        assertThat(db.count("SELECT reviewed_on = '2026-11-01' FROM contact_review WHERE contact_id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT position FROM review_queue WHERE contact_id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM review_queue")).isEqualTo(2);
        long fresh = db.repository().insert(person("Anna", "Mülller").build());
        assertThat(merges.merge(fresh, keep).ok()).as("the kept one never reviewed").isTrue();
        assertThat(db.count("SELECT reviewed_on = '2026-11-01' FROM contact_review WHERE contact_id = " + fresh)).isEqualTo(1);
    }

    /**
     * The other's photo and the card it came from (its vCard UID) become the kept one's when it has
     * none: neither goes with the other (the photo once went: only the kept one's was read).
     */
    @Test
    void theOthersPhotoAndCardBecomeTheKeptOnesWhenItHasNone() {
        db.execute("INSERT INTO contact_photo (contact_id, mime, bytes, thumbnail) VALUES (" + gone
                + ", 'image/png', x'89504E47', x'89504E47')");
        db.execute("UPDATE contact SET vcard_uid = 'card-of-anna' WHERE id = " + gone);
        assertThat(merges.merge(keep, gone).ok()).isTrue();
        assertThat(db.count("SELECT count(*) FROM contact_photo WHERE contact_id = " + keep)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contact WHERE id = " + keep + " AND vcard_uid = 'card-of-anna'"))
                .isEqualTo(1);
    }

    @Test
    void theKeptOnesPhotoAndCardStay() {
        db.execute("INSERT INTO contact_photo (contact_id, mime, bytes, thumbnail) VALUES (" + keep
                + ", 'image/png', x'01', x'01'), (" + gone + ", 'image/png', x'02', x'02')");
        db.execute("UPDATE contact SET vcard_uid = 'kept' WHERE id = " + keep);
        db.execute("UPDATE contact SET vcard_uid = 'gone' WHERE id = " + gone);
        assertThat(merges.merge(keep, gone).ok()).isTrue();
        assertThat(db.count("SELECT count(*) FROM contact_photo WHERE contact_id = " + keep + " AND bytes = x'01'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contact WHERE id = " + keep + " AND vcard_uid = 'kept'")).isEqualTo(1);
    }

    @Test
    void aPersonAndAnOrganisationCannotBeMergedAndNothingChanges() {
        long org = db.repository().insert(app.rapport.testing.ContactBuilder.organisation("Acme").build());
        Map<String, List<String>> before = TableContents.of(db.database());
        assertThat(merges.merge(keep, org).problems()).extracting(p -> p.messageKey()).containsExactly("error.merge.kinds");
        assertThat(merges.merge(keep, keep).problems()).extracting(p -> p.messageKey()).containsExactly("error.merge.same");
        assertThat(TableContents.of(db.database())).isEqualTo(before);
    }

    /** Every row of any table whose contact column still names {@code id}. */
    private List<String> referencesTo(long id) {
        return db.database().jdbi().withHandle(h -> {
            List<String> found = new java.util.ArrayList<>();
            for (String table : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .mapTo(String.class).list()) {
                for (String column : h.createQuery("SELECT name FROM pragma_table_info(?)").bind(0, table)
                        .mapTo(String.class).list()) {
                    if (List.of("contact_id", "from_id", "to_id", "introduced_by").contains(column)
                            || table.equals("contact") && column.equals("id")
                            || table.startsWith("contact_") && table.endsWith("fts") && column.equals("rowid")) {
                        long n = h.createQuery("SELECT count(*) FROM \"" + table + "\" WHERE " + column + " = ?")
                                .bind(0, id).mapTo(Long.class).one();
                        if (n > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
            long fts = h.createQuery("SELECT count(*) FROM contact_fts WHERE rowid = ?").bind(0, id).mapTo(Long.class).one()
                    + h.createQuery("SELECT count(*) FROM contact_name_fts WHERE rowid = ?").bind(0, id)
                    .mapTo(Long.class).one();
            if (fts > 0) {
                found.add("search index");
            }
            return found;
        });
    }
}
