package org.backproplab.ui.stepper;

import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.Dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * Puts a worked example (Markdown) on the clipboard. Where the page may not write the clipboard (no
 * {@code navigator.clipboard}, e.g. opened from disk or in a sandboxed frame, or the browser refuses), it
 * shows the text in a dialog instead, ready to select and copy by hand. Never throws.
 */
final class WorkedExampleCopy {
    /** Told whether the text reached the clipboard (false: the dialog shows it). */
    interface Done {
        void copied(boolean onClipboard);
    }

    @JSFunctor
    interface Outcome extends JSObject {
        void settled(boolean ok);
    }

    private final StepperDialog dialog;
    private final HTMLTextAreaElement text;
    private final HTMLButtonElement selectAll;
    private final Guard guard;
    private String lastText = "";

    WorkedExampleCopy(HTMLElement host, Guard guard) {
        this.guard = guard;
        dialog = new StepperDialog(host, "bls-copy-dialog", guard);
        HTMLElement hint = Dom.element("p", "bls-copy-hint", dialog.body);
        hint.setTextContent("The page may not write to your clipboard here, so here is the worked example as Markdown: "
                + "select it all and copy it (Ctrl+C, or ⌘C on a Mac).");
        text = (HTMLTextAreaElement) Dom.element("textarea", "bls-copy-text", dialog.body);
        text.setAttribute("data-role", "worked-example-text");
        text.setAttribute("aria-label", "the worked example as Markdown");
        text.setAttribute("readonly", "");
        text.setAttribute("spellcheck", "false");
        selectAll = (HTMLButtonElement) Dom.element("button", "bl-button bl-primary", null);
        selectAll.setType("button");
        selectAll.setTextContent("Select all");
        selectAll.setAttribute("data-role", "select-all");
        dialog.buttons.insertBefore(selectAll, dialog.buttons.getFirstChild());
        guard.listen(selectAll, "click", "selecting the text", (Event e) -> {
            text.focus();
            text.select();
        });
    }

    /** The last text copied or shown, for scripts. */
    String lastText() {
        return lastText;
    }

    void copy(String markdown, HTMLElement opener, Done done) {
        lastText = markdown;
        writeClipboard(markdown, ok -> guard.run("copying the worked example", () -> {
            if (!ok) {
                showText(markdown, opener);
            }
            done.copied(ok);
        }));
    }

    private void showText(String markdown, HTMLElement opener) {
        text.setValue(markdown);
        dialog.show("Worked example (Markdown)", opener, selectAll);
        text.setScrollTop(0);
    }

    /** navigator.clipboard.writeText, reporting false when it is missing, throws or is refused. */
    // No local variables in the script: the minifier's names for the parameters could collide with them.
    @JSBody(params = {"text", "outcome"}, script = "try {"
            + "  if (!window.navigator || !window.navigator.clipboard"
            + "      || typeof window.navigator.clipboard.writeText !== 'function' || window.isSecureContext === false) {"
            + "    outcome(false); return;"
            + "  }"
            + "  window.navigator.clipboard.writeText(text).then(function () { outcome(true); }, function () { outcome(false); });"
            + "} catch (e) { outcome(false); }")
    private static native void writeClipboard(String text, Outcome outcome);
}
