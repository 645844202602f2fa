package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.state.EmbedOptions.View;
import org.backproplab.state.EmbedTabsRule;
import org.backproplab.state.Sentence;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.ResizeWatch;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Tabs for an embedded lab in a box too short or too narrow for its views side by side ({@link EmbedTabsRule}):
 * Network | Output | Cost, one shown at a time at a readable size, plus Microscope while the microscope is open
 * (it takes the output view's place, so Output gives way to it). The box is the window for the lab page's own
 * embedded lab and the element for a lab mounted by script, watched as it resizes; while the rule says tabs, the
 * root has {@code bl-tabs-on} and embed.css shows the tab bar, elsewhere the classes set here change nothing.
 * The chosen view's panel has {@code bl-tab-current}; the root has {@code bl-tab-microscope} while the microscope
 * is the chosen tab.
 */
final class EmbedTabs {
    private static final String MICROSCOPE = "microscope";
    private static final String ON = "bl-tabs-on";

    private final HTMLElement root;
    private HTMLElement bar;
    private final List<HTMLButtonElement> buttons = new ArrayList<>();
    private final List<HTMLElement> panels = new ArrayList<>();
    private HTMLButtonElement microscopeButton;
    private int current;
    private boolean microscopeChosen;
    private boolean microscopeWasOpen;

    private EmbedTabs(HTMLElement root) {
        this.root = root;
    }

    /**
     * Adds the tab bar for {@code views} (in their order) before the first view panel of {@code root}, shown while
     * the window ({@code wholePage}) or else {@code root} is small; {@code guard} removes the watchers with the lab.
     */
    static void attach(HTMLElement root, List<View> views, boolean microscope, boolean wholePage, Guard guard) {
        if (views.size() < 2 && !microscope) {
            return;
        }
        EmbedTabs tabs = new EmbedTabs(root);
        root.getClassList().add("bl-embed-tabbed");
        HTMLElement bar = Dom.element("div", "bl-embed-tabs", root);
        tabs.bar = bar;
        bar.setAttribute("role", "tablist");
        bar.setAttribute("aria-label", "Views");
        root.insertBefore(bar, Dom.role(root, "network-panel"));
        for (View view : views) {
            HTMLElement panel = Dom.role(root, view.id() + "-panel");
            tabs.panels.add(panel);
            tabs.buttons.add(tabs.tab(bar, label(view), view.id()));
        }
        if (microscope) {
            tabs.microscopeButton = tabs.tab(bar, "Microscope", MICROSCOPE);
        }
        tabs.choose(0, false);
        for (String type : new String[] {"click", "keyup", "change"}) {
            guard.listen(root, type, "following the microscope", event -> tabs.followMicroscope());
        }
        if (wholePage) {
            guard.listen(Window.current(), "resize", "fitting the tabs", event -> tabs.fit(true));
        } else {
            ResizeWatch watch = ResizeWatch.watch(root, () -> guard.run("fitting the tabs", () -> tabs.fit(false)));
            guard.onRemoveAll(watch::stop);
        }
        tabs.fit(wholePage);
    }

    /** Tabs on or off for the box's size now (the window's, or the element's without its tab bar). */
    private void fit(boolean wholePage) {
        boolean on;
        if (wholePage) {
            on = EmbedTabsRule.tabbed(Window.current().getInnerWidth(), Window.current().getInnerHeight(), 0);
        } else {
            double shownBar = root.getClassList().contains(ON) ? bar.getOffsetHeight() : 0;
            on = EmbedTabsRule.tabbed(root.getOffsetWidth(), root.getOffsetHeight(), shownBar);
        }
        if (on != root.getClassList().contains(ON)) {
            Dom.setClass(root, ON, on);
        }
    }

    /** "Network", "Output", "Cost": the view's name with a capital. */
    private static String label(View view) {
        return Sentence.capitalized(view.id());
    }

    private HTMLButtonElement tab(HTMLElement bar, String text, String id) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", "bl-embed-tab", bar);
        button.setType("button");
        button.setTextContent(text);
        button.setAttribute("role", "tab");
        button.setAttribute("data-tab", id);
        button.addEventListener("click", (Event event) -> clicked(id));
        button.addEventListener("keydown", (KeyboardEvent event) -> arrow(event, id));
        return button;
    }

    private void clicked(String id) {
        if (MICROSCOPE.equals(id)) {
            microscopeChosen = true;
            show();
            return;
        }
        for (int i = 0; i < panels.size(); i++) {
            if (buttons.get(i).getAttribute("data-tab").equals(id)) {
                choose(i, false);
            }
        }
    }

    /** Left and right arrows move between the tabs that are showing, as in any tab list. */
    private void arrow(KeyboardEvent event, String id) {
        int by = "ArrowRight".equals(event.getKey()) ? 1 : "ArrowLeft".equals(event.getKey()) ? -1 : 0;
        if (by == 0) {
            return;
        }
        event.preventDefault();
        List<HTMLButtonElement> shown = new ArrayList<>();
        for (HTMLButtonElement button : all()) {
            if (button.getOffsetWidth() > 0) {
                shown.add(button);
            }
        }
        int at = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getAttribute("data-tab").equals(id)) {
                at = i;
            }
        }
        HTMLButtonElement next = shown.get(((at + by) % shown.size() + shown.size()) % shown.size());
        next.focus();
        clicked(next.getAttribute("data-tab"));
    }

    private List<HTMLButtonElement> all() {
        List<HTMLButtonElement> all = new ArrayList<>(buttons);
        if (microscopeButton != null) {
            all.add(microscopeButton);
        }
        return all;
    }

    private void choose(int index, boolean microscope) {
        current = index;
        microscopeChosen = microscope;
        show();
    }

    /** Opening the microscope brings its tab forward; closing it goes back to the view chosen before. */
    private void followMicroscope() {
        boolean open = root.getClassList().contains("bl-microscope-open");
        if (open == microscopeWasOpen) {
            return;
        }
        microscopeWasOpen = open;
        microscopeChosen = open;
        show();
    }

    private void show() {
        boolean open = root.getClassList().contains("bl-microscope-open");
        boolean microscopeShown = microscopeChosen && open;
        Dom.setClass(root, "bl-tab-microscope", microscopeShown);
        for (int i = 0; i < panels.size(); i++) {
            boolean chosen = i == current;
            Dom.setClass(panels.get(i), "bl-tab-current", chosen);
            buttons.get(i).setAttribute("aria-selected", chosen && !microscopeShown ? "true" : "false");
            buttons.get(i).setTabIndex(chosen && !microscopeShown ? 0 : -1);
        }
        if (microscopeButton != null) {
            microscopeButton.setAttribute("aria-selected", microscopeShown ? "true" : "false");
            microscopeButton.setTabIndex(microscopeShown ? 0 : -1);
        }
    }
}
