package app.rapport.domain.network;

import app.rapport.domain.ties.TieType;

/** What the map needs to know of a tie (or of my relationship to a contact, type null) to draw it. */
public interface MapTie {
    long from();

    long to();

    /** 1–5. */
    int strength();

    TieType type();

    boolean isMine();
}
