package app.rapport.domain.network;

/** Where a node sits on the map, in layout units. */
public interface MapPoint {
    double x();

    double y();
}
