package org.backproplab.state;

/**
 * The steps a student asked for with Step or → that are not taken yet. A full batch of many points on a large
 * network is more backpropagation than one frame may run, so such a step, and the measurement of its cost, go on
 * over the next frames within each frame's budget, exactly as when playing. At most {@value #MAX_OWED} presses
 * wait: holding → does not queue a long run that goes on after it is let go.
 */
public final class StepQueue {
    /** The most steps that wait to be taken. */
    public static final int MAX_OWED = 3;

    /** What one {@link #advance} call ended with. */
    public enum Outcome {
        /** Steps or their cost measurement are still under way (or nothing was asked). */
        WORKING,
        /** The steps asked for are taken and their cost measured: say so. */
        STEPPED,
        /** Training diverged; the steps still owed are dropped. */
        DIVERGED
    }

    private final LabSession lab;
    private int owed;
    private boolean taken;

    public StepQueue(LabSession lab) {
        this.lab = lab;
    }

    /** One more step asked for (up to {@link #MAX_OWED} waiting). */
    public void ask() {
        owed = Math.min(MAX_OWED, owed + 1);
    }

    /** Forgets the steps still owed (Play, Reset, a new setting: they were asked of other weights or settings). */
    public void clear() {
        owed = 0;
        taken = false;
    }

    /** Steps asked for and not taken yet. */
    public int owed() {
        return owed;
    }

    /** Whether a frame has work here: steps owed, or the cost measurement of a step under way. */
    public boolean hasWork() {
        return owed > 0 || lab.isMeasurementUnderWay();
    }

    /** Takes owed steps and measures their cost within {@code budget} (at least one slice of work). */
    public Outcome advance(LabSession.StepBudget budget) {
        while (owed > 0 && !lab.isDiverged()) {
            if (lab.train(1, budget) == 1) {
                owed--;
                taken = true;
            }
            if (budget.spent()) {
                break;
            }
        }
        if (lab.isDiverged()) {
            clear();
            return Outcome.DIVERGED;
        }
        if (lab.finishMeasurement(budget) && taken && owed == 0) {
            taken = false;
            return Outcome.STEPPED;
        }
        return Outcome.WORKING;
    }
}
