package org.backproplab.state.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UndoKeyTest {
    @Test
    void ctrlZAndCommandZUndo() {
        assertTrue(UndoKey.isUndo("z", true, false, false, false, false));
        assertTrue(UndoKey.isUndo("z", false, true, false, false, false));
        assertTrue(UndoKey.isUndo("Z", true, false, false, false, false), "Caps Lock on");
    }

    @Test
    void aTextFieldKeepsItsOwnUndo() {
        assertFalse(UndoKey.isUndo("z", true, false, false, false, true));
        assertFalse(UndoKey.isUndo("z", false, true, false, false, true));
    }

    @Test
    void otherKeysAndChordsAreNoUndo() {
        assertFalse(UndoKey.isUndo("z", false, false, false, false, false), "a plain z");
        assertFalse(UndoKey.isUndo("Z", true, false, false, true, false), "Ctrl+Shift+Z is redo");
        assertFalse(UndoKey.isUndo("z", true, false, true, false, false), "AltGr arrives as Ctrl+Alt");
        assertFalse(UndoKey.isUndo("z", true, true, false, false, false), "Ctrl+⌘+Z");
        assertFalse(UndoKey.isUndo("y", true, false, false, false, false));
        assertFalse(UndoKey.isUndo("Control", true, false, false, false, false));
    }
}
