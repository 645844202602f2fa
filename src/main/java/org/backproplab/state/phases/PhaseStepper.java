package org.backproplab.state.phases;

import org.backproplab.state.LabSession;
import java.util.Arrays;
import org.backproplab.core.Backprop;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingSlice;

/**
 * Walks training iterations of a {@link LabSession}'s trainer one phase at a time, forward and back:
 * {@link Phase#FORWARD} → {@link Phase#COST} → {@link Phase#BACKPROPAGATION} → {@link Phase#GRADIENT_DESCENT}
 * → the next iteration's FORWARD. {@link #view(int)} gives what the current phase shows.
 *
 * <p>What moves when: {@link #next()} from idle (or from gradient descent) calls the trainer's
 * {@code computeGradient()} at once — the batch is taken and the gradient computed, but no weight changes,
 * and phases 1 to 3 only reveal what it found. For a batch too large for one frame the page calls
 * {@link #prepare} over several frames first, which does the same work in slices, so that next() is instant. Entering gradient descent calls {@code applyGradient()}: the
 * only phase that changes weights. {@link #back()} goes back within the iteration; from gradient descent it
 * puts back a copy of the parameters taken just before the update, bit for bit, and stepping forward again
 * puts back the updated copy (the optimizer is not run twice, so momentum or Adam state stays right).
 * Going back before the forward pass of the current iteration is not possible (the batch is already taken).
 *
 * <p>Stepping four phases is exactly one {@code Trainer.step()}. Leaving the stepper — {@link #finish()},
 * to be called before the normal play mode trains again — <b>completes</b> the iteration: if the update is
 * not (or no longer) in place it is put in, so the lab is left as after a whole number of steps. If the lab
 * replaces its trainer meanwhile (new network, reset, new data), the stepper notices and goes idle without
 * touching the new one.
 *
 * <p>Not for the animation loop's hot path: entering a phase may allocate; {@link #view(int)} caches the
 * last view, so asking again for the same selection in the same phase allocates nothing.
 */
public final class PhaseStepper {
    private final LabSession lab;
    private Trainer trainer;
    private Phase phase;
    private long iteration;
    private long trainerIterationAtStart;
    private int revision;

    // the iteration in progress
    private Shape shape;
    private Network network;
    private Backprop backprop;
    private double[] zOut;
    private double[] aOut;
    private int[] rows;
    private double batchCost;
    private double[] batchGradient;
    private double[] oldParameters;
    private double[] newParameters;
    private double newBatchCost;
    private boolean updateInPlace;
    private PhaseView cached;
    private ExampleValues cachedValues;
    /** The batch mean of the iteration (kept apart from {@link #cachedValues}: it is the costly one to redo). */
    private ExampleValues mean;

    // the next iteration, computed ahead in slices by prepare(): its batch's gradient, then the batch mean
    private Trainer preparedTrainer;
    private int preparedRevision;
    private long preparedTrainerIteration;
    private boolean preparing;
    private boolean gradientReady;
    private int meanNext;

    public PhaseStepper(LabSession lab) {
        if (lab == null) {
            throw new IllegalArgumentException("a phase stepper needs a lab");
        }
        this.lab = lab;
    }

    /** Whether an iteration is being stepped (false before the first {@link #next()} and after {@link #finish()}). */
    public boolean isActive() {
        checkStillCurrent();
        return phase != null;
    }

    /** The current phase, or null when idle. */
    public Phase phase() {
        checkStillCurrent();
        return phase;
    }

    /** The iteration being stepped, counting from 1 since the weights were initialised; 0 when idle. */
    public long iteration() {
        checkStillCurrent();
        return phase == null ? 0 : iteration;
    }

    /** Changes whenever the phase, the iteration or the weights shown change, so views can skip redrawing. */
    public int revision() {
        return revision;
    }

    /** Whether {@link #next()} may be called: not while the lab's training has diverged. */
    public boolean canGoForward() {
        return !lab.isDiverged();
    }

    /** Whether {@link #back()} may be called: within an iteration, after its forward pass. */
    public boolean canGoBack() {
        checkStillCurrent();
        return phase != null && phase != Phase.FORWARD;
    }

