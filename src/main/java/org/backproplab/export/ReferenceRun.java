package org.backproplab.export;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;

/** The lab's own K steps from the exported start: the results an exported script must reproduce. */
final class ReferenceRun {
    /** J on all examples after the last step, regularization included. */
    final double finalCost;
    /** Every weight and bias after the last step, laid out by the shape. */
    final double[] parameters;

    private ReferenceRun(double finalCost, double[] parameters) {
        this.finalCost = finalCost;
        this.parameters = parameters;
    }

    /**
     * Trains a copy of {@code start} (left untouched) for {@code steps} steps with a fresh trainer: iteration
     * 0, fresh optimizer state, the shuffling seeded anew.
     *
     * @throws TrainingDivergedException when a batch cost, a parameter or the final cost is not finite
     */
    static ReferenceRun of(Network start, Dataset data, TrainingConfig config, int steps) {
        Network network = start.copy();
        Trainer trainer = new Trainer(network, data, config);
        for (int s = 1; s <= steps; s++) {
            double cost = trainer.step();
            if (!Double.isFinite(cost) || !allFinite(network.parameters())) {
                throw diverged("at step " + s + " of " + steps + (Double.isFinite(cost)
                        ? " (a weight is no longer a finite number)" : " (the batch cost J became " + word(cost) + ")"));
            }
        }
        double finalCost = trainer.trainingCost();
        if (!Double.isFinite(finalCost)) {
            throw diverged("after " + steps + " steps (J on all examples is " + word(finalCost) + ")");
        }
        return new ReferenceRun(finalCost, network.parameters().clone());
    }

    /** A value that is not a finite number, in words a page may show ("∞", not Java's "Infinity"). */
    static String word(double value) {
        return Double.isNaN(value) ? "not a number" : value > 0 ? "\u221e" : "\u2212\u221e";
    }

    private static TrainingDivergedException diverged(String when) {
        return new TrainingDivergedException("the lab's training diverged " + when
                + ", so a script would have no finite values to check; try a smaller learning rate or fewer steps");
    }

    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
