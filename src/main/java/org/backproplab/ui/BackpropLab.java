package org.backproplab.ui;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.PageApi;
import org.backproplab.ui.lab.LabView;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.state.AppState;
import org.backproplab.state.EmbedOptions;
import org.backproplab.state.ShareLink;
import org.backproplab.state.course.CourseEvents;
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
        String refusal = placeProblem(root);
        if (refusal != null) {
            PageApi.throwTypeError("BackpropLab.mount(element, options): " + refusal);
            return null;
        }
        destroyInside(root);
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
        EmbedLayout.apply(root, embedOptions, false, view.guard());
        List<String> notices = new ArrayList<>(decoded.notices());
        notices.addAll(embedOptions.notices());
        String origin = hostOrigin(text(options, "origin"), notices);
        view.addNotices("Some settings were not used:", notices);
        LabHandle handle = new LabHandle(view);
        LabEvents.attach(handle, view, origin);
        mounted.add(handle);
        return handle;
    }

    static void destroyed(LabHandle handle) {
        mounted.remove(handle);
    }

    /**
     * Why a lab cannot live in {@code root}, or null: it would swallow the page's head (and with it the lab's
     * styles), the page's own lab, or it lies inside another lab, whose next redraw would wipe it out.
     */
    private static String placeProblem(HTMLElement root) {
        if (Dom.contains(root, PageApi.head())) {
            return "the element holds the page's <head> (the lab's styles); mount into an element inside <body>";
        }
        if (main != null && !main.destroyed() && Dom.contains(root, main.root())) {
            return "the element holds the page's own lab; mount into an element of its own";
        }
        for (LabHandle handle : mounted) {
            if (handle.root() != root && Dom.contains(handle.root(), root)) {
                return "the element is part of another lab; mount into an element outside it";
            }
        }
        return null;
    }

    /** Destroys the labs mounted in {@code root} or inside it (a lab's destroy stops those inside it too). */
    static void destroyInside(HTMLElement root) {
        for (LabHandle handle : new ArrayList<>(mounted)) {
            if (!handle.destroyed() && Dom.contains(root, handle.root())) {
                handle.destroy();
            }
        }
    }

    /** The checked {@code options.origin}, or null when not given or not an origin (then a notice says why). */
    private static String hostOrigin(String text, List<String> notices) {
        if (text == null) {
            return null;
        }
        try {
            return CourseEvents.origin(text, "the origin option");
        } catch (IllegalArgumentException e) {
            notices.add(e.getMessage());
            return null;
        }
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
            case "origin": value = options.getOrigin(); break;
            default: value = options.getControls(); break;
        }
        return value == null || PageApi.isMissing(value) ? null : Dom.asText(value);
    }
}
