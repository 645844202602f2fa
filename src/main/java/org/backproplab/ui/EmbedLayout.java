package org.backproplab.ui;

import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.PageApi;

import java.util.List;
import org.backproplab.state.EmbedOptions;
import org.backproplab.state.EmbedOptions.Control;
import org.backproplab.state.EmbedOptions.View;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Shows only what an embedded lab was asked for: the named views (in the order named), the named toolbar
 * buttons, and the settings column only when a setting is named, with only those rows. Everything else
 * gets the class {@code bl-off} (display: none, see embed.css), so the controls keep working unseen and
 * the lab's own code needs no changes.
 */
final class EmbedLayout {
    private EmbedLayout() {
    }

    /** The data-roles that belong to each control: its row(s) in the settings column or its toolbar button. */
    static String[] roles(Control control) {
        switch (control) {
            case PLAY: return new String[] {"play"};
            case STEP: return new String[] {"step"};
            case RESET: return new String[] {"reset"};
            case SPEED: return new String[] {"speed"};
            case DATASET: return new String[] {"dataset"};
            case NOISE: return new String[] {"noise"};
            case SPLIT: return new String[] {"train"};
            case POINTS: return new String[] {"points"};
            case SEED: return new String[] {"seed", "new-seed"};
            case CSV: return new String[] {"csv"};
            case LAYERS: return new String[] {"hidden"};
            case ACTIVATION: return new String[] {"activation"};
            case INIT: return new String[] {"init"};
            case LOSS: return new String[] {"loss"};
            case LR: return new String[] {"lr", "lr-slider"};
            case SCHEDULE: return new String[] {"schedule"};
            case OPTIMIZER: return new String[] {"optimizer", "momentum", "beta1"};
            case BATCH: return new String[] {"batch"};
            case REGULARIZATION: return new String[] {"regularization"};
            case PHASES: return new String[] {"phase-bar"};
            case MICROSCOPE: return new String[] {"microscope-open"};
            default: return new String[0];
        }
    }

    /**
     * Applies {@code options} to the lab built in {@code root} (nothing happens for the whole lab): the lab page's
     * own ({@code wholePage}: tabs follow the window) or one mounted by script (tabs follow the element).
     * {@code guard} is the lab's, which removes the listeners added here when the lab is destroyed.
     */
    static void apply(HTMLElement root, EmbedOptions options, boolean wholePage, Guard guard) {
        if (!options.embed()) {
            return;
        }
        root.getClassList().add("bl-embed");
        List<View> views = options.views();
        root.getClassList().add("bl-embed-views-" + views.size());
        Dom.setClass(root, "bl-embed-layers", options.shows(Control.LAYERS));
        Dom.setClass(root, "bl-embed-settings", options.showsSettings());
        for (View view : View.values()) {
            HTMLElement panel = root.querySelector(".bl-" + view.id() + "-panel");
            if (panel == null) {
                continue;
            }
            Dom.setClass(panel, "bl-off", !options.shows(view));
            PageApi.setStyle(panel, "order", Integer.toString(views.indexOf(view) + 1));
        }
        // The microscope takes the output view's place, or comes right after the network (same order, later in
        // the markup) when there is no output view; embed.css adds a column for it then.
        Dom.setClass(root, "bl-embed-output", options.shows(View.OUTPUT));
        View beside = options.shows(View.OUTPUT) ? View.OUTPUT : View.NETWORK;
        PageApi.setStyle(Dom.role(root, "microscope"), "order", Integer.toString(views.indexOf(beside) + 1));
        EmbedTabs.attach(root, views, options.shows(Control.MICROSCOPE), wholePage, guard);
        for (Control control : Control.values()) {
            if (!control.inToolbar() && !control.inSettings()) {
                HTMLElement element = root.querySelector("[data-role=\"" + roles(control)[0] + "\"]");
                if (element != null) {
                    Dom.setClass(element, "bl-off", !options.shows(control));
                }
            } else if (control.inToolbar()) {
                HTMLElement button = Dom.role(root, roles(control)[0]);
                HTMLElement item = control == Control.SPEED ? (HTMLElement) button.getParentNode() : button;
                Dom.setClass(item, "bl-off", !options.shows(control));
            }
        }
        Dom.setClass(Dom.role(root, "help-button"), "bl-off", true);
        // The page's own extras (α lab, lessons) belong to the full lab, not to an embedded one.
        for (String extra : new String[] {"lrlab-open", "lessons-button"}) {
            HTMLElement button = root.querySelector("[data-role=\"" + extra + "\"]");
            if (button != null) {
                Dom.setClass(button, "bl-off", true);
            }
        }
        HTMLElement schedulePlot = root.querySelector("[data-role=\"schedule-plot\"]");
        if (schedulePlot != null) {
            Dom.setClass(schedulePlot, "bl-off", !options.shows(Control.SCHEDULE));
        }
        HTMLElement settings = Dom.role(root, "controls");
        Dom.setClass(settings, "bl-off", !options.showsSettings());
        NodeList<? extends HTMLElement> rows = settings.querySelectorAll(".bl-row");
        for (int r = 0; r < rows.getLength(); r++) {
            HTMLElement row = rows.item(r);
            Dom.setClass(row, "bl-off", !rowWanted(row, options));
        }
        NodeList<? extends HTMLElement> sections = settings.querySelectorAll(".bl-section");
        for (int s = 0; s < sections.getLength(); s++) {
            HTMLElement section = sections.item(s);
            Dom.setClass(section, "bl-off", section.querySelector(".bl-row:not(.bl-off)") == null);
        }
    }

    private static boolean rowWanted(HTMLElement row, EmbedOptions options) {
        for (Control control : options.controls()) {
            if (!control.inSettings()) {
                continue;
            }
            for (String role : roles(control)) {
                if (row.querySelector("[data-role=\"" + role + "\"]") != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
