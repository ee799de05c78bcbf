package app.rapport.testing;

import static app.rapport.testing.ContactBuilder.person;

import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactExtras;
import app.rapport.domain.contacts.ContactPhoto;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.io.importing.PhotoScaler;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Fills a test database with something in every table: the demo network (ties, relationships with
 * cadences and assessments, tag cadences, interactions, card follow-ups) plus the awkward cases it
 * lacks: text in several scripts with quotes and line breaks, a contact and an interaction in the
 * trash, a snoozed and a completed follow-up, websites, and map positions with fractions.
 */
public final class RichDatabase {
    private RichDatabase() {
    }

    public static void fill(TestDatabase db) {
        DemoNetwork.fill(db.repository(), 160, 20, 11, ProgressListener.NONE, () -> false);
        Contact odd = db.service().save(person("Zoë", "O'Brien-Ngụyễn")
                .email("zoe@example.org").phone("+44 20 7946 0018").website("https://zoe.example")
                .address("1 \"Quoted\" Lane", "EC1A 1BB", "London", "GB").tag("vip").tag("ไทย")
                .birthday(2, 29, 1988)
                .notes("Line one,\nline two with a tab\tand a backslash \\ and emoji 🎉; สวัสดี; Привет")
                .build().withExtras(new ContactExtras(List.of("Zo", "Ngu"), "R&D", Birthday.of(6, 1, 2015), "F",
                        List.of(new ContactExtras.Profile("home", "xmpp:zoe@example.org")),
                        List.of(new ContactExtras.RelatedName("spouse", "Sam O'Brien")), photo()))).saved();
        Contact trashed = db.service().save(person("Trashed", "Person").email("gone@example.org").build()).saved();
        db.service().moveToTrash(trashed.id());
        long logged = db.interactions().log(Interaction.with(InteractionType.FAVOUR, LocalDateTime.of(2026, 3, 1, 9, 30),
                Direction.GIVEN, "Lent the \"big\" ladder", odd.id(), 1)).saved().id();
        long undone = db.interactions().log(Interaction.with(InteractionType.GIFT, LocalDateTime.of(2026, 4, 2, 18, 0),
                Direction.RECEIVED, "Wine", odd.id())).saved().id();
        db.interactions().delete(undone);
        db.keepInTouch().addFollowUp(odd.id(), LocalDate.of(2026, 12, 1), "Ask about the move");
        db.keepInTouch().addFollowUp(2, LocalDate.of(2026, 11, 30), "Done already");
        db.keepInTouch().snooze(odd.id(), LocalDate.of(2026, 12, 24));
        long followUp = db.count("SELECT max(id) FROM follow_up WHERE note = 'Done already'");
        db.keepInTouch().completeFollowUp(followUp);
        db.execute("INSERT INTO node_position (contact_id, x, y) VALUES (0, 0.1, -1.0E-7), (1, 123456.789, 2.5), ("
                + odd.id() + ", -0.3333333333333333, 1.0E300)");
        // card lists (V4): households, a snapshot address, sent and received; settings; scores (V5)
        db.settings().setCardFollowUpDays(21);
        db.settings().setReturnAddress("Me\nRing 1\n50667 Köln");
        var chosen = db.cards().preview(app.rapport.domain.cards.BuilderOptions.seedDefaults()).chosen();
        var list = db.cards().create(new app.rapport.domain.cards.CardList(0, "Holiday 2026", "Holiday", 2026),
                chosen.stream().map(app.rapport.domain.cards.CardPick::candidate).toList()).saved();
        var envelopes = db.cards().envelopes(list.id());
        db.cards().markSent(java.util.List.of(envelopes.get(0).id()));
        db.cards().markReceived(java.util.List.of(envelopes.get(envelopes.size() - 1).id()));
        db.cards().rename(envelopes.get(0).id(), "The O\u2019Briens", "Liebe Familie");
        db.scores().recomputeAll(() -> false);
        // the dashboard (V8): a day's indicators and a goal
        db.dashboard().snapshot();
        db.dashboard().setGoal(app.rapport.domain.dashboard.Indicator.KEPT_IN_TOUCH, 0.8, LocalDate.of(2027, 6, 30));
        // the cooperation matrix (V6): an organisation with notes in several scripts, and the odd person
        long org = db.count("SELECT min(id) FROM contact WHERE kind = 'ORGANISATION' AND deleted_at IS NULL");
        db.cooperation().save(new app.rapport.domain.matrix.Cooperation(org, 8, 3, "Ja, \"beidseits\"",
                "Our know-how;\nintroductions", "Not yet: นาน"));
        db.cooperation().save(new app.rapport.domain.matrix.Cooperation(odd.id(), 2, 9, "", "", ""));
        // review (V7): a round under way with one contact marked reviewed
        var step = db.reviews().startRound(LocalDate.of(2026, 11, 22));
        db.reviews().markReviewed(step, LocalDate.of(2026, 11, 22));
        // find duplicates (V11): a pair the user said are not duplicates
        db.execute("INSERT INTO not_duplicate (contact_low, contact_high, decided_at) VALUES (1, " + odd.id()
                + ", '2026-11-22T10:00:00Z')");
        // CardDAV sync (V13): an account and the cards of two contacts, one of them deleted here for good since
        db.execute("INSERT INTO sync_account (id, server_url, user_name, book_href, book_name, sync_token, ctag, last_synced_at)"
                + " VALUES (1, 'https://dav.example.org/', 'zoë', 'https://dav.example.org/zo%C3%AB/rapport/', 'Rapport \"Kontakte\"',"
                + " 'http://radicale.org/ns/sync/0a1b', '\"42\"', '2026-11-22T09:00:00.000Z')");
        // the card's base text for merges (V15): multi-line, with CRLF and non-Latin letters
        db.execute("INSERT INTO sync_card (account_id, contact_id, href, uid, etag, vcard_sha256, synced_at, base_vcard)"
                + " VALUES (1, " + odd.id() + ", '/zo%C3%AB/rapport/zoe.vcf', 'urn:uuid:7c1f', '\"e1\"', 'ab12',"
                + " '2026-11-22T09:00:00.000Z', 'BEGIN:VCARD' || char(13, 10) || 'FN:Zoë Борисовна' || char(13, 10)"
                + " || 'END:VCARD' || char(13, 10)),"
                + " (1, NULL, '/zo%C3%AB/rapport/gone.vcf', 'gone', NULL, 'cd34', '2026-11-22T09:00:00.000Z', NULL)");
        // a conflict's losing version (V16): the server's whole card, kept
        db.execute("INSERT INTO sync_conflict (account_id, contact_id, href, fields, server_vcard, found_at) VALUES (1, "
                + odd.id() + ", '/zo%C3%AB/rapport/zoe.vcf', 'TITLE,NOTES', 'BEGIN:VCARD' || char(13, 10)"
                + " || 'TITLE:Директор' || char(13, 10) || 'END:VCARD' || char(13, 10), '2026-11-22T09:30:00.000Z')");
        // the account's choices and its log (V17): a certificate trusted, a tag that goes out, two runs
        db.execute("UPDATE sync_account SET in_keyring = 1, auto_minutes = 30, trusted_certificate = "
                + "'148608fec98671f54bfd4d5fc097e0dd3a1851145030498ae9978ab8d68eab1c' WHERE id = 1");
        db.execute("INSERT INTO sync_account_tag (account_id, tag_id) SELECT 1, min(id) FROM tag");
        db.execute("INSERT INTO sync_run (account_id, finished_at, automatic, outcome, added_here, changed_server,"
                + " conflicts, waiting, failure) VALUES (1, '2026-11-22T09:00:00.000Z', 0, 'DONE', 2, 1, 1, 0, NULL),"
                + " (1, '2026-11-22T09:30:00.000Z', 1, 'FAILED', 0, 0, 0, 0, 'WRONG_PASSWORD')");
        // one settled by taking the server's values (V18): Rapport's card as it was, kept
        db.execute("INSERT INTO sync_conflict (account_id, contact_id, href, fields, server_vcard, found_at, resolved_at,"
                + " rapport_vcard) VALUES (1, " + odd.id() + ", '/zo%C3%AB/rapport/zoe.vcf', 'NOTES', 'BEGIN:VCARD'"
                + " || char(13, 10) || 'NOTE:Из телефона' || char(13, 10) || 'END:VCARD' || char(13, 10),"
                + " '2026-11-22T09:31:00.000Z', '2026-11-23T10:00:00.000Z', 'BEGIN:VCARD' || char(13, 10)"
                + " || 'NOTE:Встреча в Казани' || char(13, 10) || 'END:VCARD' || char(13, 10))");
        if (logged == 0) {
            throw new IllegalStateException("The interaction was not logged");
        }
    }

    /** A small picture for the contact_photo table: a 40 × 30 PNG. */
    private static ContactPhoto photo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff8800);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PhotoScaler.photo(bytes.toByteArray()).orElseThrow();
    }
}
