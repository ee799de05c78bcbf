package app.rapport.domain.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's one palette: the colours of communities and tags (largest first), of tie types, of Me,
 * the rings and the labels. A node or tie carries an index into it; both the window and the command
 * line paint from here.
 */
public final class MapPalette {
    private static final List<MapColour> COLOURS = List.of(
            MapColour.web("#0969da"), MapColour.web("#cf222e"), MapColour.web("#1a7f37"), MapColour.web("#8250df"),
            MapColour.web("#bf8700"), MapColour.web("#e16f24"), MapColour.web("#1b7c83"), MapColour.web("#bf3989"),
            MapColour.web("#57606a"), MapColour.web("#4d2d00"), MapColour.web("#0550ae"), MapColour.web("#116329"));
    /** The index of grey: for those in no group (or a group too small to get a colour of its own). */
    public static final int GREY = 8;
    /** How many groups get a colour of their own (every colour but grey). */
    public static final int GROUPS = COLOURS.size() - 1;
    /** The index a node or tie of mine has: Me is drawn dark, my ties grey. */
    public static final int MINE = -1;

    public static final MapColour ME = MapColour.web("#24292f");
    public static final MapColour MY_TIE = MapColour.web("#8c959f").withOpacity(0.35);
    public static final MapColour BACKGROUND = MapColour.web("#fbfcfd");
    public static final MapColour LABEL = MapColour.web("#24292f");
    public static final MapColour LABEL_BACKDROP = MapColour.web("#ffffff").withOpacity(0.85);
    public static final MapColour FLAGGED_RING = MapColour.web("#cf222e");
    public static final MapColour SELECTED_RING = MapColour.web("#24292f");
    public static final MapColour HIGHLIGHT_RING = MapColour.web("#bf8700");

    private MapPalette() {
    }

    public static int size() {
        return COLOURS.size();
    }

    /** A colour by index; any index wraps round, {@link #MINE} is Me's. */
    public static MapColour node(int index) {
        return index < 0 ? ME : COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    /** A node drawn paler while another contact is selected. */
    public static MapColour faded(MapColour colour) {
        return colour.derive(0.7, 1.15, 0.85);
    }

    /** A tie's tint of its type's colour; {@link #MINE} for my own ties. */
    public static MapColour tie(int index) {
        return index < 0 ? MY_TIE : node(index).derive(0.6, 1.1, 0.45);
    }

    /** The colour of the group ranked {@code rank} by size (0 the largest): every colour in turn but grey, then grey. */
    public static int ofRank(int rank) {
        return rank >= GROUPS ? GREY : rank >= GREY ? rank + 1 : rank;
    }

    /** Groups (communities, tags) largest first to their colours. */
    public static <K> Map<K, Integer> ranked(List<K> largestFirst) {
        Map<K, Integer> colours = new HashMap<>();
        for (int i = 0; i < largestFirst.size(); i++) {
            colours.put(largestFirst.get(i), ofRank(i));
        }
        return colours;
    }
}
