package app.rapport.service.network;

import app.rapport.domain.network.Point;
import java.util.Map;

/** Where the network and the map's positions are stored; the database implements it. */
public interface NetworkRepository {
    /** Contacts not in the trash, their ties and my relationships, read in one transaction. */
    NetworkGraph load();

    /** Stores these positions (others stay as they were). */
    void savePositions(Map<Long, Point> positions);

    /** Every stored position, Me (0) included. */
    Map<Long, Point> positions();

    /** Grows whenever contacts, their tags, ties or my relationships change: a cheap "anything new?". */
    long version();
}
