package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.state.course.CourseEvents;

import org.backproplab.ui.dom.PageApi;
import org.backproplab.ui.lab.tools.LabTools;
import org.backproplab.ui.lab.LabView;

import org.backproplab.state.AppState;
import org.backproplab.state.EmbedOptions;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExportClasses;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The browser entry point; the page calls {@code main()} once the script has loaded. On the lab's own page
 * ({@code index.html}, with an element {@code #lab}) it starts the page's lab: embedded when the address
 * asks for it ({@code ?embed=1&views=…&controls=…}), otherwise with the Share, Embed, Export and Import
 * tools. A page without {@code #lab} (a course page) only uses {@code BackpropLab.mount}.
 */
@JSExportClasses({BackpropLab.class})
public final class App {
    /** The id of the page's lab element. */
    static final String LAB_ID = "lab";
    /** The performance.mark name of the moment {@code main()} starts. */
    static final String MAIN_MARK = "backprop-lab-main";

    private App() {
    }

    public static void main(String[] args) {
        // where the page's own work begins, after the browser's parse and compile of the script (LongTaskIT)
        mark(MAIN_MARK);
        HTMLElement root = null;
        try {
            root = HTMLDocument.current().getElementById(LAB_ID);
            if (root == null) {
                return;
            }
            EmbedOptions options = EmbedOptions.parseQuery(PageApi.query());
            if (options.embed()) {
                PageApi.markEmbeddedPage();
            }
            LabView view = new LabView(root, AppState.defaults(), true);
            if (options.embed()) {
                EmbedLayout.apply(root, options, true, view.guard());
            } else {
                LabTools.attach(view);
            }
            List<String> notices = new ArrayList<>(options.notices());
            String origin = hostOrigin(notices);
            view.addNotices("Some settings in the link were not used:", notices);
            LabHandle handle = new LabHandle(view);
            LabEvents.attach(handle, view, origin);
            BackpropLab.started(handle);
        } catch (Throwable e) {
            // Say so on the page rather than leaving a blank one with an error in the console.
            String reason = e.getMessage() == null ? "an internal error without a message" : e.getMessage();
            if (root != null) {
                root.setTextContent("Backprop Lab could not start: " + reason);
            } else {
                showInBody("Backprop Lab could not start: " + reason);
            }
        }
    }

    /** The checked origin= of the page's query (the host page that may receive messages), or null. */
    private static String hostOrigin(List<String> notices) {
        String text = CourseEvents.originInQuery(PageApi.query());
        if (text == null) {
            return null;
        }
        try {
            return CourseEvents.origin(text);
        } catch (IllegalArgumentException e) {
            notices.add(e.getMessage());
            return null;
        }
    }

    @JSBody(params = "name", script = "if (window.performance && performance.mark) { performance.mark(name); }")
    private static native void mark(String name);

    // No local variables in the script: TeaVM's minifier renames the parameter and could collide with them.
    @JSBody(params = "text", script = "document.body.appendChild(document.createElement('p')).textContent = text;")
    private static native void showInBody(String text);
}
