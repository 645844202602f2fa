package org.backproplab.ui.ratelab;

import org.backproplab.state.rate.RaceText;
import org.backproplab.state.rate.RateLab;
import org.backproplab.train.Verdict;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One lane of the race: its swatch, its α field (a refused α is explained and the lane keeps its value), the hint
 * of what its label predicts, the verdict badge with its explanation, and the note on the stable limit.
 */
final class RaceLane {
    private final int lane;
    private final HTMLInputElement field;
    private final HTMLElement hint;
    private final HTMLElement badge;
    private final HTMLElement explanation;
    private final HTMLElement limitNote;
    private final HTMLElement message;
    private final Runnable changed;
    private double rate = Double.NaN;
    private Verdict expected;
    private Verdict shown;
    private String shownNote = "";

    /** A lane appended to {@code parent}; {@code changed} runs after its α was changed by typing. */
    RaceLane(HTMLElement parent, int lane, Guard guard, Runnable changed) {
        this.lane = lane;
        this.changed = changed;
        HTMLElement row = Dom.element("div", "bll-lane", parent);
        row.setAttribute("data-role", "race-lane-" + lane);
        HTMLElement head = Dom.element("div", "bll-lane-head", row);
        HTMLElement swatch = Dom.span("bll-swatch", "", head);
        swatch.setInnerHTML(swatchSvg(lane));
        HTMLElement label = Dom.element("label", "bll-lane-label", head);
        Dom.span("", "α", label);
        field = (HTMLInputElement) Dom.element("input", "bll-rate", label);
        field.setType("text");
        field.setAttribute("inputmode", "decimal");
        field.setAttribute("autocomplete", "off");
        field.setAttribute("spellcheck", "false");
        field.setAttribute("aria-label", "α of run " + (lane + 1) + " (" + RaceView.LANE_LINES[lane]
                + "); empty leaves it out");
        field.setAttribute("data-role", "race-rate-" + lane);
        hint = Dom.span("bll-lane-hint", "", head);
        badge = Dom.span("bll-badge", "", head);
        badge.setAttribute("data-role", "race-verdict-" + lane);
        badge.setHidden(true);
        message = Dom.element("p", "bl-message", row);
        message.setAttribute("aria-live", "polite");
        explanation = Dom.element("p", "bll-explanation", row);
        limitNote = Dom.element("p", "bll-explanation bll-limit-note", row);
        limitNote.setAttribute("data-role", "race-limit-note-" + lane);
        guard.listen(field, "change", "reading run " + (lane + 1) + "'s α", (Event e) -> read());
        guard.listen(field, "blur", "reading run " + (lane + 1) + "'s α", (Event e) -> {
            if (isInvalid()) {
                field.removeAttribute("aria-invalid");
                field.setValue(text(rate));
            }
        });
    }

    private static String text(double rate) {
        return rate == rate ? RaceText.rate(rate) : "";
    }

    /** Reads the field: a valid α (or empty) is kept and clears the old results, anything else refused. */
    private void read() {
        try {
            double typed = RateLab.parseLane(field.getValue());
            field.removeAttribute("aria-invalid");
            message.setTextContent("");
            if (typed != rate && !(typed != typed && rate != rate)) {
                rate = typed;
                hint.setTextContent("");
                expected = null;
                changed.run();
            }
        } catch (IllegalArgumentException e) {
            field.setAttribute("aria-invalid", "true");
            message.setTextContent(RateLab.laneRefusal(e.getMessage(), rate));
        }
    }

    /** Puts {@code value} (NaN: empty) into the lane as it reads in three digits, with its hint and prediction. */
    void set(double value, String hintText, Verdict prediction) {
        String shownText = text(value);
        rate = shownText.isEmpty() ? Double.NaN : RateLab.parseLane(shownText);
        field.setValue(shownText);
        field.removeAttribute("aria-invalid");
        message.setTextContent("");
        hint.setTextContent(hintText);
        expected = prediction;
    }

    double rate() {
        return rate;
    }

    boolean isInvalid() {
        return field.getAttribute("aria-invalid") != null;
    }

    /** The verdict this lane's label predicts, or null when its α was typed or not measured. */
    Verdict expected() {
        return expected;
    }

    /** Shows {@code verdict} (null: none yet) and the limit note; touches the page only when they changed. */
    void show(Verdict verdict, String note) {
        if (verdict != shown) {
            shown = verdict;
            Dom.show(badge, verdict != null);
            badge.setTextContent(verdict == null ? "" : RateLab.verdictName(verdict));
            badge.setClassName("bll-badge" + (verdict == null ? "" : " bll-verdict-" + verdict.id()));
            explanation.setTextContent(verdict == null ? "" : verdict.explanation());
        }
        if (!note.equals(shownNote)) {
            shownNote = note;
            limitNote.setTextContent(note);
        }
    }

    int index() {
        return lane;
    }

    /** The lane's line as a small SVG: its colour and dash pattern, as in the chart and its legend. */
    static String swatchSvg(int lane) {
        String dash = lane == 1 ? " stroke-dasharray=\"9 4\"" : lane == 2 ? " stroke-dasharray=\"2 5\""
                : lane == 3 ? " stroke-dasharray=\"10 4 2 4\"" : "";
        return "<svg viewBox=\"0 0 40 12\" width=\"40\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">"
                + "<line x1=\"2\" y1=\"6\" x2=\"38\" y2=\"6\" stroke=\"" + RaceView.LANE_COLORS[lane]
                + "\" stroke-width=\"3\" stroke-linecap=\"round\"" + dash + "/></svg>";
    }

}
