package org.backproplab.ui.ratelab;

import org.backproplab.state.rate.RaceFill;
import org.teavm.jso.browser.Performance;

/** Measuring a {@link RaceFill} in bands: one unit of work at a time until a frame's budget is spent. */
final class FillBands {
    private FillBands() {
    }

    /** At least one unit of {@code fill}'s work, more while under {@code budgetMs}; false once it is done. */
    static boolean advance(RaceFill fill, double budgetMs) {
        double started = Performance.now();
        while (fill.advance(1) && Performance.now() - started < budgetMs) {
            // a slice of a Hessian-vector product or of a training step at a time
        }
        return !fill.isDone();
    }
}
