package app.rapport.domain.today;

/** The three lanes of the Today area, in the order they are shown. */
public enum Lane {
    /** birthdays and anniversaries today; follow-ups (card and hand-set) due today or before */
    TODAY,
    /** cadences due from today to six days ahead; birthdays, anniversaries and follow-ups in the six days after today */
    THIS_WEEK,
    /** cadences already past their due day: the backlog */
    OVERDUE
}
