package app.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** The one way between the sidebar's areas, without a window: what each area hears, and when. */
class AreaRegistryTest {
    private final List<String> heard = new ArrayList<>();
    private final AreaRegistry areas = new AreaRegistry(new AreaRegistry.Sidebar() {
        @Override
        public Runnable addArea(String id, String labelKey, String icon, Runnable onChosen) {
            heard.add("button " + id);
            return () -> heard.add("selected " + id);
        }

        @Override
        public void showContent(Node node) {
            heard.add("content");
        }
    }, () -> null);

    /** An area that says what it hears; {@code leaves} answers canLeave. */
    private Area area(String name, boolean leaves) {
        heard.add("built " + name);
        return new Area() {
            @Override
            public Node root() {
                return null;
            }

            @Override
            public void onShow() {
                heard.add("show " + name);
            }

            @Override
            public void onHide() {
                heard.add("hide " + name);
            }

            @Override
            public void onChange() {
                heard.add("change " + name);
            }

            @Override
            public Shortcuts shortcuts() {
                return Shortcuts.of(scene -> heard.add("keys on " + name), scene -> heard.add("keys off " + name));
            }

            @Override
            public boolean canLeave() {
                heard.add("asked " + name);
                return leaves;
            }
        };
    }

    @Test
    void anAreaIsBuiltWhenFirstChosenAndShownAfreshEachTime() {
        areas.register("a", "area.a", "icon", () -> area("a", true));
        areas.register("b", "area.b", "icon", () -> area("b", true));
        assertThat(heard).containsExactly("button a", "button b");
        heard.clear();

        areas.show("a");
        assertThat(heard).containsExactly("built a", "selected a", "content", "keys on a", "show a");
        heard.clear();

        areas.show("b");
        assertThat(heard).containsExactly("keys off a", "hide a", "built b", "selected b", "content", "keys on b", "show b");
        heard.clear();

        areas.show("a");
        assertThat(heard).as("built once").containsExactly("keys off b", "hide b", "selected a", "content", "keys on a",
                "show a");
    }

    @Test
    void aChangeReachesOnlyTheAreaOnScreen() {
        areas.register("a", "area.a", "icon", () -> area("a", true));
        areas.register("b", "area.b", "icon", () -> area("b", true));
        areas.show("a");
        areas.show("b");
        heard.clear();
        areas.changed();
        assertThat(heard).containsExactly("change b");
    }

    @Test
    void leavingAsksEveryBuiltAreaUntilOneSaysNo() {
        areas.register("a", "area.a", "icon", () -> area("a", false));
        areas.register("b", "area.b", "icon", () -> area("b", true));
        areas.register("c", "area.c", "icon", () -> area("c", true));
        assertThat(areas.canLeave()).as("nothing built, nothing to keep").isTrue();
        areas.show("b");
        areas.show("a");
        heard.clear();
        assertThat(areas.canLeave()).isFalse();
        assertThat(heard).containsExactly("asked b", "asked a");
    }

    @Test
    void droppedAreasHideOnceAndAreBuiltAgainWhenChosen() {
        areas.register("a", "area.a", "icon", () -> area("a", true));
        areas.register("b", "area.b", "icon", () -> area("b", true));
        areas.show("a");
        areas.show("b");
        heard.clear();
        areas.drop();
        assertThat(heard).containsExactly("keys off b", "hide b", "hide a");
        assertThat((Area) areas.built("a")).isNull();
        heard.clear();
        areas.changed();
        assertThat(heard).isEmpty();
    }
}