    /**
     * One phase on: from idle or from gradient descent to the forward pass of the next iteration (computing
     * its gradient, changing no weight), otherwise to the next phase; entering gradient descent updates the
     * weights.
     *
     * @throws IllegalStateException if the lab's training has diverged (see {@link #canGoForward()})
     */
    public void next() {
        checkStillCurrent();
        if (!canGoForward()) {
            throw new IllegalStateException("training has diverged, so there is no next step: " + lab.divergence());
        }
        if (phase == null || phase == Phase.GRADIENT_DESCENT) {
            if (phase == Phase.GRADIENT_DESCENT) {
                putUpdateInPlace();
                phase = null;
            }
            startIteration();
        } else if (phase == Phase.BACKPROPAGATION) {
            if (newParameters == null) {
                applyUpdate();
            } else {
                putUpdateInPlace();
            }
            phase = Phase.GRADIENT_DESCENT;
        } else {
            phase = phase.next();
        }
        changed();
    }

    /**
     * One phase back within the iteration. Back from gradient descent restores every parameter to its value
     * before the update, bit for bit.
     *
     * @throws IllegalStateException when idle or at the forward pass (see {@link #canGoBack()})
     */
    public void back() {
        if (!canGoBack()) {
            throw new IllegalStateException(phase == null ? "no iteration is being stepped, so there is no phase to go back to"
                    : "the forward pass is the first phase of the iteration: its batch is taken, so there is no going back");
        }
        if (phase == Phase.GRADIENT_DESCENT) {
            System.arraycopy(oldParameters, 0, network.parameters(), 0, oldParameters.length);
            updateInPlace = false;
        }
        phase = phase.previous();
        changed();
    }

    /**
     * Leaves the stepper, completing the iteration in progress: the update is applied (or put back, after a
     * {@link #back()} from gradient descent), so the lab stands after a whole number of steps and the normal
     * play mode can go on. Does nothing when idle.
     */
    public void finish() {
        checkStillCurrent();
        if (phase == null) {
            return;
        }
        if (newParameters == null) {
            applyUpdate();
        } else {
            putUpdateInPlace();
        }
        phase = null;
        clearIteration();
        changed();
    }

    /** Examples in the batch of the iteration being stepped; 0 when idle. */
    public int batchCount() {
        checkStillCurrent();
        return phase == null ? 0 : rows.length;
    }

    /** The index into the lab's training data of example {@code k} of the batch. */
    public int batchExample(int k) {
        checkStillCurrent();
        requireActive();
        return rows[k];
    }

    /**
     * What the current phase shows for example {@code example} of the batch (0 ≤ example &lt;
     * {@link #batchCount()}) or for {@link PhaseView#BATCH_MEAN}. The same arguments in the same phase
     * return the same object.
     *
     * @throws IllegalStateException when idle
     * @throws IndexOutOfBoundsException for an example outside the batch
     */
    public PhaseView view(int example) {
        checkStillCurrent();
        requireActive();
        if (example != PhaseView.BATCH_MEAN && (example < 0 || example >= rows.length)) {
            throw new IndexOutOfBoundsException("the batch has " + rows.length + " examples (0 to "
                    + (rows.length - 1) + ", or -1 for the batch mean), so there is no example " + example);
        }
        // α of this iteration: the schedule's rate at the trainer's step count when the batch was taken.
        double stepRate = trainer.config().learningRateAt(trainerIterationAtStart);
        if (cached != null && cached.example() == example && cached.phase() == phase
                && cached.learningRate() == stepRate) {
            return cached;
        }
        ExampleValues values = example == PhaseView.BATCH_MEAN ? mean
                : cachedValues != null && cachedValues.example == example ? cachedValues : exampleValues(example);
        cachedValues = values;
        boolean updated = phase == Phase.GRADIENT_DESCENT;
        cached = new PhaseView(phase, iteration, example, example == PhaseView.BATCH_MEAN ? -1 : rows[example],
                rows.length, shape, stepRate, values.z, values.a, values.delta,
                values.targets, values.cost, values.gradient, batchCost, batchGradient, oldParameters,
                updated ? newParameters : null, updated ? newBatchCost : Double.NaN);
        return cached;
    }

