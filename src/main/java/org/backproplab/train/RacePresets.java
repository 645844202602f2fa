package org.backproplab.train;

/**
 * Four learning rates for a {@link Race}: one too small, one good, one too large and one that diverges.
 * Immutable.
 *
 * <p>{@link #fixed()} is the same for every problem (0.001, 0.03, 1, 10: decades apart around the lab's
 * default 0.03); it fits the lab's small networks roughly but is not checked against the problem.
 * {@link #fromFinder} reads the four off a finished {@link LearningRateFinder} sweep, so each lane is a rate
 * whose behaviour was measured on this very problem over the sweep's steps:
 * <ul>
 *   <li>good: the finder's best rate (lowest cost after the sweep's steps);</li>
 *   <li>too small: the largest swept rate below good that made less than a tenth of good's progress
 *       (J₀ − J &lt; ⅒·(J₀ − J_good)); if none did, the smallest swept rate; good/10 if good is the smallest;</li>
 *   <li>diverging: the smallest swept rate that diverged; {@value TrainingConfig#MAX_LEARNING_RATE} if none
 *       did (then this lane may not diverge);</li>
 *   <li>too large: the largest swept rate between good and diverging that did not diverge and still ended
 *       below J₀ (it learns, but worse than good, typically bouncing); if none, the largest such rate that did
 *       not diverge (J grew: it is on its way to diverging); if there is none either, √(good·diverging).</li>
 * </ul>
 * Rates between grid points, and any rate over more steps than the sweep took, are not guaranteed to behave
 * as their label says, but on the lab's problems the labels hold for races a few times longer than the sweep.
 *
 * @param tooSmall α of the "too small" lane
 * @param good α of the "good" lane
 * @param tooLarge α of the "too large" lane
 * @param diverging α of the "diverging" lane
 */
public record RacePresets(double tooSmall, double good, double tooLarge, double diverging) {
    public RacePresets {
        TrainingConfig.checkLearningRate(tooSmall);
        TrainingConfig.checkLearningRate(good);
        TrainingConfig.checkLearningRate(tooLarge);
        TrainingConfig.checkLearningRate(diverging);
    }

    /** 0.001, 0.03, 1 and 10, whatever the problem. */
    public static RacePresets fixed() {
        return new RacePresets(0.001, 0.03, 1, 10);
    }

    /** The name of lane 0 to 3 in the order of {@link #rates()}: "too small", "good", "too large", "diverging". */
    public static String label(int lane) {
        switch (lane) {
            case 0: return "too small";
            case 1: return "good";
            case 2: return "too large";
            case 3: return "diverging";
            default: throw new IndexOutOfBoundsException("lane " + lane + " does not exist; the presets have lanes 0 to 3");
        }
    }

    /** A new array {tooSmall, good, tooLarge, diverging}, ready for {@link Race}. */
    public double[] rates() {
        return new double[] {tooSmall, good, tooLarge, diverging};
    }

    /**
     * The presets read off {@code finder} as the class comment describes. The finder need not be done: what
     * it has measured so far is used.
     *
     * @throws IllegalStateException if the finder has not yet measured a rate that did not diverge
     */
    public static RacePresets fromFinder(LearningRateFinder finder) {
        int best = finder.bestIndex();
        if (best < 0) {
            throw new IllegalStateException("the learning-rate finder has not yet measured a rate that does not diverge");
        }
        double start = finder.startingCost();
        double bestProgress = start - finder.finalCost(best);
        double good = finder.rate(best);

        double tooSmall;
        if (best == 0) {
            tooSmall = good / 10;
        } else {
            tooSmall = finder.rate(0);
            for (int i = best - 1; i >= 0; i--) {
                if (!finder.isDiverged(i) && start - finder.finalCost(i) < 0.1 * bestProgress) {
                    tooSmall = finder.rate(i);
                    break;
                }
            }
        }

        int firstDiverged = finder.smallestDivergedIndex();
        double diverging = firstDiverged >= 0 ? finder.rate(firstDiverged) : TrainingConfig.MAX_LEARNING_RATE;
        int end = firstDiverged >= 0 ? firstDiverged : finder.measuredCount();
        int learning = -1;
        int notDiverged = -1;
        for (int i = best + 1; i < end; i++) {
            if (!finder.isDiverged(i)) {
                notDiverged = i;
                if (finder.finalCost(i) < start) {
                    learning = i;
                }
            }
        }
        double tooLarge = learning >= 0 ? finder.rate(learning)
                : notDiverged >= 0 ? finder.rate(notDiverged)
                : Math.sqrt(good * diverging);
        return new RacePresets(tooSmall, good, tooLarge, diverging);
    }
}
