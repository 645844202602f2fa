package org.backproplab.state.network;

/**
 * Ctrl+Z (⌘Z on a Mac) undoes the last typed weight, as in every editor; while a text field has the focus
 * the key is the field's own undo, and Ctrl+Shift+Z (redo elsewhere) is left alone.
 */
public final class UndoKey {
    private UndoKey() {
    }

    /**
     * Whether a key press is the lab's Undo: {@code key} is KeyboardEvent.key ("z", or "Z" with Caps Lock),
     * with exactly one of Ctrl and ⌘ held, no Alt or Shift, and {@code typing} false (the focus is not in a field).
     */
    public static boolean isUndo(String key, boolean ctrl, boolean meta, boolean alt, boolean shift, boolean typing) {
        return !typing && ctrl != meta && !alt && !shift && ("z".equals(key) || "Z".equals(key));
    }
}
