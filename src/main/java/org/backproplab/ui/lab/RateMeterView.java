package org.backproplab.ui.lab;

import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.rate.RateMeter;
import org.backproplab.train.SharpnessMeter;
import org.backproplab.train.StableRate;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.TextSlot;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The stability meter under the α slider: the zones of {@link RateMeter} shaded, the limit marked, its sentence
 * below. The limit is measured by the lab's {@link SharpnessMeter} in slices of a Hessian-vector product (a few
 * dozen examples each, well under a millisecond): each frame earns {@value #BUDGET_MS} ms of credit and slices are
 * made while there is credit, so on a large network one product takes a few frames and no frame pays for a whole
 * one. The first frame measures nothing (the page shows sooner). While the weights change the estimate is
 * restarted at most every {@value #REFRESH_MS} ms; the last limit stays shown until the new one has converged.
 */
final class RateMeterView {
    /** Milliseconds of products earned per frame (the meter's average cost per frame). */
    static final double BUDGET_MS = 1;
    /** The shortest time between two fresh estimates while training moves the weights. */
    static final double REFRESH_MS = 300;
    /** An estimate stops after this many products since its restart, converged or not. */
    static final int MAX_PRODUCTS = 200;

    private final HTMLElement[] zones = new HTMLElement[4];
    private final HTMLElement mark;
    private final TextSlot text;
    private SharpnessMeter meter;
    private double limit = Double.NaN;
    private long measuredIteration = -1;
    private int measuredRevision = -1;
    private double lastRestart = Double.NEGATIVE_INFINITY;
    private double credit;
    private String shown = "";
    private double totalMs;
    private double maxMs;
    private long frames;

    RateMeterView(HTMLElement root) {
        HTMLElement strip = Dom.role(root, "lr-meter");
        for (int k = 0; k < zones.length; k++) {
            zones[k] = Dom.role(strip, "lr-zone-" + k);
        }
        mark = Dom.role(strip, "lr-limit");
        text = new TextSlot(Dom.role(root, "lr-meter-text"));
    }

    /** Shows α on the meter; {@code measuring}: also spend this frame's share on the limit (not while the lab loads). */
    void frame(LabSession lab, AppState state, double now, boolean measuring) {
        double started = Performance.now();
        if (StableRate.hasLimit(state.optimizer()) && measuring) {
            measure(lab, state, now);
        }
        show(state.learningRate(), StableRate.hasLimit(state.optimizer()) ? limit : Double.NaN, state.optimizer());
        double spent = Performance.now() - started;
        totalMs += spent;
        maxMs = Math.max(maxMs, spent);
        frames++;
    }

    private void measure(LabSession lab, AppState state, double now) {
        SharpnessMeter current = lab.sharpnessMeter();
        if (current != meter) {
            meter = current;
            limit = Double.NaN;
            restart(lab, now);
        }
        if (meter.isConverged() || meter.products() >= MAX_PRODUCTS) {
            limit = StableRate.of(state.optimizer(), state.momentum(), meter.estimate());
            if ((lab.iteration() != measuredIteration || lab.revision() != measuredRevision)
                    && now - lastRestart >= REFRESH_MS) {
                restart(lab, now);
            }
            return;
        }
        credit = Math.min(credit + BUDGET_MS, 2 * BUDGET_MS);
        while (credit > 0 && !meter.isConverged() && meter.products() < MAX_PRODUCTS) {
            double started = Performance.now();
            meter.advanceSlice();
            credit -= Math.max(0.01, Performance.now() - started);
        }
    }

    private void restart(LabSession lab, double now) {
        meter.restart();
        measuredIteration = lab.iteration();
        measuredRevision = lab.revision();
        lastRestart = now;
    }

    private void show(double rate, double shownLimit, OptimizerKind optimizer) {
        String key = rate + "/" + shownLimit + "/" + optimizer;
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        RateMeter meter = RateMeter.of(rate, shownLimit, optimizer);
        double[] ends = meter.zoneEnds();
        double from = 0;
        for (int k = 0; k < zones.length; k++) {
            double to = ends.length == 0 ? 0 : k < ends.length ? ends[k] : 1;
            zones[k].getStyle().setProperty("left", percent(from));
            zones[k].getStyle().setProperty("width", percent(Math.max(0, to - from)));
            from = Math.max(from, to);
        }
        boolean marked = meter.marker() == meter.marker();
        mark.setHidden(!marked);
        if (marked) {
            mark.getStyle().setProperty("left", percent(meter.marker()));
        }
        text.set(meter.sentence());
    }

    private static String percent(double fraction) {
        // floor, not round: TeaVM's long conversion is slow (TeaVmLongConversionTest)
        return (Math.floor(fraction * 10000 + 0.5) / 100.0) + "%";
    }

    /** The meter's mean cost per frame so far, in ms. */
    double meanFrameMs() {
        return frames == 0 ? 0 : totalMs / frames;
    }

    /** The meter's largest cost in one frame so far, in ms. */
    double maxFrameMs() {
        return maxMs;
    }
}
