package app.rapport.service.keepintouch;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.keepintouch.PlaybookContact;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reads the playbooks are built from; each is one indexed query. */
public interface PlaybookRepository {

    /**
     * Per contact in role WITH, the latest day from {@code from} to {@code to} of an interaction not in the
     * trash of one of {@code types}, in {@code direction} (null: any).
     */
    Map<Long, LocalDate> latestWith(Set<InteractionType> types, Direction direction, LocalDate from, LocalDate to);

    /**
     * Contacts tagged as prospects (in any language: {@link app.rapport.domain.keepintouch.PlaybookRules#PROSPECT_TAGS}),
     * neither archived nor in the trash, added or in touch on or after {@code since}.
     */
    Set<Long> prospects(LocalDate since);

    /** Card follow-ups still open, and those completed on or after {@code doneSince}. */
    List<CardFollowUp> cardFollowUps(LocalDate doneSince);

    /** Those of {@code ids} neither archived nor in the trash. */
    Map<Long, PlaybookContact> contacts(Collection<Long> ids);
}
