package org.backproplab.ui.ratelab;

import org.backproplab.state.rate.RaceFill;
import org.teavm.jso.browser.Performance;

/** Measuring a {@link RaceFill} in bands: one unit of work at a time until the frame's turn is over. */
final class FillBands {
    private FillBands() {
    }

    /** At least one unit of {@code fill}'s work, more until {@code deadline} (Performance.now() time); false once it is done. */
    static boolean advance(RaceFill fill, double deadline) {
        while (fill.advance(1) && Performance.now() < deadline) {
            // a slice of a Hessian-vector product or of a training step at a time
        }
        return !fill.isDone();
    }
}
