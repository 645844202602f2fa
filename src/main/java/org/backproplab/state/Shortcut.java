package org.backproplab.state;

/**
 * The lab's keyboard shortcuts (the help panel lists them): space plays or pauses, → steps, ← goes one phase
 * back while the stepper is on, r resets, ? shows or hides the help, Esc closes the help. A key typed with
 * Ctrl, ⌘ or Alt, or into a text field, is never a shortcut (the page decides that before asking).
 */
public enum Shortcut {
    NONE,
    PLAY_PAUSE,
    STEP,
    STEP_BACK,
    RESET,
    TOGGLE_HELP,
    CLOSE_HELP;

    /**
     * The shortcut for {@code key} (KeyboardEvent.key). Space on a focused button is that button's own
     * press ({@link #NONE}); ← is a shortcut only while {@code stepping}; Esc only while the help is open.
     */
    public static Shortcut of(String key, boolean helpOpen, boolean onButton, boolean stepping) {
        return switch (key) {
            case "Escape" -> helpOpen ? CLOSE_HELP : NONE;
            case " ", "Spacebar" -> onButton ? NONE : PLAY_PAUSE;
            case "ArrowRight" -> STEP;
            case "ArrowLeft" -> stepping ? STEP_BACK : NONE;
            case "r", "R" -> RESET;
            case "?" -> TOGGLE_HELP;
            default -> NONE;
        };
    }

    /** Whether the browser's own reaction to the key (scrolling) must be prevented. */
    public boolean replacesBrowserAction() {
        return this == PLAY_PAUSE || this == STEP || this == STEP_BACK;
    }
}
