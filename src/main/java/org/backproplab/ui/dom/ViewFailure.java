package org.backproplab.ui.dom;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * What a view shows instead of throwing into the console when drawing fails: a short notice inside the
 * view, so the rest of the page keeps working and the problem is visible to whoever reports it.
 */
public final class ViewFailure {
    private final HTMLElement notice;
    private String shown = "";

    public ViewFailure(HTMLElement parent) {
        notice = Dom.element("p", "blv-failure", parent);
        notice.setAttribute("role", "alert");
        notice.setHidden(true);
    }

    public void report(Throwable failure) {
        String message = failure.getMessage();
        String text = "This view could not be drawn"
                + (message == null || message.isEmpty() ? "." : ": " + message);
        if (!text.equals(shown)) {
            shown = text;
            notice.setTextContent(text);
            notice.setHidden(false);
        }
    }

    public void clear() {
        if (!shown.isEmpty()) {
            shown = "";
            notice.setHidden(true);
        }
    }
}
