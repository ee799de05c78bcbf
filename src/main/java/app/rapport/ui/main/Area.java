package app.rapport.ui.main;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * One area of the sidebar (Contacts, Keep in touch, the map…): what it shows and what it does when
 * it comes and goes. Areas are registered in one place ({@link AreaRegistry}); the navigation is the
 * same for all of them.
 */
public interface Area {
    /** What the content area shows while this area is chosen; built once per open database. */
    Node root();

    /** The area has just come on screen (every time it is chosen): load what may have changed meanwhile. */
    default void onShow() {
    }

    /** The area is leaving the screen (another is chosen, or the database goes): stop what only runs while shown. */
    default void onHide() {
    }

    /** Something changed elsewhere (an import, a merge, new weights) while this area is on screen: show it. */
    default void onChange() {
        onShow();
    }

    /** The keys that work only while the area is shown. */
    default Shortcuts shortcuts() {
        return Shortcuts.NONE;
    }

    /**
     * Whether the window may leave this database or be rebuilt (closing, another language, leaving the
     * demo); the area may ask the user first (unsaved edits). Switching areas does not ask: an area keeps
     * its state while another is shown.
     */
    default boolean canLeave() {
        return true;
    }

    /** An area that shows {@code root} and loads it afresh each time it is shown (or something changed). */
    static Area of(Node root, Runnable onShow) {
        return new Area() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public void onShow() {
                onShow.run();
            }
        };
    }

    /** Keys installed on the window's scene while an area is shown, removed when it goes. */
    interface Shortcuts {
        Shortcuts NONE = of(scene -> { }, scene -> { });

        void install(Scene scene);

        void uninstall(Scene scene);

        static Shortcuts of(java.util.function.Consumer<Scene> install, java.util.function.Consumer<Scene> uninstall) {
            return new Shortcuts() {
                @Override
                public void install(Scene scene) {
                    install.accept(scene);
                }

                @Override
                public void uninstall(Scene scene) {
                    uninstall.accept(scene);
                }
            };
        }
    }
}
