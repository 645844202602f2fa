package org.backproplab.ui.lab.network;

import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.dom.Dom;

import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.state.LabSession;
import org.backproplab.state.NumberText;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The network as a table, the text alternative to its picture (for screen readers, and for anyone who
 * wants the numbers): one row per weight and bias with where it starts and ends, its value, and ∂J/∂w
 * from the last step. A "Table view" toggle in the network panel shows it over the drawing; while it is
 * open it follows the lab, at most every {@value #UPDATE_INTERVAL_MS} ms so the numbers stay readable.
 */
public final class WeightTable {
    static final double UPDATE_INTERVAL_MS = 250;
    static final String EDIT_HINT = "Enter on a weight's value types a new one; \u2191 and \u2193 move between weights.";

    private final HTMLElement toggle;
    private final HTMLElement region;
    private final HTMLElement body;
    private final TextSlot summary;
    private Shape shownShape;
    private TextSlot[] values = new TextSlot[0];
    /** Each parameter's value cell; a weight's can take the focus (one at a time is in the Tab order). */
    private HTMLElement[] valueCells = new HTMLElement[0];
    private int tabStop = -1;
    private final WeightEditField editField;
    private LabSession lab;
    private TextSlot[] gradients = new TextSlot[0];
    private int shownRevision = Integer.MIN_VALUE;
    private double lastUpdate = Double.NEGATIVE_INFINITY;

    private final HTMLElement picture;

    /**
     * Adds the toggle first in {@code tools} (the buttons in the panel's title row) and the (hidden) table to
     * the network {@code panel}; while the table shows, {@code picture} (the network view) is hidden, so Tab
     * does not wander into controls under the table.
     */
    public WeightTable(HTMLElement panel, HTMLElement tools, HTMLElement picture, Guard guard) {
        this.picture = picture;
        toggle = Dom.element("button", "bl-button bl-small bl-table-toggle", null);
        tools.insertBefore(toggle, tools.getFirstChild());
        toggle.setAttribute("type", "button");
        toggle.setAttribute("data-role", "table-toggle");
        toggle.setAttribute("aria-pressed", "false");
        toggle.setTitle("Show every weight, bias and ∂J/∂w as a table");
        toggle.setTextContent("Table view");
        region = Dom.element("div", "bl-weight-table", panel);
        region.setAttribute("data-role", "weight-table");
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", "Weights and gradients as a table");
        region.setAttribute("tabindex", "0"); // scrollable with the keyboard
        region.setHidden(true);
        HTMLElement table = Dom.element("table", "", region);
        HTMLElement caption = Dom.element("caption", "", table);
        summary = new TextSlot(caption);
        HTMLElement head = Dom.element("tr", "", Dom.element("thead", "", table));
        for (String title : new String[] {"from", "to", "w", "∂J/∂w"}) {
            HTMLElement cell = Dom.element("th", "", head);
            cell.setAttribute("scope", "col");
            cell.setTextContent(title);
        }
        body = Dom.element("tbody", "", table);
        editField = new WeightEditField(region, false);
        guard.listen(toggle, "click", "showing the table view", (Event e) -> show(region.isHidden()));
        guard.listen(body, "keydown", "typing a weight in the table", (KeyboardEvent e) -> keyed(e));
    }

    boolean isShown() {
        return !region.isHidden();
    }

    void show(boolean visible) {
        if (!visible && editField.isOpen()) {
            editField.close();
        }
        region.setHidden(!visible);
        picture.setHidden(visible);
        toggle.setAttribute("aria-pressed", visible ? "true" : "false");
        toggle.setTextContent(visible ? "Picture view" : "Table view");
        toggle.setTitle(visible ? "Show the network as a picture again" : "Show every weight, bias and ∂J/∂w as a table");
        shownRevision = Integer.MIN_VALUE;
        lastUpdate = Double.NEGATIVE_INFINITY;
    }

    /** Brings the table up to date with {@code lab} (only while shown, and not more often than every 250 ms). */
    public void draw(LabSession session, double now) {
        lab = session;
        editField.follow(session);
        if (region.isHidden() || session.revision() == shownRevision || now - lastUpdate < UPDATE_INTERVAL_MS) {
            return;
        }
        shownRevision = session.revision();
        lastUpdate = now;
        Shape shape = session.network().shape();
        if (!shape.equals(shownShape)) {
            build(shape);
        }
        double[] parameters = session.network().parameters();
        double[] gradient = session.trainer().gradientView();
        boolean stepped = session.trainer().iteration() > 0 || session.trainer().hasPendingGradient();
        for (int p = 0; p < values.length; p++) {
            values[p].set(NumberFormat.format(parameters[p], 4));
            gradients[p].set(stepped ? NumberFormat.format(gradient[p], 3) : "—");
        }
        summary.set(values.length + " weights and biases at iteration " + NumberText.grouped(session.iteration())
                + ". w: the value now; ∂J/∂w: the gradient backpropagation computed for the last step's batch"
                + (stepped ? "" : " (after the first step)") + ". " + EDIT_HINT + " " + Notation.UNICODE.key());
    }

    /**
     * Enter on a weight's value opens the field to type a new one (as clicking its edge does); ↑ and ↓ move
     * between the weights' values, Home and End to the first and last.
     */
    private void keyed(KeyboardEvent event) {
        int at = cellIndex(event.getTarget());
        if (at < 0 || lab == null) {
            return;
        }
        String key = event.getKey();
        int next = "ArrowDown".equals(key) ? nextWeight(at, 1) : "ArrowUp".equals(key) ? nextWeight(at, -1)
                : "Home".equals(key) ? nextWeight(-1, 1) : "End".equals(key) ? nextWeight(valueCells.length, -1) : -1;
        if ("Enter".equals(key)) {
            event.preventDefault();
            event.stopPropagation();
            editField.openIn(lab, at, valueCells[at]);
        } else if (next >= 0) {
            event.preventDefault();
            event.stopPropagation();
            valueCells[tabStop].setAttribute("tabindex", "-1");
            tabStop = next;
            valueCells[next].setAttribute("tabindex", "0");
            valueCells[next].focus();
        }
    }

    /** The weight cell {@code target} is, or −1 (a key typed in the edit field, or elsewhere). */
    private int cellIndex(JSObject target) {
        for (int p = 0; p < valueCells.length; p++) {
            if (valueCells[p] == target && valueCells[p].hasAttribute("data-weight")) {
                return p;
            }
        }
        return -1;
    }

    /** The next weight from {@code from} in direction {@code step} (±1), or {@code from} itself at the end. */
    private int nextWeight(int from, int step) {
        for (int p = from + step; p >= 0 && p < valueCells.length; p += step) {
            if (valueCells[p].hasAttribute("data-weight")) {
                return p;
            }
        }
        return from >= 0 && from < valueCells.length ? from : -1;
    }

    /** The short name on screen, the long one for screen readers. */
    private static void name(HTMLElement cell, String shortName, String longName) {
        if (shortName.equals(longName)) {
            cell.setTextContent(longName);
            return;
        }
        Dom.span("", shortName, cell).setAttribute("aria-hidden", "true");
        Dom.span("bl-sr-only", longName, cell);
    }

    private void build(Shape shape) {
        shownShape = shape;
        body.setInnerHTML("");
        int count = shape.parameterCount();
        if (editField.isOpen()) {
            editField.close();
        }
        values = new TextSlot[count];
        valueCells = new HTMLElement[count];
        tabStop = -1;
        gradients = new TextSlot[count];
        for (int p = 0; p < count; p++) {
            HTMLElement row = Dom.element("tr", shape.isWeight(p) ? "" : "bl-bias-row", body);
            HTMLElement from = Dom.element("th", "", row);
            from.setAttribute("scope", "row");
            name(from, Notation.UNICODE.fromNeuron(shape, p), Notation.UNICODE.fromWords(shape, p));
            name(Dom.element("td", "", row), Notation.UNICODE.toNeuron(shape, p), Notation.UNICODE.toWords(shape, p));
            HTMLElement cell = Dom.element("td", "bl-number", row);
            values[p] = new TextSlot(Dom.span("", "", cell));
            valueCells[p] = cell;
            if (shape.isWeight(p)) {
                cell.setAttribute("data-weight", Integer.toString(p));
                cell.setAttribute("tabindex", tabStop < 0 ? "0" : "-1");
                tabStop = tabStop < 0 ? p : tabStop;
            }
            gradients[p] = new TextSlot(Dom.element("td", "bl-number", row));
        }
    }
}
