package app.rapport.domain.ledger;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static LedgerEntry entry(InteractionType type, Direction direction, String day) {
        return new LedgerEntry(0, type, direction, LocalDate.parse(day).atTime(10, 0), "");
    }

    @Test
    void countsGivenAndReceivedPerKindWithABalance() {
        // Anna referred two clients to me and did me a favour; I gave her one referral and a gift
        List<LedgerEntry> anna = List.of(
                entry(InteractionType.REFERRAL, Direction.RECEIVED, "2026-03-01"),
                entry(InteractionType.REFERRAL, Direction.RECEIVED, "2026-06-01"),
                entry(InteractionType.REFERRAL, Direction.GIVEN, "2026-01-10"),
                entry(InteractionType.FAVOUR, Direction.RECEIVED, "2026-09-01"),
                entry(InteractionType.GIFT, Direction.GIVEN, "2025-12-20"),
                entry(InteractionType.CALL, Direction.GIVEN, "2026-10-01"),
                entry(InteractionType.INTRODUCTION, Direction.MUTUAL, "2026-10-02"));
        LedgerBalance b = LedgerRules.balance(7, anna, TODAY);
        assertThat(b.line(InteractionType.REFERRAL)).isEqualTo(new LedgerLine(InteractionType.REFERRAL, 1, 2));
        assertThat(b.line(InteractionType.REFERRAL).balance()).isEqualTo(1); // I owe Anna one referral
        assertThat(b.line(InteractionType.FAVOUR)).isEqualTo(new LedgerLine(InteractionType.FAVOUR, 0, 1));
        assertThat(b.line(InteractionType.GIFT)).isEqualTo(new LedgerLine(InteractionType.GIFT, 1, 0));
        assertThat(b.line(InteractionType.INTRODUCTION)).isEqualTo(new LedgerLine(InteractionType.INTRODUCTION, 0, 0));
        assertThat(b.given()).isEqualTo(2);
        assertThat(b.received()).isEqualTo(3);
        assertThat(b.balance()).isEqualTo(1);
        // calls are not ledger entries; the mutual introduction is, but counts for neither side
        assertThat(b.history()).hasSize(6);
        assertThat(b.history().get(0).type()).isEqualTo(InteractionType.INTRODUCTION);
        // since the last thing I gave (the referral in January): referral, referral, favour
        assertThat(b.receivedSinceLastGave()).isEqualTo(3);
    }

    @Test
    void receivedSinceLastGaveRestartsWhenIGive() {
        List<LedgerEntry> boris = List.of(
                entry(InteractionType.FAVOUR, Direction.RECEIVED, "2026-01-01"),
                entry(InteractionType.FAVOUR, Direction.GIVEN, "2026-02-01"),
                entry(InteractionType.FAVOUR, Direction.RECEIVED, "2026-03-01"),
                entry(InteractionType.INTRODUCTION, Direction.RECEIVED, "2026-04-01"));
        assertThat(LedgerRules.balance(1, boris, TODAY).receivedSinceLastGave()).isEqualTo(2);
        List<LedgerEntry> gaveLast = List.of(
                entry(InteractionType.FAVOUR, Direction.RECEIVED, "2026-01-01"),
                entry(InteractionType.GIFT, Direction.GIVEN, "2026-05-01"));
        assertThat(LedgerRules.balance(1, gaveLast, TODAY).receivedSinceLastGave()).isZero();
    }

    @Test
    void neverGivenCountsEverythingReceived() {
        List<LedgerEntry> entries = List.of(
                entry(InteractionType.FAVOUR, Direction.RECEIVED, "2026-01-01"),
                entry(InteractionType.REFERRAL, Direction.RECEIVED, "2026-02-01"));
        assertThat(LedgerRules.balance(1, entries, TODAY).receivedSinceLastGave()).isEqualTo(2);
    }

    @Test
    void entriesAfterTodayAreLeftOut() {
        List<LedgerEntry> entries = List.of(
                entry(InteractionType.FAVOUR, Direction.GIVEN, "2026-12-01"),
                new LedgerEntry(0, InteractionType.FAVOUR, Direction.RECEIVED, LocalDateTime.of(2026, 11, 22, 23, 59), ""));
        LedgerBalance b = LedgerRules.balance(1, entries, TODAY);
        assertThat(b.given()).isZero();
        assertThat(b.received()).isEqualTo(1);
        assertThat(b.receivedSinceLastGave()).isEqualTo(1);
    }

    @Test
    void anEmptyLedgerIsBalanced() {
        LedgerBalance b = LedgerRules.balance(1, List.of(), TODAY);
        assertThat(b.balance()).isZero();
        assertThat(b.lines()).hasSize(4).allMatch(l -> l.given() == 0 && l.received() == 0);
    }
}
