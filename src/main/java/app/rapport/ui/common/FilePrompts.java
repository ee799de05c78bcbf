package app.rapport.ui.common;

import java.io.File;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Every file the user picks in the window goes through here. The desktop's own chooser answers, except in
 * window scenarios, where a stand-in answers as the user would: a native chooser cannot be driven headless.
 */
public final class FilePrompts {
    /** What the user was asked for. */
    public enum Kind { SAVE, OPEN, OPEN_MANY }

    /** Answers a prompt the way a user would: the files chosen, or an empty list for Cancel. */
    @FunctionalInterface
    public interface StandIn {
        List<File> answer(Kind kind, String title, String suggestedName);
    }

    private static volatile StandIn standIn;

    private FilePrompts() {
    }

    /** For window scenarios: who answers the next prompts; null gives the desktop's chooser back. */
    public static void answerWith(StandIn answerer) {
        standIn = answerer;
    }

    /** @return the file to write, or null when the user cancelled */
    public static File save(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter... types) {
        StandIn s = standIn;
        if (s != null) {
            return first(s.answer(Kind.SAVE, title, suggestedName));
        }
        FileChooser chooser = chooser(title, null, types);
        chooser.setInitialFileName(suggestedName);
        return chooser.showSaveDialog(owner);
    }

    /** @return the file to read, or null when the user cancelled */
    public static File open(Window owner, String title, File folder, FileChooser.ExtensionFilter... types) {
        StandIn s = standIn;
        if (s != null) {
            return first(s.answer(Kind.OPEN, title, null));
        }
        return chooser(title, folder, types).showOpenDialog(owner);
    }

    /** @return the files to read; empty when the user cancelled */
    public static List<File> openMany(Window owner, String title, FileChooser.ExtensionFilter... types) {
        StandIn s = standIn;
        if (s != null) {
            return List.copyOf(s.answer(Kind.OPEN_MANY, title, null));
        }
        List<File> chosen = chooser(title, null, types).showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen;
    }

    private static FileChooser chooser(String title, File folder, FileChooser.ExtensionFilter... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(types);
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private static File first(List<File> files) {
        return files == null || files.isEmpty() ? null : files.get(0);
    }
}
