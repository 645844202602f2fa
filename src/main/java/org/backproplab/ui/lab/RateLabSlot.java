package org.backproplab.ui.lab;

import org.backproplab.state.text.FeatureLoadText;
import org.backproplab.ui.dom.BundleLoader;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.host.FeatureHost;
import org.backproplab.ui.host.RateLabPanel;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "α lab" button and the α lab behind it, whose code (ui.ratelab) is a bundle of its own,
 * {@value #BUNDLE}, loaded the first time the button is pressed, so that a first visit does not download it.
 * While it loads the button says so; a failed load opens the panel with the reason and what to do, and the
 * button tries again.
 */
public final class RateLabSlot {
    static final String BUNDLE = "backprop-lab-ratelab.js";
    private static final String FEATURE = "the α lab";

    private final HTMLElement root;
    private final FeatureHost host;
    private final Guard guard;
    private final HTMLElement openButton;
    private final HTMLElement panel;
    private final ScheduleReadout readout;
    private final String title;
    private RateLabPanel rateLab;
    private boolean loading;
    private boolean failureShown;

    RateLabSlot(HTMLElement root, FeatureHost host, Guard guard) {
        this.root = root;
        this.host = host;
        this.guard = guard;
        openButton = Dom.role(root, "lrlab-open");
        panel = Dom.role(root, "lrlab");
        readout = new ScheduleReadout(root);
        title = openButton.getTitle();
        guard.listen(openButton, "click", "opening the α lab", (Event e) -> pressed());
    }

    private void pressed() {
        if (rateLab != null) {
            rateLab.setOpen(!rateLab.isOpen());
            return;
        }
        if (failureShown) {
            closeFailure();
        }
        if (loading) {
            return;
        }
        loading = true;
        openButton.setAttribute("aria-busy", "true");
        openButton.setTitle(FeatureLoadText.loading(FEATURE));
        BundleLoader.load(BUNDLE, () -> guard.run("opening the α lab", this::loaded),
                reason -> guard.run("opening the α lab", () -> failed(reason)));
    }

    private void loaded() {
        finishLoading();
        RateLabPanel created = create(host);
        if (created == null) {
            failed("the file did not define the α lab (is it from another version of the lab?)");
            return;
        }
        rateLab = created;
        rateLab.setOpen(true);
    }

    private void finishLoading() {
        loading = false;
        openButton.removeAttribute("aria-busy");
        openButton.setTitle(title);
    }

    /** The α lab of the bundle for this lab, or null when the bundle defines none. */
    @JSBody(params = "host", script = "return typeof backpropLabRateLab === 'function' ? backpropLabRateLab(host) : null;")
    private static native RateLabPanel create(FeatureHost host);

    /** Opens the panel with why the α lab is not there; ✕, Escape or the button (which retries) close it. */
    private void failed(String reason) {
        finishLoading();
        panel.setInnerHTML("");
        HTMLElement header = Dom.element("div", "bll-header", panel);
        Dom.element("h2", "bll-title", header).setTextContent("α lab");
        HTMLButtonElement close = (HTMLButtonElement) Dom.element("button", "bl-button bll-close", header);
        close.setType("button");
        close.setTextContent("✕ Close");
        close.setAttribute("data-role", "lrlab-close");
        guard.listen(close, "click", "closing the α lab", (Event e) -> closeFailure());
        HTMLElement message = Dom.element("p", "bll-load-failed", panel);
        message.setAttribute("role", "alert");
        message.setAttribute("data-role", "lrlab-failed");
        message.setTextContent(FeatureLoadText.failed(FEATURE, reason, BUNDLE, "Press “α lab”"));
        failureShown = true;
        panel.setHidden(false);
        Dom.setClass(root, "bl-lrlab-open", true);
        close.focus();
    }

    private void closeFailure() {
        failureShown = false;
        panel.setInnerHTML("");
        panel.setHidden(true);
        Dom.setClass(root, "bl-lrlab-open", false);
        openButton.focus();
    }

    /** Whether the α lab's panel is open. */
    public boolean isOpen() {
        return rateLab != null && rateLab.isOpen();
    }

    /** The loaded α lab, or null before its first opening (or while its bundle loads). */
    public RateLabPanel panel() {
        return rateLab;
    }

    /** The lab's keyboard hook: the open α lab takes every key; Escape closes a load failure. */
    public boolean handlesKey(KeyboardEvent event) {
        if (failureShown) {
            if ("Escape".equals(event.getKey())) {
                event.preventDefault();
                closeFailure();
                return true;
            }
            return false;
        }
        return rateLab != null && rateLab.handlesKey(event);
    }

    /** The α(t) read-outs follow the lab; the open experiment advances and draws. */
    void frame(LabView view) {
        readout.frame(view.state(), view.lab());
        if (rateLab != null && rateLab.isOpen()) {
            boolean worked = rateLab.frame(view.panelTurn());
            view.panelTurnEnded(worked);
        }
    }

    /** The α(t) read-out as shown; "" while the schedule is constant. */
    public String currentRateText() {
        return readout.text();
    }
}
