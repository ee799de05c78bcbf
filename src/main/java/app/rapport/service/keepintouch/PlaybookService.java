package app.rapport.service.keepintouch;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.keepintouch.Playbook;
import app.rapport.domain.keepintouch.PlaybookFacts;
import app.rapport.domain.keepintouch.PlaybookRules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The card playbook's four steps with their progress, built from the data ({@link PlaybookRules}). Blocking calls. */
public class PlaybookService {
    private final PlaybookRepository repository;

    public PlaybookService(PlaybookRepository repository) {
        this.repository = repository;
    }

    /** The four playbooks in {@link app.rapport.domain.keepintouch.PlaybookKind} order. */
    public List<Playbook> playbooks(LocalDate today) {
        LocalDate members = PlaybookRules.memberSince(today);
        LocalDate steps = PlaybookRules.stepSince(today);
        Map<Long, LocalDate> business = repository.latestWith(EnumSet.of(InteractionType.BUSINESS), null, members, today);
        Map<Long, LocalDate> referrals = repository.latestWith(EnumSet.of(InteractionType.REFERRAL), Direction.RECEIVED,
                members, today);
        Set<Long> prospects = repository.prospects(PlaybookRules.prospectSince(today));
        List<CardFollowUp> followUps = repository.cardFollowUps(steps);
        PlaybookFacts facts = new PlaybookFacts(business, referrals, prospects,
                repository.latestWith(EnumSet.of(InteractionType.CALL, InteractionType.MEETING), null, steps, today),
                repository.latestWith(EnumSet.of(InteractionType.CARD), Direction.GIVEN, steps, today), followUps,
                repository.contacts(PlaybookRules.mentioned(business, referrals, prospects, followUps)));
        return PlaybookRules.playbooks(facts, today);
    }
}
