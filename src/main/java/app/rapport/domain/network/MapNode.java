package app.rapport.domain.network;

import app.rapport.domain.contacts.ContactKind;

/** What the map needs to know of a contact (or Me, kind null) to draw it. */
public interface MapNode {
    long id();

    String name();

    ContactKind kind();

    boolean flagged();

    boolean isMe();
}
