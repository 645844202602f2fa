package org.backproplab.state;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;

/**
 * Moving a lab's network in and out as files: the model JSON the command line reads ({@code gradients},
 * {@code train}, {@code explain}), the cost history as CSV, and importing a model JSON back into a lab
 * whose dataset it fits.
 */
public final class ModelTransfer {
    private ModelTransfer() {
    }

    /**
     * The model JSON of {@code network} trained under {@code state}: layers, activations, loss,
     * regularization, seed, init, weights and biases, every number written so it reads back exactly.
     */
    public static String modelJson(AppState state, Network network) {
        return ModelJson.write(ModelFile.of(network, state.seed(), state.init()), network);
    }

    /**
     * The cost history as CSV: a header {@code iteration,train_cost,test_cost}, then one row per recorded
     * point; a missing test cost (no test set) is an empty field.
     */
    public static String costHistoryCsv(CostSeries history) {
        StringBuilder text = new StringBuilder("iteration,train_cost,test_cost\n");
        for (int k = 0; k < history.size(); k++) {
            text.append(NumberText.format(history.iteration(k))).append(',')
                    .append(csvNumber(history.trainCost(k))).append(',')
                    .append(csvNumber(history.testCost(k))).append('\n');
        }
        return text.toString();
    }

    private static String csvNumber(double value) {
        return Double.isFinite(value) ? ModelJson.number(value) : "";
    }

    /** A model made to fit a lab: the lab's next settings and the parameters to load after them. */
    public record Imported(AppState state, double[] parameters, String summary) {
    }

    /**
     * The lab settings and parameters that make {@code current}'s lab hold the network of {@code file}. The
     * lab's data (dataset, seed, points) stays; the network's features, shape, hidden activations, cost,
     * regularization and initializer come from the file.
     *
     * @throws IllegalArgumentException saying why the model does not fit the lab: its inputs or outputs,
     *     hidden layers beyond 0–6 × 1–16, an output layer or cost
     *     the lab's dataset does not use, a λ above 10, or a weight or bias beyond ±1e6
     */
    public static Imported fromModel(ModelFile file, AppState current) {
        Shape shape = file.shape();
        DatasetKind dataset = current.dataset();
        int[] sizes = shape.sizes();
        if (shape.inputSize() != dataset.inputSize() || shape.outputSize() != dataset.targetSize()) {
            throw new IllegalArgumentException("the model has " + count(shape.inputSize(), "input") + " and "
                    + count(shape.outputSize(), "output") + ", but the lab's dataset (" + dataset.id() + ") needs "
                    + count(dataset.inputSize(), "input") + " and " + count(dataset.targetSize(), "output")
                    + "; choose a dataset the model fits first");
        }
        int hiddenCount = sizes.length - 2;
        if (hiddenCount < AppState.MIN_HIDDEN_LAYERS || hiddenCount > AppState.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("the model has " + count(hiddenCount, "hidden layer") + ", but the lab "
                    + "shows networks of " + AppState.MIN_HIDDEN_LAYERS + " to " + AppState.MAX_HIDDEN_LAYERS);
        }
        int[] hidden = new int[hiddenCount];
        for (int l = 0; l < hiddenCount; l++) {
            hidden[l] = sizes[l + 1];
            if (hidden[l] > AppState.MAX_NEURONS) {
                throw new IllegalArgumentException("hidden layer " + (l + 1) + " of the model has " + hidden[l]
                        + " neurons, but the lab shows at most " + AppState.MAX_NEURONS + " per layer");
            }
        }
        Activation[] activations = new Activation[Math.max(1, hiddenCount)];
        activations[0] = hiddenCount == 0 ? current.activation() : shape.activation(1);
        for (int l = 1; l < hiddenCount; l++) {
            activations[l] = shape.activation(l + 1);
        }
        Network network = file.network();
        Loss loss = network.loss();
        Activation expectedOutput = AppState.outputActivationFor(dataset, loss);
        if (shape.outputActivation() != expectedOutput) {
            throw new IllegalArgumentException("the model's output layer uses " + shape.outputActivation().id()
                    + ", but the lab's dataset (" + dataset.id() + ") needs " + expectedOutput.id());
        }
        boolean lossAllowed = false;
        StringBuilder allowed = new StringBuilder();
        for (Loss candidate : AppState.lossesFor(dataset)) {
            lossAllowed |= candidate == loss;
            allowed.append(allowed.length() == 0 ? "" : " or ").append(candidate.id());
        }
        if (!lossAllowed) {
            throw new IllegalArgumentException("the model's cost is " + loss.id() + ", but the lab's dataset ("
                    + dataset.id() + ") uses " + allowed);
        }
        Regularization regularization = network.regularization();
        if (regularization.lambda() > AppState.MAX_LAMBDA) {
            throw new IllegalArgumentException("the model's regularization λ is " + NumberText.format(regularization.lambda())
                    + ", but the lab allows 0 to " + NumberText.format(AppState.MAX_LAMBDA));
        }
        String weights = LabSession.parametersProblem(network.parameters(), network.parameters().length);
        if (!weights.isEmpty()) {
            throw new IllegalArgumentException("the model's " + weights);
        }
        AppState next = current.withFeatures(shape.features()).withHiddenLayers(hidden).withActivations(activations)
                .withLoss(loss)
                .withRegularization(regularization.type()).withLambda(regularization.lambda()).withInit(file.init());
        StringBuilder layers = new StringBuilder();
        for (int l = 0; l < sizes.length; l++) {
            layers.append(l == 0 ? "" : "-").append(sizes[l]);
        }
        StringBuilder hiddenNames = new StringBuilder();
        for (int l = 0; l < hiddenCount; l++) {
            hiddenNames.append(l == 0 ? "" : ", ").append(shape.activation(l + 1).id());
        }
        String summary = "a " + layers + " network (" + (shape.features().isIdentity() ? ""
                : "inputs " + shape.features().ids().replace(",", ", ") + "; ")
                + (hiddenCount == 0 ? "no hidden layer" : uniform(activations) ? activations[0].id() : hiddenNames)
                + ", " + loss.id() + ", "
                + (file.parametersGiven() ? "its trained weights" : "weights drawn from its seed " + file.seed()) + ")";
        return new Imported(next, network.parameters().clone(), summary);
    }

    private static boolean uniform(Activation[] activations) {
        for (Activation activation : activations) {
            if (activation != activations[0]) {
                return false;
            }
        }
        return true;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
