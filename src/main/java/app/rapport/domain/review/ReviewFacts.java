package app.rapport.domain.review;

import app.rapport.domain.contacts.PostalAddress;
import java.time.LocalDate;

/**
 * What the review rules look at for one contact. {@code nextDueOn} is null without a cadence,
 * {@code reviewedOn} null when never reviewed, {@code mailing} the mailing address (else the first;
 * null when there is none), the scores null until computed.
 */
public record ReviewFacts(boolean flagged, LocalDate nextDueOn, LocalDate reviewedOn, LocalDate addedOn,
                          PostalAddress mailing, Integer score, Integer scoreBefore) {

    /** Points lost since the previous day's score; 0 when not falling or not known. */
    public int scoreFall() {
        return score != null && scoreBefore != null && score < scoreBefore ? scoreBefore - score : 0;
    }
}
