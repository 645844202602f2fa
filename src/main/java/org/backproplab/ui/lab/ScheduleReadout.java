package org.backproplab.ui.lab;

import org.backproplab.core.NumberFormat;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.ui.chart.SchedulePlot;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.TextSlot;
import org.teavm.jso.dom.html.HTMLElement;

/** The current α(t) in the toolbar (hidden for a constant α) and the {@link SchedulePlot} in the Training controls. */
final class ScheduleReadout {
    private final HTMLElement rateReadout;
    private final TextSlot currentRate;
    private final SchedulePlot schedulePlot;

    ScheduleReadout(HTMLElement root) {
        rateReadout = Dom.role(root, "rate-readout");
        currentRate = new TextSlot(Dom.role(root, "current-rate"));
        schedulePlot = new SchedulePlot(Dom.role(root, "schedule-plot"));
    }

    void frame(AppState state, LabSession lab) {
        boolean scheduled = state.schedule() != LearningRateScheduleKind.CONSTANT;
        if (rateReadout.isHidden() == scheduled) {
            rateReadout.setHidden(!scheduled);
        }
        if (scheduled) {
            currentRate.set(NumberFormat.format(lab.trainer().currentLearningRate(), 3));
        }
        schedulePlot.draw(state, lab.iteration());
    }

    /** The α(t) read-out as shown; "" while the schedule is constant. */
    String text() {
        return rateReadout.isHidden() ? "" : currentRate.text();
    }
}
