package org.backproplab.ui;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.PageApi;
import org.backproplab.ui.lab.LabView;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.state.AppState;
import org.backproplab.state.EmbedOptions;
import org.backproplab.state.ShareLink;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's scripting namespace, {@code window.BackpropLab}: {@code BackpropLab.main} is the page's own
 * lab, and {@code BackpropLab.mount(element, options)} starts another, independent one inside any
 * element of any page (a course page, say).
 */
public final class BackpropLab {
    private static LabHandle main;
    private static final List<LabHandle> mounted = new ArrayList<>();

    private BackpropLab() {
    }

    /** The lab started by {@code main()}, or null before it has started. */
    @JSExport
    @JSProperty
    public static LabHandle getMain() {
        return main;
    }

    static void started(LabHandle lab) {
        main = lab;
    }

    /**
     * Starts a lab inside {@code element} (its content is replaced) and returns its handle: the methods of
     * {@code BackpropLab.main} plus {@code destroy()}. It has its own data, network, training and frame loop;
     * it never reads or writes the page's address. A lab already mounted in {@code element} is destroyed first.
     * Options as in {@link MountOptions}; unknown names and bad settings are listed in a notice on the lab.
     */
    @JSExport
    public static LabHandle mount(JSObject element, MountOptions options) {
        if (!PageApi.isElement(element)) {
            PageApi.throwTypeError("BackpropLab.mount(element, options) needs a DOM element as its first argument");
            return null;
        }
        HTMLElement root = (HTMLElement) element;
        for (LabHandle handle : new ArrayList<>(mounted)) {
            if (handle.root() == root) {
                handle.destroy();
            }
        }
        String stateText = text(options, "state");
        String views = text(options, "views");
        String controls = text(options, "controls");
        boolean embed;
        JSObject embedValue = PageApi.isMissing(options) ? null : options.getEmbed();
        if (embedValue == null || PageApi.isMissing(embedValue)) {
            embed = views != null || controls != null;
        } else {
            embed = PageApi.isTruthy(embedValue);
        }
        ShareLink.Decoded decoded = ShareLink.decode(stateText == null ? "" : stateText, AppState.defaults());
        EmbedOptions embedOptions = EmbedOptions.of(embed, views, controls);
        LabView view = new LabView(root, decoded.state(), false);
        root.getClassList().add("bl-mounted");
        if (main == null) {
            PageApi.markHostPage();
        }
        if (decoded.weights() != null) {
            view.loadParameters(decoded.weights());
        }
        EmbedLayout.apply(root, embedOptions);
        List<String> notices = new ArrayList<>(decoded.notices());
        notices.addAll(embedOptions.notices());
        view.addNotices("Some settings were not used:", notices);
        LabHandle handle = new LabHandle(view);
        mounted.add(handle);
        return handle;
    }

    static void destroyed(LabHandle handle) {
        mounted.remove(handle);
    }

    /** {@code options[name]} as text (arrays join with commas), or null when missing. */
    private static String text(MountOptions options, String name) {
        if (PageApi.isMissing(options)) {
            return null;
        }
        JSObject value;
        switch (name) {
            case "state": value = options.getState(); break;
            case "views": value = options.getViews(); break;
            default: value = options.getControls(); break;
        }
        return value == null || PageApi.isMissing(value) ? null : Dom.asText(value);
    }
}
