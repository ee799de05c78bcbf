package app.rapport.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;

/**
 * The sidebar's areas of one open database, in the order registered, and the one way between them:
 * the area leaving hides (its keys go), the one chosen is built on first use, shown and told so.
 */
public final class AreaRegistry {
    /** Where the areas' buttons and the chosen area's content go: the window's frame, or a fake in tests. */
    public interface Sidebar {
        /**
         * Adds an area's button; choosing it runs {@code onChosen}.
         *
         * @return what marks the button chosen from code
         */
        Runnable addArea(String id, String labelKey, String icon, Runnable onChosen);

        /** Replaces what the content area shows. */
        void showContent(Node node);
    }

    private record Entry(String id, Runnable select, Supplier<? extends Area> build) {
    }

    private final Sidebar main;
    private final Supplier<Scene> scene;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Area> built = new LinkedHashMap<>();
    private Area shown;
    private String shownId;

    public AreaRegistry(MainView main, Supplier<Scene> scene) {
        this(new Sidebar() {
            @Override
            public Runnable addArea(String id, String labelKey, String icon, Runnable onChosen) {
                ToggleButton button = main.addArea(id, labelKey, icon, onChosen);
                return () -> button.setSelected(true);
            }

            @Override
            public void showContent(Node node) {
                main.showContent(node);
            }
        }, scene);
    }

    public AreaRegistry(Sidebar sidebar, Supplier<Scene> scene) {
        this.main = sidebar;
        this.scene = scene;
    }

    /** Adds an area's button to the sidebar; the area itself is built when first chosen. */
    public void register(String id, String labelKey, String icon, Supplier<? extends Area> build) {
        Runnable select = main.addArea(id, labelKey, icon, () -> show(id));
        entries.put(id, new Entry(id, select, build));
    }

    /** Shows the area (chosen again, it is shown afresh) and returns it. */
    @SuppressWarnings("unchecked")
    public <A extends Area> A show(String id) {
        Entry entry = entries.get(id);
        hideShown();
        Area area = built.computeIfAbsent(id, k -> entry.build().get());
        entry.select().run();
        main.showContent(area.root());
        area.shortcuts().install(scene.get());
        shown = area;
        shownId = id;
        area.onShow();
        return (A) area;
    }

    /** The id of the area on screen, or null when none is. */
    public String shownId() {
        return shownId;
    }

    /** The area built under {@code id}, or null when it was not chosen yet. */
    @SuppressWarnings("unchecked")
    public <A extends Area> A built(String id) {
        return (A) built.get(id);
    }

    /** Something changed elsewhere: the area on screen shows it; the others load afresh when chosen. */
    public void changed() {
        if (shown != null) {
            shown.onChange();
        }
    }

    /** Whether every area lets the window leave this database (each may ask the user). */
    public boolean canLeave() {
        for (Area area : new ArrayList<>(built.values())) {
            if (!area.canLeave()) {
                return false;
            }
        }
        return true;
    }

    /** The database goes: the area on screen hides, every built area is forgotten. */
    public void drop() {
        Area wasShown = shown;
        hideShown();
        List<Area> others = new ArrayList<>(built.values());
        others.remove(wasShown);
        built.clear();
        others.forEach(Area::onHide);
    }

    private void hideShown() {
        if (shown != null) {
            shown.shortcuts().uninstall(scene.get());
            shown.onHide();
            shown = null;
            shownId = null;
        }
    }
}
