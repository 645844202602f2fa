package org.backproplab.ui.microscope;

import java.util.function.IntConsumer;
import org.backproplab.landscape.CostSlice;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SliceTrail;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.viz.StickyWindow;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The microscope's first part: the cost J along the selected weight with its legend, the window of w it
 * shows (which follows the weight without jumping every frame), the trail of past steps, and the
 * learning-rate demo below it.
 */
final class SliceSection {
    private final HTMLElement stage;
    private final HTMLElement trailNote;
    private final SliceDemo demo;
    /** Made when first shown, so a lab that never opens the panel has no hidden canvas. */
    private MicroscopeSlice plot;
    private final SliceTrail trail = new SliceTrail(300);
    private final StickyWindow window = new StickyWindow();
    /** The four preset α of the current weight, as {@link LearningRateDemo#presets} measured them. */
    private final double[] rates = new double[4];

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

    /** A new network or data set: the old trail and window mean nothing. */
    void reset() {
        trail.clear();
        window.reset();
    }

    /** Keeps w and its next step in the window (at least {@code radius} either side) and samples J over it. */
    void follow(CostSlice slice, int index, double weight, double next, double radius) {
        window.follow(weight, next, radius);
        plot.sample(slice, index, window.min(), window.max());
    }

    double[] rates() {
        return rates;
    }

    /**
     * Runs the demo for button {@code preset} on weight {@code index} (at the lab's α {@code labRate} for "your
     * α") and starts showing it; false when the slice is concave and no preset fits (the caption says so).
     */
    boolean runDemo(int preset, LearningRateDemo runner, CostSlice slice, int index, double labRate, int revision) {
        double rate;
        String name;
        if (preset != SliceDemo.OWN_RATE) {
            double curvature = runner.presets(index, rates);
            rate = rates[preset];
            name = MicroscopeText.PRESET_LABELS[preset];
            if (!Double.isFinite(curvature) || !(rate > 0)) {
                demo.refuseConcave();
                return false;
            }
        } else {
            rate = labRate;
            name = MicroscopeText.OWN_RATE;
        }
        // the presets measured the slice at α = 1: measure it again at the lab's α for the drawing
        slice.measure(index, labRate);
        LearningRateDemo.Verdict verdict = runner.run(index, rate, SliceDemo.STEPS);
        demo.start(name, rate, runner, verdict, revision, index, prefersReducedMotion());
        showDemo(slice, index);
        return true;
    }

    @JSBody(script = "return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    private static native boolean prefersReducedMotion();

    /** Widens the window to the demo's first few points (not to a runaway's far end) and samples J again. */
    private void showDemo(CostSlice slice, int index) {
        double reach = 4 * window.radius();
        for (int k = 0; k < demo.count(); k++) {
            if (Math.abs(demo.weights()[k] - window.center()) <= reach) {
                window.include(demo.weights()[k]);
            }
        }
        plot.sample(slice, index, window.min(), window.max());
    }

    /** Draws the slice; the canvas's data-demo-points tells scripts how much of a demo is drawn. */
    void paint(CostSlice slice) {
        plot.paint(slice, trail, demo.weights(), demo.costs(), demo.shown());
        Dom.show(trailNote, trail.size() > 2);
        plot.canvas.element.setAttribute("data-demo-points", Integer.toString(demo.shown()));
    }

    /** What a screen reader hears for the picture. */
    void describe(String summary) {
        plot.canvas.element.setAttribute("aria-label", "The cost J along the selected weight: " + summary);
    }
}