    // ---- the iteration ----

    /**
     * Does ahead, within {@code budget}, the work {@link #next()} from idle would do at once: the next batch's
     * gradient (a slice of {@link TrainingSlice#examples} examples at a time) and its batch mean (a slice of
     * {@link #meanExamples} at a time), changing no weight and no phase. Returns true when {@code next()} is then
     * instant; false when more calls are needed (the budget is asked after every slice, and each call does at
     * least one). A lab that moves on meanwhile (a step, an edited weight, new settings) makes it start again;
     * true at once when an iteration is being stepped (next() then only moves between its phases).
     */
    public boolean prepare(LabSession.StepBudget budget) {
        checkStillCurrent();
        if (phase != null || !canGoForward()) {
            return true;
        }
        if (!preparationCurrent()) {
            beginPreparation();
        }
        int slice = TrainingSlice.examples(lab.network().shape());
        while (!gradientReady) {
            if (preparedTrainer.computeGradientPart(slice)) {
                takeBatch();
            } else if (budget.spent()) {
                return false;
            }
        }
        int meanSlice = meanExamples(shape);
        double weight = 1.0 / rows.length;
        double[] scratch = new double[shape.parameterCount()];
        while (meanNext < rows.length) {
            int to = Math.min(rows.length, meanNext + meanSlice);
            for (; meanNext < to; meanNext++) {
                addExample(rows[meanNext], weight, mean, scratch);
            }
            if (meanNext < rows.length && budget.spent()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@link #prepare} is part way (so the page keeps calling it); false once done or abandoned. */
    public boolean isPreparing() {
        return preparing && preparationCurrent() && !(gradientReady && meanNext == rows.length);
    }

    /**
     * Examples per slice of the batch mean: each is a forward pass and backpropagation (about three multiply-adds
     * per parameter) plus clearing and adding its own gradient (two more), so 3/5 of a training slice.
     */
    static int meanExamples(Shape shape) {
        return Math.max(1, TrainingSlice.examples(shape) * 3 / 5);
    }

    /** Whether what {@link #prepare} has done still belongs to the lab's current trainer, weights and settings. */
    private boolean preparationCurrent() {
        Trainer current = lab.trainer();
        return preparing && preparedTrainer == current && lab.network() == network
                && lab.revision() == preparedRevision && current.iteration() == preparedTrainerIteration
                && (!gradientReady || current.hasPendingGradient());
    }

    private void beginPreparation() {
        clearIteration();
        preparing = true;
        gradientReady = false;
        meanNext = 0;
        preparedTrainer = lab.trainer();
        network = lab.network();
        preparedRevision = lab.revision();
        preparedTrainerIteration = preparedTrainer.iteration();
        if (shape == null || !shape.equals(network.shape())) {
            shape = network.shape();
            backprop = new Backprop(shape);
            zOut = new double[shape.outputSize()];
            aOut = new double[shape.outputSize()];
        }
    }

    /** The batch's gradient is complete: keep what the phases show of it, and begin its mean. */
    private void takeBatch() {
        Trainer batchTrainer = preparedTrainer;
        oldParameters = network.parameters().clone();
        batchCost = batchTrainer.lastBatchCost();
        batchGradient = batchTrainer.gradientView().clone();
        rows = new int[batchTrainer.lastBatchCount()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = batchTrainer.lastBatchExample(k);
        }
        mean = new ExampleValues(PhaseView.BATCH_MEAN, shape);
        meanNext = 0;
        gradientReady = true;
    }

    private void startIteration() {
        prepare(NO_LIMIT);
        preparing = false;
        trainer = preparedTrainer;
        iteration = lab.iteration() + 1;
        trainerIterationAtStart = trainer.iteration();
        newParameters = null;
        newBatchCost = Double.NaN;
        updateInPlace = false;
        phase = Phase.FORWARD;
        cached = null;
        cachedValues = null;
    }

    private static final LabSession.StepBudget NO_LIMIT = () -> false;

    private void applyUpdate() {
        trainer.applyGradient();
        newParameters = network.parameters().clone();
        Dataset data = trainer.data();
        newBatchCost = backprop.cost(network, data.inputsView(), data.targetsView(), rows, 0, rows.length);
        updateInPlace = true;
    }

    private void putUpdateInPlace() {
        if (!updateInPlace) {
            System.arraycopy(newParameters, 0, network.parameters(), 0, newParameters.length);
            updateInPlace = true;
        }
    }

    private void clearIteration() {
        preparing = false;
        mean = null;
        rows = null;
        batchGradient = null;
        oldParameters = null;
        newParameters = null;
        cached = null;
        cachedValues = null;
    }

    private void changed() {
        revision++;
        cached = null;
    }

    private void requireActive() {
        if (phase == null) {
            throw new IllegalStateException("no iteration is being stepped: call next() to start one");
        }
    }

    /**
     * Goes idle when the lab has moved on without the stepper: a new trainer (new network, reset, new data)
     * or steps taken by the play mode. The lab's weights are then its own and are not touched.
     */
    private void checkStillCurrent() {
        if (phase == null) {
            return;
        }
        long expected = newParameters == null ? trainerIterationAtStart : trainerIterationAtStart + 1;
        if (lab.trainer() != trainer || lab.network() != network || trainer.iteration() != expected
                || (newParameters == null && !trainer.hasPendingGradient())) {
            phase = null;
            clearIteration();
            revision++;
        }
    }

    // ---- per-example values ----

    /** z, a, δ, targets, cost and gradient of one example, or their batch means; never written after creation. */
    private static final class ExampleValues {
        final int example;
        final double[][] z;
        final double[][] a;
        final double[][] delta;
        final double[] targets;
        final double[] gradient;
        double cost;

        ExampleValues(int example, Shape shape) {
            this.example = example;
            int layers = shape.layerCount();
            z = new double[layers][];
            a = new double[layers][];
            delta = new double[layers][];
            for (int l = 0; l < layers; l++) {
                z[l] = new double[shape.size(l)];
                a[l] = new double[shape.size(l)];
                delta[l] = new double[shape.size(l)];
            }
            targets = new double[shape.outputSize()];
            gradient = new double[shape.parameterCount()];
        }
    }

    private ExampleValues exampleValues(int example) {
        ExampleValues values = new ExampleValues(example, shape);
        addExample(rows[example], 1.0, values, new double[shape.parameterCount()]);
        return values;
    }

    /**
     * Adds {@code weight ×} the example's z, a, δ, target, cost and own gradient (scale 1, no regularization)
     * into {@code into}, computed at the parameters before the update.
     */
    private void addExample(int row, double weight, ExampleValues into, double[] scratch) {
        Dataset data = preparedTrainer.data();
        Loss loss = network.loss();
        int last = shape.layerCount() - 1;
        int outputs = shape.outputSize();
        backprop.forward(oldParameters, data.inputsView(), row * shape.inputSize());
        for (int k = 0; k < outputs; k++) {
            zOut[k] = backprop.preActivation(last, k);
            aOut[k] = backprop.activation(last, k);
        }
        double cost = loss.exampleCost(zOut, aOut, data.targetsView(), row * outputs, outputs);
        Arrays.fill(scratch, 0.0);
        backprop.backward(loss, oldParameters, data.targetsView(), row * outputs, 1.0, scratch);
        for (int l = 0; l <= last; l++) {
            for (int j = 0; j < shape.size(l); j++) {
                into.z[l][j] += weight * backprop.preActivation(l, j);
                into.a[l][j] += weight * backprop.activation(l, j);
                if (l > 0) {
                    into.delta[l][j] += weight * backprop.delta(l, j);
                }
            }
        }
        for (int k = 0; k < outputs; k++) {
            into.targets[k] += weight * data.target(row, k);
        }
        for (int p = 0; p < scratch.length; p++) {
            into.gradient[p] += weight * scratch[p];
        }
        into.cost += weight * cost;
    }
}
