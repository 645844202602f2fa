package org.backproplab.ui.lab;

import org.backproplab.state.AppState;
import org.backproplab.state.text.FeatureLoadText;
import org.backproplab.ui.dom.BundleLoader;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.host.MicroscopeHost;
import org.backproplab.ui.host.MicroscopePanel;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Microscope button and the panel behind it, whose code (ui.microscope and the landscape package) is a bundle
 * of its own, {@value #BUNDLE}, loaded the first time the microscope opens: its button, a weight clicked in the
 * network, {@code w1} in a link, a lesson. Until it is there the panel says it is loading; a failed load says why
 * in the panel, and the button tries again. Once loaded, the panel follows the lab every frame
 * ({@link MicroscopePanel#frame}).
 */
public final class MicroscopeSlot {
    static final String BUNDLE = "backprop-lab-microscope.js";
    private static final String FEATURE = "the microscope";

    private final LabView view;
    private final MicroscopeHost host;
    private final Guard guard;
    private final HTMLElement root;
    private final HTMLElement openButton;
    private final HTMLElement panel;
    private final HTMLElement outputPanel;
    private MicroscopePanel microscope;
    /** The panel was built in the load's task; it opens in the next frame (two shorter tasks, not one long one). */
    private boolean handOver;
    /** The button was pressed before the bundle was there: the panel opens on the first output weight once it is. */
    private boolean pressed;
    private boolean loading;
    /** Why the last load failed; null while none did (or since ✕ or the button). */
    private String failure;
    /** The loading or failure message and its ✕, while they are showing. */
    private HTMLElement placeholder;

    MicroscopeSlot(LabView view, Guard guard) {
        this.view = view;
        this.guard = guard;
        root = view.root();
        host = new LabMicroscopeHost(view);
        openButton = Dom.role(root, "microscope-open");
        panel = Dom.role(root, "microscope");
        outputPanel = (HTMLElement) Dom.role(root, "output-view").getParentNode();
        guard.listen(openButton, "click", "opening the microscope", (Event e) -> buttonPressed());
        guard.listen(panel, "keydown", "closing the microscope", (KeyboardEvent e) -> {
            if (microscope == null && "Escape".equals(e.getKey())) {
                e.preventDefault();
                closeUnloaded();
            }
        });
    }

    private void buttonPressed() {
        if (handOver) {
            handOver();
        }
        if (microscope != null) {
            microscope.toggle();
        } else if (loading && placeholder != null) {
            closeUnloaded();
        } else {
            pressed = true;
            failure = null;
            load();
        }
    }

    /** Whether the panel is wanted before its bundle is there: pressed, or a weight selected. */
    private boolean wanted() {
        AppState state = view.state();
        return pressed || (state.selectedWeight() >= 0 && state.selectedWeight() < state.parameterCount());
    }

    private void load() {
        showPlaceholder(FeatureLoadText.loading(FEATURE), false);
        if (loading) {
            return;
        }
        loading = true;
        openButton.setAttribute("aria-busy", "true");
        BundleLoader.load(BUNDLE, () -> guard.run("opening the microscope", this::loaded),
                reason -> guard.run("opening the microscope", () -> failed(reason)));
    }

    private void loaded() {
        loading = false;
        openButton.removeAttribute("aria-busy");
        MicroscopePanel created = create(host);
        if (created == null) {
            failed("the file did not define the microscope (is it from another version of the lab?)");
            return;
        }
        microscope = created;
        handOver = true;
    }

    /** The loaded panel takes the placeholder's place: opened as the button asked, or following the selection. */
    private void handOver() {
        handOver = false;
        removePlaceholder();
        showOpen(false);
        if (pressed) {
            pressed = false;
            microscope.toggle();
        } else {
            view.panelTurnEnded(microscope.frame(view.panelTurn()));
        }
    }

    /** The microscope of the bundle for this lab, or null when the bundle defines none. */
    @JSBody(params = "host", script = "return typeof backpropLabMicroscope === 'function'"
            + " ? backpropLabMicroscope(host) : null;")
    private static native MicroscopePanel create(MicroscopeHost host);

    private void failed(String reason) {
        loading = false;
        openButton.removeAttribute("aria-busy");
        failure = FeatureLoadText.failed(FEATURE, reason, BUNDLE, "Press “Microscope”");
        if (wanted()) {
            showPlaceholder(failure, true);
        }
    }

    /** Opens the panel with {@code text} (a loading note, or why the load failed) and a ✕ that closes it. */
    private void showPlaceholder(String text, boolean failed) {
        if (placeholder == null) {
            placeholder = Dom.element("div", "blm-placeholder", panel);
            HTMLButtonElement close = (HTMLButtonElement) Dom.element("button", "bl-button blm-close", placeholder);
            close.setType("button");
            close.setTextContent("\u2715");
            close.setAttribute("aria-label", "Close the microscope (Esc)");
            close.setTitle("Close the microscope (Esc)");
            guard.listen(close, "click", "closing the microscope", (Event e) -> closeUnloaded());
            Dom.element("p", "blm-load-note", placeholder);
        }
        HTMLElement note = (HTMLElement) placeholder.getLastChild();
        note.setTextContent(text);
        note.setAttribute("data-role", failed ? "microscope-failed" : "microscope-loading");
        note.setAttribute("role", failed ? "alert" : "status");
        showOpen(true);
    }

    private void removePlaceholder() {
        if (placeholder != null) {
            panel.removeChild(placeholder);
            placeholder = null;
        }
    }

    /** ✕ or Escape before the bundle is there: the selection goes, the output view comes back. */
    private void closeUnloaded() {
        pressed = false;
        failure = null;
        removePlaceholder();
        showOpen(false);
        AppState state = view.state();
        if (state.selectedWeight() >= 0 || state.secondWeight() >= 0) {
            view.change(state.withSelectedWeights(-1, -1));
        }
        openButton.focus();
    }

    /** The panel in the output view's place, as the microscope itself shows it. */
    private void showOpen(boolean open) {
        panel.setHidden(!open);
        outputPanel.setHidden(open);
        openButton.setAttribute("aria-pressed", open ? "true" : "false");
        Dom.setClass(root, "bl-microscope-open", open);
    }

    /** Follows the lab: the loaded panel draws; before that, a selected weight starts the load. */
    void frame() {
        if (handOver) {
            handOver();
            return;
        }
        if (microscope != null) {
            view.panelTurnEnded(microscope.frame(view.panelTurn()));
            return;
        }
        if (!wanted()) {
            if (placeholder != null) {
                removePlaceholder();
                showOpen(false);
            }
            return;
        }
        if (failure != null) {
            if (placeholder == null) {
                showPlaceholder(failure, true);
            }
        } else if (!loading) {
            load();
        }
    }

    /** Whether the panel is showing (in the output view's place), loaded or not. */
    public boolean isOpen() {
        return microscope != null && !handOver ? microscope.isOpen() : placeholder != null;
    }

    /** ∂J/∂w of the selected weight as the panel shows it; NaN while closed, loading or hidden until an answer. */
    public double gradient() {
        return microscope == null ? Double.NaN : microscope.gradient();
    }

    /** The selected weight's value now (read from the lab, not as of the panel's last frame); NaN while closed or loading. */
    public double weight() {
        int index = view.state().selectedWeight();
        double[] parameters = view.lab().network().parameters();
        return microscope != null && microscope.isOpen() && index >= 0 && index < parameters.length
                ? parameters[index] : Double.NaN;
    }

    /** w − α·∂J/∂w as the panel shows it; NaN while closed, loading or hidden until an answer. */
    public double nextWeight() {
        return microscope == null ? Double.NaN : microscope.nextWeight();
    }

    /** The slope of the tangent drawn on the slice; NaN while closed, loading or hidden until an answer. */
    public double tangentSlope() {
        return microscope == null ? Double.NaN : microscope.tangentSlope();
    }

    /** Points in the trail of past steps (0 before the bundle is there). */
    public int trailLength() {
        return microscope == null ? 0 : microscope.trailLength();
    }

    /** Points in the 2-D training path (0 before the bundle is there). */
    public int pathLength() {
        return microscope == null ? 0 : microscope.pathLength();
    }
}
