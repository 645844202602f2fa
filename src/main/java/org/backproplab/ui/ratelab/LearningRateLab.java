package org.backproplab.ui.ratelab;

import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;

import org.backproplab.state.rate.RaceFill;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The α lab: a panel over the views (the controls stay) with three experiments on the learning rate —
 * a {@link RaceView race} of up to four α from the same start, a {@link FinderView sweep} that finds a good
 * α, and a {@link SandboxView sandbox} where optimizers walk down classic surfaces. It lives in a bundle of its
 * own ({@link RateLabMain}): the main lab owns the "α lab" button and loads it when first asked. Opening it
 * pauses the main lab; ✕ or Escape closes it.
 */
public final class LearningRateLab {
    private static final String[] TAB_NAMES = {"Race", "Finder", "Sandbox"};

    private final HTMLElement root;
    private final LabHost view;
    private final HTMLElement panel;
    private final HTMLElement openButton;
    private HTMLButtonElement[] tabs;
    private HTMLElement[] tabPanels;
    private final Guard guard;
    private RaceView race;
    private FinderView finder;
    private SandboxView sandbox;
    private int activeTab;
    private boolean open;

    public LearningRateLab(HTMLElement root, LabHost view, Guard guard) {
        this.root = root;
        this.view = view;
        panel = Dom.role(root, "lrlab");
        openButton = Dom.role(root, "lrlab-open");
        this.guard = guard;
        panel.setHidden(true);
    }

    /**
     * Builds the panel's content on first opening, so that a lab whose α lab is never opened carries no
     * hidden canvases.
     */
    private void build() {
        tabs = new HTMLButtonElement[TAB_NAMES.length];
        tabPanels = new HTMLElement[TAB_NAMES.length];
        String idPrefix = panel.getId();
        panel.setAttribute("role", "region");
        panel.setAttribute("aria-label", "α lab: experiments with the learning rate");
        HTMLElement header = Dom.element("div", "bll-header", panel);
        HTMLElement title = Dom.element("h2", "bll-title", header);
        title.setTextContent("α lab");
        HTMLElement tabList = Dom.element("div", "bll-tabs", header);
        tabList.setAttribute("role", "tablist");
        tabList.setAttribute("aria-label", "α lab experiments");
        for (int t = 0; t < TAB_NAMES.length; t++) {
            int index = t;
            HTMLButtonElement tab = (HTMLButtonElement) Dom.element("button", "bll-tab", tabList);
            tab.setType("button");
            tab.setTextContent(TAB_NAMES[t]);
            tab.setAttribute("role", "tab");
            tab.setId(idPrefix + "-tab-" + t);
            tab.setAttribute("aria-controls", idPrefix + "-panel-" + t);
            tab.setAttribute("data-role", "lrlab-tab-" + TAB_NAMES[t].toLowerCase());
            guard.listen(tab, "click", "switching the α lab's tab", (Event e) -> select(index, false));
            guard.listen(tab, "keydown", "switching the α lab's tab", (KeyboardEvent e) -> tabKey(e, index));
            tabs[t] = tab;
        }
        HTMLButtonElement close = (HTMLButtonElement) Dom.element("button", "bl-button bll-close", header);
        close.setType("button");
        close.setTextContent("✕ Close");
        close.setAttribute("aria-label", "Close the α lab (Escape)");
        close.setTitle("Close the α lab and go back to the network (Escape)");
        close.setAttribute("data-role", "lrlab-close");
        guard.listen(close, "click", "closing the α lab", (Event e) -> setOpen(false));

        for (int t = 0; t < TAB_NAMES.length; t++) {
            HTMLElement tabPanel = Dom.element("div", "bll-tabpanel", panel);
            tabPanel.setAttribute("role", "tabpanel");
            tabPanel.setId(idPrefix + "-panel-" + t);
            tabPanel.setAttribute("aria-labelledby", idPrefix + "-tab-" + t);
            tabPanels[t] = tabPanel;
        }
        race = new RaceView(tabPanels[0], view, guard);
        finder = new FinderView(tabPanels[1], view, guard, this);
        sandbox = new SandboxView(tabPanels[2], view, guard);
        select(0, false);
    }

    public boolean isOpen() {
        return open;
    }

    /** Opens (pausing the main lab) or closes the panel. */
    public void setOpen(boolean show) {
        if (show == open) {
            return;
        }
        open = show;
        if (show && race == null) {
            build();
        }
        if (show) {
            view.setPlaying(false);
        } else {
            race.pause();
            finder.cancel();
        }
        panel.setHidden(!show);
        Dom.setClass(root, "bl-lrlab-open", show);
        openButton.setAttribute("aria-expanded", show ? "true" : "false");
        if (show) {
            tabs[activeTab].focus();
        } else {
            openButton.focus();
        }
    }

    /** Shows tab {@code index}; {@code focus}: move the keyboard focus onto its tab button. */
    void select(int index, boolean focus) {
        activeTab = index;
        for (int t = 0; t < tabs.length; t++) {
            boolean selected = t == index;
            tabs[t].setAttribute("aria-selected", selected ? "true" : "false");
            tabs[t].setTabIndex(selected ? 0 : -1);
            tabPanels[t].setHidden(!selected);
        }
        if (focus) {
            tabs[index].focus();
        }
    }

    /** Arrow keys, Home and End move between the tabs (the ARIA tabs pattern). */
    private void tabKey(KeyboardEvent event, int index) {
        String key = event.getKey();
        int next;
        if ("ArrowRight".equals(key)) {
            next = (index + 1) % tabs.length;
        } else if ("ArrowLeft".equals(key)) {
            next = (index + tabs.length - 1) % tabs.length;
        } else if ("Home".equals(key)) {
            next = 0;
        } else if ("End".equals(key)) {
            next = tabs.length - 1;
        } else {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        select(next, true);
    }

    /**
     * The main lab's keyboard hook: while the panel is open, Escape closes it and the main lab's shortcuts
     * (space, →, r) are off, since its views are covered. Returns whether the key was taken.
     */
    public boolean handlesKey(KeyboardEvent event) {
        if (!open) {
            return false;
        }
        if ("Escape".equals(event.getKey())) {
            event.preventDefault();
            setOpen(false);
        }
        return true;
    }

    /**
     * The work of one animation frame: the open experiments advance until {@code deadline} (Performance.now()
     * time; the race half of it when the finder works too) and the shown one draws. Returns whether any had work.
     */
    public boolean frame(double deadline) {
        if (!open) {
            return false;
        }
        boolean raceBusy = race.busy();
        boolean finderBusy = finder.busy();
        if (raceBusy) {
            double now = Performance.now();
            race.advance(finderBusy ? now + 0.5 * (deadline - now) : deadline);
        }
        if (finderBusy) {
            finder.advance(deadline);
        }
        switch (activeTab) {
            case 0: race.frame(); break;
            case 1: finder.frame(); break;
            default: sandbox.frame(); break;
        }
        return raceBusy || finderBusy;
    }

    /** The finder hands its four checked rates to the race and shows it. */
    void raceWith(RaceFill fill) {
        race.fillMeasured(fill, "Filled in the rates the finder measured and checked on this problem. ");
        select(0, true);
    }

    /** The finder's "use α" closes the panel after the main lab took α. */
    void close() {
        setOpen(false);
    }

    /** The race, or null before the α lab was first opened. */
    public RaceView race() {
        return race;
    }

    /** The finder, or null before the α lab was first opened. */
    public FinderView finder() {
        return finder;
    }

    /** The sandbox, or null before the α lab was first opened. */
    public SandboxView sandbox() {
        return sandbox;
    }
}
