package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shortcuts the help panel promises, key by key. */
class ShortcutTest {
    @Test
    void spacePlaysUnlessAButtonHasTheFocus() {
        assertEquals(Shortcut.PLAY_PAUSE, Shortcut.of(" ", false, false, false));
        assertEquals(Shortcut.PLAY_PAUSE, Shortcut.of("Spacebar", false, false, false));
        assertEquals(Shortcut.NONE, Shortcut.of(" ", false, true, false));
    }

    @Test
    void arrowsStepForwardAndBackOnlyWhileStepping() {
        assertEquals(Shortcut.STEP, Shortcut.of("ArrowRight", false, true, false));
        assertEquals(Shortcut.STEP_BACK, Shortcut.of("ArrowLeft", false, false, true));
        assertEquals(Shortcut.NONE, Shortcut.of("ArrowLeft", false, false, false));
    }

    @Test
    void lettersResetAndShowTheHelp() {
        assertEquals(Shortcut.RESET, Shortcut.of("r", false, false, false));
        assertEquals(Shortcut.RESET, Shortcut.of("R", false, true, false));
        assertEquals(Shortcut.TOGGLE_HELP, Shortcut.of("?", true, false, false));
        assertEquals(Shortcut.NONE, Shortcut.of("x", false, false, false));
        assertEquals(Shortcut.NONE, Shortcut.of("", false, false, false));
    }

    @Test
    void escapeClosesOnlyAnOpenHelp() {
        assertEquals(Shortcut.CLOSE_HELP, Shortcut.of("Escape", true, false, false));
        assertEquals(Shortcut.NONE, Shortcut.of("Escape", false, false, false));
    }

    @Test
    void onlyPlayAndTheArrowsKeepTheBrowserFromScrolling() {
        assertTrue(Shortcut.PLAY_PAUSE.replacesBrowserAction());
        assertTrue(Shortcut.STEP.replacesBrowserAction());
        assertTrue(Shortcut.STEP_BACK.replacesBrowserAction());
        assertFalse(Shortcut.RESET.replacesBrowserAction());
        assertFalse(Shortcut.TOGGLE_HELP.replacesBrowserAction());
    }
}
