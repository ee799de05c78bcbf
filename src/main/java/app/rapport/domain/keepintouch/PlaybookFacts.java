package app.rapport.domain.keepintouch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the playbooks are built from, read for one day. Each map holds, per contact (role WITH,
 * interactions not in the trash), the latest day of: {@code business} any BUSINESS; {@code referrals}
 * a REFERRAL received; {@code calls} a CALL or MEETING; {@code cardsGiven} a CARD given. {@code prospects}
 * are the recent prospects; {@code contacts} holds every contact named anywhere above that is neither
 * archived nor in the trash; the others are left off every list.
 */
public record PlaybookFacts(Map<Long, LocalDate> business, Map<Long, LocalDate> referrals, Set<Long> prospects,
                            Map<Long, LocalDate> calls, Map<Long, LocalDate> cardsGiven,
                            List<CardFollowUp> cardFollowUps, Map<Long, PlaybookContact> contacts) {
    public PlaybookFacts {
        business = Map.copyOf(business);
        referrals = Map.copyOf(referrals);
        prospects = Set.copyOf(prospects);
        calls = Map.copyOf(calls);
        cardsGiven = Map.copyOf(cardsGiven);
        cardFollowUps = List.copyOf(cardFollowUps);
        contacts = Map.copyOf(contacts);
    }
}
