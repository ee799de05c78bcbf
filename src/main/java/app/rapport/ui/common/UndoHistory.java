package app.rapport.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

/** What Ctrl+Z undoes: steps that bring back what was deleted, the last one first. */
public final class UndoHistory {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    /** Remembers how to undo something just done. */
    public void push(Runnable undo) {
        steps.push(undo);
    }

    /** Undoes the last step. @return false when there is nothing to undo */
    public boolean undoLast() {
        Runnable step = steps.poll();
        if (step == null) {
            return false;
        }
        step.run();
        return true;
    }

    /** Undoes this step if it has not been undone yet (its message's Undo after Ctrl+Z, say). */
    public boolean undo(Runnable step) {
        if (!steps.remove(step)) {
            return false;
        }
        step.run();
        return true;
    }
}
