package org.backproplab.ui;

import org.backproplab.state.AppState;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExportClasses;
import org.teavm.jso.dom.html.HTMLElement;

/** The browser entry point; the page calls {@code main()} once the script has loaded. */
@JSExportClasses({BackpropLab.class})
public final class App {
    /** The id of the page's lab element. */
    static final String LAB_ID = "lab";

    private App() {
    }

    public static void main(String[] args) {
        HTMLElement root = null;
        try {
            root = Dom.element(LAB_ID);
            LabView view = new LabView(root, AppState.defaults(), true);
            BackpropLab.started(new LabHandle(view));
        } catch (Throwable e) {
            // Say so on the page rather than leaving a blank one with an error in the console.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (root != null) {
                root.setTextContent("Backprop Lab could not start: " + reason);
            } else {
                showInBody("Backprop Lab could not start: " + reason);
            }
        }
    }

    @JSBody(params = "text", script = "var p = document.createElement('p'); p.textContent = text;"
            + "document.body.appendChild(p);")
    private static native void showInBody(String text);
}
