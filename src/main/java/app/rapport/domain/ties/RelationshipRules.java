package app.rapport.domain.ties;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.keepintouch.Cadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What makes ties, relationships, cadences and interactions valid. Each check returns every problem
 * it finds with its message key; nothing is saved while there is one. {@code live} holds the ids of
 * the contacts concerned that exist and are not in the trash; {@code today} is passed in.
 */
public final class RelationshipRules {
    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 5;

    private RelationshipRules() {
    }

    public static List<Problem> checkTie(Tie tie, LocalDate today, Set<Long> live) {
        List<Problem> problems = new ArrayList<>();
        if (tie.fromId() == tie.toId()) {
            problems.add(Problem.of("to", "error.tie.self"));
        }
        if (!live.contains(tie.fromId())) {
            problems.add(Problem.of("from", "error.tie.missingContact"));
        }
        if (tie.toId() != tie.fromId() && !live.contains(tie.toId())) {
            problems.add(Problem.of("to", "error.tie.missingContact"));
        }
        if (tie.since() != null && tie.since().isAfter(today)) {
            problems.add(Problem.of("since", "error.tie.futureSince"));
        }
        if (!strengthInRange(tie.strength())) {
            problems.add(Problem.of("strength", "error.strength.range"));
        }
        return problems;
    }

    public static List<Problem> checkRelationship(Relationship r, Set<Long> live) {
        List<Problem> problems = new ArrayList<>();
        if (!live.contains(r.contactId())) {
            problems.add(Problem.of("contact", "error.relationship.missingContact"));
        }
        if (!strengthInRange(r.strength())) {
            problems.add(Problem.of("strength", "error.strength.range"));
        }
        problems.addAll(checkCadence(r.cadence()));
        Long introducer = r.introducedBy();
        if (introducer != null && (introducer == r.contactId() || !live.contains(introducer))) {
            problems.add(Problem.of("introducedBy", "error.relationship.missingContact"));
        }
        if (r.assessment() != null && !r.assessment().inRange()) {
            problems.add(Problem.of("assessment", "error.assessment.range"));
        }
        return problems;
    }

    /** A missing cadence (null) is fine: the contact has none. */
    public static List<Problem> checkCadence(Cadence cadence) {
        return cadence == null || cadence.isValid() ? List.of() : List.of(Problem.of("cadence", "error.cadence.positive"));
    }

    public static List<Problem> checkInteraction(Interaction i, Set<Long> live) {
        List<Problem> problems = new ArrayList<>();
        if (i.contacts(ParticipantRole.WITH).isEmpty()) {
            problems.add(Problem.of("contacts", "error.interaction.noContact"));
        }
        for (int n = 0; n < i.participants().size(); n++) {
            if (!live.contains(i.participants().get(n).contactId())) {
                problems.add(new Problem("contacts", n, "error.interaction.missingContact"));
            }
        }
        return problems;
    }

    public static boolean strengthInRange(int strength) {
        return strength >= MIN_STRENGTH && strength <= MAX_STRENGTH;
    }
}
