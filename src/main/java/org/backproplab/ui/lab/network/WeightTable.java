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
    static final String EDIT_HINT = "Enter on a weight types a new value (\u2191 \u2193: the next).";

    private final HTMLElement toggle;
    private final HTMLElement region;
    private final HTMLElement body;
    private final TextSlot summary;
    private Shape shownShape;
    private TextSlot[] values = new TextSlot[0];
    /** The weights' value cells, in table order, and the parameter each shows; one is in the Tab order. */
    private HTMLElement[] weightCells = new HTMLElement[0];
    private int[] weightOf = new int[0];
    private int tabStop;
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
     * between the weights' values.
     */
    private void keyed(KeyboardEvent event) {
        int at = cellIndex(event.getTarget());
        if (at < 0) {
            return;
        }
        String key = event.getKey();
        int step = "ArrowDown".equals(key) ? 1 : "ArrowUp".equals(key) ? -1 : 0;
        if ("Enter".equals(key) || step != 0) {
            event.preventDefault();
            event.stopPropagation();
        }
        if ("Enter".equals(key)) {
            editField.openIn(lab, weightOf[at], weightCells[at]);
        } else if (step != 0) {
            int next = Math.max(0, Math.min(weightCells.length - 1, at + step));
            Dom.moveTabStop(weightCells[tabStop], weightCells[next]);
            tabStop = next;
        }
    }

    /** Which weight's cell {@code target} is, or −1 (a key typed in the edit field, or elsewhere). */
    private int cellIndex(JSObject target) {
        for (int k = 0; k < weightCells.length; k++) {
            if (weightCells[k] == target) {
                return k;
            }
        }
        return -1;
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
        int weights = 0;
        for (int p = 0; p < count; p++) {
            weights += shape.isWeight(p) ? 1 : 0;
        }
        weightCells = new HTMLElement[weights];
        weightOf = new int[weights];
        tabStop = 0;
        weights = 0;
        gradients = new TextSlot[count];
        for (int p = 0; p < count; p++) {
            HTMLElement row = Dom.element("tr", shape.isWeight(p) ? "" : "bl-bias-row", body);
            HTMLElement from = Dom.element("th", "", row);
            from.setAttribute("scope", "row");
            name(from, Notation.UNICODE.fromNeuron(shape, p), Notation.UNICODE.fromWords(shape, p));
            name(Dom.element("td", "", row), Notation.UNICODE.toNeuron(shape, p), Notation.UNICODE.toWords(shape, p));
            HTMLElement cell = Dom.element("td", "bl-number", row);
            values[p] = new TextSlot(Dom.span("", "", cell));
            if (shape.isWeight(p)) {
                cell.setAttribute("data-weight", Integer.toString(p));
                cell.setAttribute("tabindex", weights == 0 ? "0" : "-1");
                weightCells[weights] = cell;
                weightOf[weights++] = p;
            }
            gradients[p] = new TextSlot(Dom.element("td", "bl-number", row));
        }
    }
}
