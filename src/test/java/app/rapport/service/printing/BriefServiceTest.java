package app.rapport.service.printing;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.printing.ContactBrief;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefServiceTest {
    @TempDir
    Path dir;

    @Test
    void gathersDetailsTiesInteractionsLedgerAndOpenReminders() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").email("anna@example.test").build());
            long acme = db.repository().insert(organisation("Acme GmbH").build());
            db.relationships().saveTie(Tie.of(anna, acme, TieType.WORKS_AT, 3));
            db.relationships().saveRelationship(Relationship.empty(anna).withStrength(5));
            for (int i = 0; i < 10; i++) {
                db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 1, 1 + i, 9, 0),
                        Direction.MUTUAL, "call " + i, anna));
            }
            db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 10, 1, 9, 0),
                    Direction.RECEIVED, "sent me a client", anna));
            db.keepInTouch().addFollowUp(anna, LocalDate.of(2026, 12, 1), "send the offer");
            ContactBrief brief = db.briefs().brief(anna).orElseThrow();
            assertThat(brief.contact().displayName()).isEqualTo("Anna Schmidt");
            assertThat(brief.relationship().strength()).isEqualTo(5);
            assertThat(brief.ties()).singleElement().satisfies(t -> assertThat(t.otherName()).isEqualTo("Acme GmbH"));
            assertThat(brief.lastInteractions()).hasSize(BriefService.LAST_INTERACTIONS);
            assertThat(brief.lastInteractions().get(0).type()).isEqualTo(InteractionType.REFERRAL);
            assertThat(brief.ledger().balance()).isEqualTo(1);
            assertThat(brief.reminders()).singleElement().satisfies(f -> assertThat(f.note()).isEqualTo("send the offer"));
            assertThat(db.briefs().brief(9_999)).isEmpty();
        }
    }
}
