package org.backproplab.train;

/**
 * Four learning rates for a {@link Race}: one too small, one good, one too large and one that diverges.
 * Immutable.
 *
 * <p>{@link #fixed()} is the same for every problem (0.001, 0.03, 1, 10: decades apart around the lab's
 * default 0.03); it fits the lab's small networks roughly but is not checked against the problem. Rates measured
 * on the problem, and labelled by what their race did, come from state.rate.RaceFill (the race's fill-in and the
 * finder's suggestions).
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
}
