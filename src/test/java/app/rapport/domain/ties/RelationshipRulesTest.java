package app.rapport.domain.ties;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.contacts.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationshipRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Set<Long> LIVE = Set.of(1L, 2L, 3L);

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void aGoodTieHasNoProblems() {
        Tie tie = new Tie(0, 1, 2, TieType.WORKS_AT, 3, TODAY, "");
        assertThat(RelationshipRules.checkTie(tie, TODAY, LIVE)).isEmpty();
    }

    @Test
    void badTiesAreRefusedWithTheirKeys() {
        assertThat(keys(RelationshipRules.checkTie(Tie.of(1, 1, TieType.FRIEND, 3), TODAY, LIVE)))
                .containsExactly("error.tie.self");
        assertThat(keys(RelationshipRules.checkTie(Tie.of(1, 9, TieType.FRIEND, 3), TODAY, LIVE)))
                .containsExactly("error.tie.missingContact");
        assertThat(keys(RelationshipRules.checkTie(new Tie(0, 1, 2, TieType.FRIEND, 3, TODAY.plusDays(1), ""), TODAY, LIVE)))
                .containsExactly("error.tie.futureSince");
        assertThat(keys(RelationshipRules.checkTie(Tie.of(1, 2, TieType.FRIEND, 0), TODAY, LIVE)))
                .containsExactly("error.strength.range");
        assertThat(keys(RelationshipRules.checkTie(Tie.of(1, 2, TieType.FRIEND, 6), TODAY, LIVE)))
                .containsExactly("error.strength.range");
    }

    @Test
    void relationshipsCheckStrengthCadenceAssessmentAndIntroducer() {
        Relationship fine = Relationship.empty(1).withCadence(Cadence.weeks(2)).withMet("Conference", 2L)
                .withAssessment(new Assessment(5, 4, 3, 2, 1, 0, 5, 5, TODAY));
        assertThat(RelationshipRules.checkRelationship(fine, LIVE)).isEmpty();
        assertThat(keys(RelationshipRules.checkRelationship(fine.withStrength(6), LIVE))).containsExactly("error.strength.range");
        assertThat(keys(RelationshipRules.checkRelationship(fine.withCadence(Cadence.days(0)), LIVE)))
                .containsExactly("error.cadence.positive");
        assertThat(keys(RelationshipRules.checkRelationship(fine.withCadence(Cadence.months(-1)), LIVE)))
                .containsExactly("error.cadence.positive");
        assertThat(keys(RelationshipRules.checkRelationship(
                fine.withAssessment(new Assessment(6, 0, 0, 0, 0, 0, 0, 0, TODAY)), LIVE)))
                .containsExactly("error.assessment.range");
        assertThat(keys(RelationshipRules.checkRelationship(
                fine.withAssessment(new Assessment(0, 0, 0, 0, 0, 0, 0, -1, TODAY)), LIVE)))
                .containsExactly("error.assessment.range");
        assertThat(keys(RelationshipRules.checkRelationship(fine.withMet("", 9L), LIVE)))
                .containsExactly("error.relationship.missingContact");
        assertThat(keys(RelationshipRules.checkRelationship(fine.withMet("", 1L), LIVE)))
                .containsExactly("error.relationship.missingContact");
    }

    @Test
    void anInteractionNeedsSomeoneItWasWith() {
        LocalDateTime at = TODAY.atTime(9, 30);
        assertThat(RelationshipRules.checkInteraction(
                Interaction.with(InteractionType.CALL, at, Direction.MUTUAL, "", 1), LIVE)).isEmpty();
        assertThat(keys(RelationshipRules.checkInteraction(
                new Interaction(0, InteractionType.CALL, at, Direction.MUTUAL, "", List.of()), LIVE)))
                .containsExactly("error.interaction.noContact");
        // a referral of Boris with nobody who referred him
        assertThat(keys(RelationshipRules.checkInteraction(
                new Interaction(0, InteractionType.REFERRAL, at, Direction.RECEIVED, "",
                        List.of(new Participant(2, ParticipantRole.REFERRED))), LIVE)))
                .containsExactly("error.interaction.noContact");
        assertThat(keys(RelationshipRules.checkInteraction(
                Interaction.with(InteractionType.CALL, at, Direction.MUTUAL, "", 1, 9), LIVE)))
                .containsExactly("error.interaction.missingContact");
    }

    @Test
    void symmetricTypes() {
        assertThat(TieType.COLLEAGUE.isSymmetric()).isTrue();
        assertThat(TieType.SISTER_BRAND.isSymmetric()).isTrue();
        assertThat(TieType.WORKS_AT.isSymmetric()).isFalse();
        assertThat(TieType.CLIENT.isSymmetric()).isFalse();
    }
}
