package org.backproplab.state.phases;

import org.backproplab.state.LabSession;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.model.Explanation;
import org.backproplab.train.Trainer;

/**
 * The batch and weights the lab's "worked example" and "gradient check" work on, picked the same way for
 * both: while a {@link PhaseStepper} steps an iteration, that iteration's batch at the weights its forward
 * pass used (before the update, even in phase 4); otherwise the trainer's last batch at the current weights,
 * or before the first step the first examples a batch would hold.
 */
public final class WorkedExample {
    private final Network network;
    private final Dataset batch;
    private final int example;
    private final double learningRate;
    private final String batchName;

    private WorkedExample(Network network, Dataset batch, int example, double learningRate, String batchName) {
        this.network = network;
        this.batch = batch;
        this.example = example;
        this.learningRate = learningRate;
        this.batchName = batchName;
    }

    /**
     * The batch and weights of the lab now. {@code example} is an index into the batch or
     * {@link PhaseView#BATCH_MEAN} for all of it; one outside the batch means all of it.
     */
    public static WorkedExample of(LabSession lab, PhaseStepper stepper, int example) {
        Trainer trainer = lab.trainer();
        Dataset data = lab.trainData();
        Network network = lab.network().copy();
        int[] rows;
        String name;
        double rate;
        if (stepper != null && stepper.isActive()) {
            PhaseView view = stepper.view(PhaseView.BATCH_MEAN);
            rows = new int[stepper.batchCount()];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = stepper.batchExample(k);
            }
            double[] before = new double[network.shape().parameterCount()];
            for (int p = 0; p < before.length; p++) {
                before[p] = view.parameter(p);
            }
            network.setParameters(before);
            rate = view.learningRate();
            name = "the batch of iteration " + view.iteration();
        } else if (trainer.lastBatchCount() > 0) {
            rows = new int[trainer.lastBatchCount()];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = trainer.lastBatchExample(k);
            }
            rate = trainer.currentLearningRate();
            name = "the batch of the last step (iteration " + lab.iteration() + ")";
        } else {
            int size = lab.state().batchSize();
            rows = new int[size == 0 ? data.count() : Math.min(size, data.count())];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = k;
            }
            rate = trainer.currentLearningRate();
            name = "the first " + rows.length + " training examples";
        }
        int chosen = example >= 0 && example < rows.length ? example : PhaseView.BATCH_MEAN;
        return new WorkedExample(network, data.subset(rows), chosen, rate, name);
    }

    /** A copy of the network at the weights worked on (the lab's own is never touched). */
    public Network network() {
        return network;
    }

    /** The examples worked on. */
    public Dataset batch() {
        return batch;
    }

    /** The example of the batch worked out alone, or {@link PhaseView#BATCH_MEAN} for the whole batch. */
    public int example() {
        return example;
    }

    /** α of the step. */
    public double learningRate() {
        return learningRate;
    }

    /** Which batch this is, in words. */
    public String batchName() {
        return batchName;
    }

    /**
     * The worked example as Markdown ({@link Explanation#markdown}): forward pass, cost, backward pass, update
     * and the cost after it. {@code labName} names the lab, e.g. "circle".
     */
    public String markdown(String labName) {
        StringBuilder sizes = new StringBuilder();
        for (int l = 0; l < network.shape().layerCount(); l++) {
            sizes.append(l == 0 ? "" : "-").append(network.shape().size(l));
        }
        String model = sizes + " " + network.shape().activation(1).id() + " network of the " + labName + " lab";
        return Explanation.markdown(network, batch, example, learningRate, model, batchName);
    }

    /** Runs the gradient check on this batch at these weights. */
    public GradientReport gradientCheck() {
        return GradientReport.check(network, batch);
    }
}
