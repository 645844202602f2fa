package org.backproplab.state;

import java.util.Arrays;
import org.backproplab.data.Dataset;

/**
 * Everything a view or a script can read from a {@link LabSession}, copied bit for bit: the settings
 * text, the weights and biases, the train and test points, the cost curve, the counters, the costs, the
 * divergence message and the revision. Two fingerprints are equal exactly when nothing visible changed.
 */
record LabFingerprint(String state, long[] parameters, long[] trainInputs, long[] trainTargets,
        long[] testInputs, long[] testTargets, long[] history, long iteration, int epoch, long trainCost,
        long testCost, String divergence, int revision, boolean customData) {

    static LabFingerprint of(LabSession lab) {
        CostSeries series = lab.history();
        double[] curve = new double[series.size() * 3];
        for (int k = 0; k < series.size(); k++) {
            curve[3 * k] = series.iteration(k);
            curve[3 * k + 1] = series.trainCost(k);
            curve[3 * k + 2] = series.testCost(k);
        }
        return new LabFingerprint(StateCodec.encode(lab.state()), bits(lab.network().parameters()),
                inputs(lab.trainData()), targets(lab.trainData()), inputs(lab.testData()), targets(lab.testData()),
                bits(curve), lab.iteration(), lab.epoch(), Double.doubleToRawLongBits(lab.trainCost()),
                Double.doubleToRawLongBits(lab.testCost()), lab.divergence(), lab.revision(), lab.hasCustomData());
    }

    private static long[] inputs(Dataset data) {
        return bits(Arrays.copyOf(data.inputsView(), data.count() * data.inputSize()));
    }

    private static long[] targets(Dataset data) {
        return bits(Arrays.copyOf(data.targetsView(), data.count() * data.targetSize()));
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            bits[k] = Double.doubleToRawLongBits(values[k]);
        }
        return bits;
    }

    /** Names the first part that differs, or "" when none does. */
    String differenceFrom(LabFingerprint other) {
        StringBuilder out = new StringBuilder();
        if (!state.equals(other.state)) out.append(" state");
        if (!Arrays.equals(parameters, other.parameters)) out.append(" parameters");
        if (!Arrays.equals(trainInputs, other.trainInputs) || !Arrays.equals(trainTargets, other.trainTargets)) {
            out.append(" train-data");
        }
        if (!Arrays.equals(testInputs, other.testInputs) || !Arrays.equals(testTargets, other.testTargets)) {
            out.append(" test-data");
        }
        if (!Arrays.equals(history, other.history)) out.append(" history");
        if (iteration != other.iteration || epoch != other.epoch) out.append(" counters");
        if (trainCost != other.trainCost || testCost != other.testCost) out.append(" costs");
        if (!divergence.equals(other.divergence)) out.append(" divergence");
        if (revision != other.revision) out.append(" revision");
        if (customData != other.customData) out.append(" custom-data");
        return out.toString().trim();
    }
}
