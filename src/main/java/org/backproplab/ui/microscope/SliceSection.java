package org.backproplab.ui.microscope;

import java.util.function.IntConsumer;
import org.backproplab.landscape.SliceTrail;
import org.backproplab.state.AppState;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The microscope's slice: the cost J along the selected weight with its legend, the trail of past steps, the
 * slice's curvature J″(w) and its own limit 2/J″ in words, and the learning-rate demo below it. The numbers
 * come from a finished {@link MicroscopeWork} job; until a newly chosen weight's curve is in, it says
 * "measuring…".
 */
final class SliceSection {
    private final HTMLElement stage;
    private final HTMLElement curvature;
    private final HTMLElement trailNote;
    private final SliceDemo demo;
    /** Made when first shown, so a lab that never opens the panel has no hidden canvas. */
    private MicroscopeSlice plot;
    private final SliceTrail trail = new SliceTrail(300);
    private boolean measuring = true;

    /** {@code runDemo} is called with the demo button pressed (see {@link SliceDemo}). */
    SliceSection(HTMLElement body, Guard guard, IntConsumer runDemo) {
        MicroscopeView.heading(body, "The cost J along this weight");
        HTMLElement legend = Dom.element("ul", "blm-legend", body);
        legend.setAttribute("aria-label", "What the picture shows");
        legendItem(legend, "blm-swatch-curve", "J(w), other weights fixed");
        legendItem(legend, "blm-swatch-tangent", "tangent: slope \u2202J/\u2202w");
        legendItem(legend, "blm-swatch-step", "one step of \u03b1");
        legendItem(legend, "blm-swatch-trail", "past steps");
        stage = Dom.element("div", "blm-stage", body);
        curvature = Dom.element("p", "blm-note blm-curvature", body);
        curvature.setAttribute("data-role", "slice-curvature");
        demo = new SliceDemo(body, guard, runDemo);
        trailNote = Dom.element("p", "blm-note", body);
        trailNote.setTextContent(MicroscopeText.TRAIL_NOTE);
        trailNote.setHidden(true);
    }

    private static void legendItem(HTMLElement legend, String swatch, String text) {
        HTMLElement item = Dom.element("li", "", legend);
        Dom.span("blm-swatch " + swatch, "", item).setAttribute("aria-hidden", "true");
        Dom.span("", text, item);
    }

    SliceDemo demo() {
        return demo;
    }

    SliceTrail trail() {
        return trail;
    }

    /** Makes the canvas on first use and fits it to its box; true when its size changed. */
    boolean fit() {
        if (plot == null) {
            plot = new MicroscopeSlice(stage);
        }
        return plot.canvas.fit();
    }

    /** A new network or data set: the old trail means nothing. */
    void reset() {
        trail.clear();
    }

    /** A newly chosen weight: "measuring…" until its curve is in. */
    void startMeasuring() {
        measuring = true;
        curvature.setTextContent(MicroscopeText.MEASURING);
    }

    boolean measuring() {
        return measuring;
    }

    /** Takes the finished job's curve, point and curvature. */
    void show(MicroscopeWork work) {
        plot.show(work);
        measuring = false;
        curvature.setTextContent(MicroscopeText.curvature(work.curvature, AppState.MAX_LEARNING_RATE));
        curvature.setAttribute("data-value", Double.toString(work.curvature));
    }

    /** The slope of the tangent drawn (NaN before the first curve). */
    double slope() {
        return plot == null ? Double.NaN : plot.slope();
    }

    /** Where the drawn step lands. */
    double next() {
        return plot == null ? Double.NaN : plot.next();
    }

    /** Draws the slice; the canvas's data-demo-points tells scripts how much of a demo is drawn. */
    void paint() {
        plot.paint(trail, demo.weights(), demo.costs(), demo.shown(), measuring);
        Dom.show(trailNote, trail.size() > 2);
        plot.canvas.element.setAttribute("data-demo-points", Integer.toString(demo.shown()));
    }

    /** What a screen reader hears for the picture. */
    void describe(String summary) {
        plot.canvas.element.setAttribute("aria-label", "The cost J along the selected weight: " + summary);
    }
}
