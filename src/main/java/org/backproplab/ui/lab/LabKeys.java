package org.backproplab.ui.lab;

import org.backproplab.state.Shortcut;
import org.backproplab.state.network.UndoKey;
import org.backproplab.ui.dom.Dom;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lab's keyboard shortcuts ({@link Shortcut}): typed anywhere on a page the lab owns, or inside an
 * embedded lab. The α lab sees a key first; Ctrl+Z / ⌘Z undoes a typed weight ({@link UndoKey}); other keys with
 * Ctrl, ⌘ or Alt and keys typed into a text field are left to the browser.
 */
final class LabKeys {
    private final LabView view;
    private final HTMLElement root;
    private final boolean ownsPage;

    LabKeys(LabView view, HTMLElement root, boolean ownsPage) {
        this.view = view;
        this.root = root;
        this.ownsPage = ownsPage;
    }

    void pressed(KeyboardEvent event) {
        if (Shortcut.of(event.getKey(), view.isHelpOpen(), false, false) == Shortcut.CLOSE_HELP) {
            view.showHelp(false);
            return;
        }
        if (view.rateLab().handlesKey(event)) {
            return;
        }
        if (!ownsPage && !Dom.contains(root, event.getTarget())) {
            return;
        }
        if (UndoKey.isUndo(event.getKey(), event.isCtrlKey(), event.isMetaKey(), event.isAltKey(),
                event.isShiftKey(), Dom.isTypingTarget(event.getTarget()))) {
            // the weight's value changes in the picture and the table view, like the Undo button's
            if (view.lab().weightEditor().undo().isEmpty()) {
                event.preventDefault();
            }
            return;
        }
        if (event.isCtrlKey() || event.isMetaKey() || event.isAltKey() || Dom.isTypingTarget(event.getTarget())) {
            return;
        }
        if ("Escape".equals(event.getKey()) && view.closeDivergence()) {
            return;
        }
        Shortcut shortcut = Shortcut.of(event.getKey(), view.isHelpOpen(), Dom.isButtonTarget(event.getTarget()),
                view.phaseBar().isOn());
        if (shortcut.replacesBrowserAction()) {
            event.preventDefault();
        }
        // if, not switch: a switch over another class's enum costs the script a lookup class
        if (shortcut == Shortcut.PLAY_PAUSE) {
            view.setPlaying(!view.isPlaying());
        } else if (shortcut == Shortcut.STEP) {
            view.step();
        } else if (shortcut == Shortcut.STEP_BACK) {
            view.phaseBar().back();
        } else if (shortcut == Shortcut.RESET) {
            view.reset();
        } else if (shortcut == Shortcut.TOGGLE_HELP) {
            view.showHelp(!view.isHelpOpen());
        }
    }
}
