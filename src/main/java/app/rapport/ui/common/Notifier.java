package app.rapport.ui.common;

/** Shows a short message at the top of the window, optionally with one action (Undo). */
public interface Notifier {
    void show(String text, String actionText, Runnable action);

    void hide();
}
