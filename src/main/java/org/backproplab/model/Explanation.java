package org.backproplab.model;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Notation;
import org.backproplab.core.NumberFormat;
import org.backproplab.core.PassRecord;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * One gradient-descent step worked by hand, as Markdown: the batch, the forward pass, the cost, the backward
 * pass, every ∂J/∂w as δ·a, the update and the cost after it. Every number comes from the core's
 * {@link Backprop}; the formulas beside them are written out here so that a reader can redo each with a
 * calculator.
 *
 * <p>Neurons, weights and biases are named in the one {@link Notation} of the lab (x₁, h₂⁽¹⁾, ŷ₁, y₁, z, δ,
 * w₁,₂⁽²⁾, b₁⁽²⁾). Numbers are rounded to {@value #SIGNIFICANT_DIGITS} significant digits for reading; every
 * one is computed at full precision, which the model and gradient JSON keep.
 *
 * <p>Two front ends share this text: the command line's {@code explain} ({@link #commandLine}, which speaks
 * of the data file and its options) and the browser ({@link #markdown}, which speaks of the lab's batch).
 * Pure Java for TeaVM: no String.format, no regular expressions; numbers print through {@link NumberFormat}.
 */
public final class Explanation {
    /** Examples beyond this many are counted in J and the gradients but not worked out one by one. */
    public static final int MAX_DETAILED_EXAMPLES = 10;
    /** Significant digits of every number printed: enough to redo a line by hand, few enough to read. */
    public static final int SIGNIFICANT_DIGITS = 4;
    private static final Notation N = Notation.UNICODE;

    private final Network network;
    private final Shape shape;
    private final Dataset data;
    private final int[] rows;
    private final boolean chosen;
    private final double learningRate;
    private final String modelName;
    private final String dataName;
    private final boolean commandLine;
    private final PassRecord[] passes;
    private final double[] exampleCosts;
    private final StringBuilder md = new StringBuilder();

    /**
     * The Markdown of one gradient-descent step of {@code network} on {@code batch}, for the browser: on
     * example {@code example} of the batch alone (0-based), or with −1 on all its examples as one batch.
     * The network is not changed (the step is worked on a copy). J and every gradient are computed by the
     * core, exactly as a trainer would on the same examples.
     *
     * @param modelName what to call the model in the header, e.g. "2-2-2 lab network"
     * @param dataName what to call the data, e.g. "the circle lab's training batch"
     * @throws IllegalArgumentException if the data does not fit the network, or the example is outside the batch
     */
    public static String markdown(Network network, Dataset batch, int example, double learningRate, String modelName,
            String dataName) {
        if (example < -1 || example >= batch.count()) {
            throw new IllegalArgumentException("the example must be -1 (all) or 0 to " + (batch.count() - 1)
                    + ", but is " + example);
        }
        return new Explanation(network, batch, example + 1, learningRate, modelName, dataName, false).markdown();
    }

    /**
     * The same Markdown as the command line's {@code explain} prints it, worded for its files and options.
     *
     * @param example 1-based example of the data file to explain, or 0 for all examples as one batch
     */
    public static String commandLine(Network network, Dataset data, int example, double learningRate, String modelName,
            String dataName) {
        if (example < 0 || example > data.count()) {
            throw new IllegalArgumentException("--example must be an integer from 1 to " + data.count() + ", but is "
                    + example);
        }
        return new Explanation(network, data, example, learningRate, modelName, dataName, true).markdown();
    }

    /**
     * @param example 1-based example to explain, or 0 for all examples as one batch
     */
    private Explanation(Network network, Dataset data, int example, double learningRate, String modelName,
            String dataName, boolean commandLine) {
        if (network.shape().inputSize() != data.inputSize() || network.shape().outputSize() != data.targetSize()) {
            throw new IllegalArgumentException("the network has " + network.shape().inputSize() + " inputs and "
                    + network.shape().outputSize() + " outputs, but the data has " + data.inputSize() + " input and "
                    + data.targetSize() + " target columns");
        }
        this.commandLine = commandLine;
        this.network = network;
        this.shape = network.shape();
        this.data = data;
        this.chosen = example > 0;
        if (chosen) {
            this.rows = new int[] {example - 1};
        } else {
            this.rows = new int[data.count()];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = r;
            }
        }
        this.learningRate = learningRate;
        this.modelName = modelName;
        this.dataName = dataName;
        int detailed = Math.min(rows.length, MAX_DETAILED_EXAMPLES);
        this.passes = new PassRecord[detailed];
        this.exampleCosts = new double[detailed];
        Backprop backprop = new Backprop(shape);
        double[] scratch = new double[shape.parameterCount()];
        int last = shape.layerCount() - 1;
        double[] z = new double[shape.outputSize()];
        double[] a = new double[shape.outputSize()];
        for (int n = 0; n < detailed; n++) {
            int row = rows[n];
            backprop.forward(network.parameters(), data.inputsView(), row * shape.inputSize());
            for (int k = 0; k < z.length; k++) {
                z[k] = backprop.preActivation(last, k);
                a[k] = backprop.activation(last, k);
            }
            exampleCosts[n] = network.loss().exampleCost(z, a, data.targetsView(), row * shape.outputSize(), z.length);
            // scale 1: this example's own δ, before the batch's 1/N
            backprop.backward(network.loss(), network.parameters(), data.targetsView(), row * shape.outputSize(), 1.0,
                    scratch);
            passes[n] = backprop.record(exampleCosts[n], scratch);
        }
    }

    private String markdown() {
        Backprop backprop = new Backprop(shape);
        Dataset batch = data.subset(rows);
        double[] gradient = new double[shape.parameterCount()];
        double cost = backprop.costAndGradient(network, batch.inputsView(), batch.targetsView(), null, 0,
                batch.count(), gradient);
        double[] before = network.parameters().clone();
        double[] after = new double[before.length];
        for (int p = 0; p < before.length; p++) {
            after[p] = before[p] - learningRate * gradient[p];
        }
        Network stepped = network.copy();
        System.arraycopy(after, 0, stepped.parameters(), 0, after.length);
        double costAfter = backprop.cost(stepped, batch.inputsView(), batch.targetsView(), null, 0, batch.count());

        header();
        batchSection();
        forwardSection();
        costSection(cost);
        backwardSection();
        gradientSection(gradient);
        updateSection(before, gradient, after);
        md.append("## 7. The cost after the step\n\n");
        md.append("The same forward pass and cost with the new weights and biases, on the same batch:\n\n");
        md.append("**J after the step = ").append(num(costAfter)).append("**\n\n");
        md.append("It was ").append(num(cost)).append(", so the step changed J by ").append(num(costAfter - cost))
                .append(costAfter < cost ? " (it went down).\n" : " (it did not go down: try a smaller learning rate).\n");
        return md.toString();
    }

    // ---- sections ----

    private void header() {
        md.append("# One step of gradient descent, worked by hand\n\n");
        md.append("- Model: `").append(modelName).append("`: layers ");
        for (int l = 0; l < shape.layerCount(); l++) {
            md.append(l == 0 ? "" : "-").append(shape.size(l));
        }
        md.append(" (").append(layerList()).append(")\n");
        md.append("- Activations: ");
        for (int l = 1; l < shape.layerCount(); l++) {
            md.append(l == 1 ? "" : ", ").append(shape.activation(l).id()).append(" on ").append(layerName(l));
        }
        md.append("\n- Loss: ").append(network.loss().id()).append(" (").append(lossFormula()).append(")\n");
        Regularization regularization = network.regularization();
        md.append("- Regularization: ");
        if (regularization.isActive()) {
            md.append(regularization.type().id()).append(", λ = ").append(num(regularization.lambda())).append(" (adds ")
                    .append(regularization.type() == Regularization.Type.L2 ? "(λ/2)·Σw²" : "λ·Σ|w|")
                    .append(" over the weights, not the biases)\n");
        } else {
            md.append("none\n");
        }
        md.append("- Data: `").append(dataName).append("`\n");
        md.append("- Learning rate: α = ").append(num(learningRate)).append("\n\n");
        md.append("Notation: ").append(neuron(0, 0)).append(shape.inputSize() > 1 ? ", … are the inputs; " : " is the input; ")
                .append(shape.outputSize() > 1 ? output(0) + ", … are the outputs and " + target(0) + ", … their targets. "
                        : output(0) + " is the output and " + target(0) + " its target. ")
                .append(shape.layerCount() > 2 ? N.key() + " " : "")
                .append("For each neuron, z = Σ w·a + b is its weighted input (a: what the neurons before it pass on) ")
                .append("and δ = ∂J/∂z says how the cost J changes with z; z, δ and b carry the neuron's numbers, ")
                .append("w the numbers of the two neurons it joins. Numbers are rounded to ").append(SIGNIFICANT_DIGITS)
                .append(" significant digits; each was computed at full precision, so redoing a line with the rounded ")
                .append("numbers can differ in the last digit.").append(commandLine
                        ? " The exact values are in the JSON of `gradients` and `train --optimizer sgd --steps 1`.\n\n"
                        : " The exact values are in the lab's JSON export.\n\n");
    }

    private void batchSection() {
        md.append("## 1. The batch\n\n");
        if (chosen && commandLine) {
            md.append("The batch is example ").append(rows[0] + 1).append(" of the ").append(data.count())
                    .append(" in the data file, chosen with `--example ").append(rows[0] + 1).append("`.\n\n");
        } else if (chosen) {
            md.append("The batch is example ").append(rows[0] + 1).append(" of the ").append(data.count())
                    .append(" in ").append(dataName).append(", worked out alone.\n\n");
        } else if (rows.length == 1) {
            md.append(commandLine ? "The batch is the data file's only example.\n\n"
                    : "The batch is the only example in " + dataName + ".\n\n");
        } else {
            md.append("The batch is all ").append(rows.length).append(commandLine
                    ? " examples of the data file (no `--example` given)" : " examples in " + dataName)
                    .append(", so J and every gradient are means over them.");
            if (rows.length > MAX_DETAILED_EXAMPLES) {
                md.append(" The first ").append(MAX_DETAILED_EXAMPLES).append(" are worked out below; all ")
                        .append(rows.length).append(" count in J and the gradients.");
            }
            md.append("\n\n");
        }
        md.append("| example |");
        for (int i = 0; i < shape.inputSize(); i++) {
            md.append(" `").append(rawColumn(i)).append("` |");
        }
        for (int k = 0; k < shape.outputSize(); k++) {
            md.append(" `").append(target(k)).append("` |");
        }
        md.append("\n|---|");
        for (int column = 0; column < shape.inputSize() + shape.outputSize(); column++) {
            md.append("---|");
        }
        md.append('\n');
        for (int n = 0; n < passes.length; n++) {
            md.append("| ").append(rows[n] + 1).append(" |");
            for (int i = 0; i < shape.inputSize(); i++) {
                md.append(' ').append(num(data.input(rows[n], i))).append(" |");
            }
            for (int k = 0; k < shape.outputSize(); k++) {
                md.append(' ').append(num(data.target(rows[n], k))).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void forwardSection() {
        md.append("## 2. Forward pass\n\n");
        md.append("Layer by layer: z = Σ w·a + b over the neurons of the layer before, then a = f(z). ")
                .append(featureSentence());
        for (int n = 0; n < passes.length; n++) {
            PassRecord pass = passes[n];
            exampleHeading(n);
            md.append("| neuron | z | a |\n|---|---|---|\n");
            for (int l = 0; l < shape.layerCount(); l++) {
                for (int j = 0; j < shape.size(l); j++) {
                    md.append("| `").append(neuron(l, j)).append("` | ")
                            .append(l == 0 ? "" : num(pass.preActivation(l, j))).append(" | ")
                            .append(num(pass.activation(l, j))).append(" |\n");
                }
            }
            md.append('\n');
            for (int l = 1; l < shape.layerCount(); l++) {
                for (int j = 0; j < shape.size(l); j++) {
                    md.append("- `").append(N.preActivation(l, j)).append(" = ");
                    for (int i = 0; i < shape.size(l - 1); i++) {
                        md.append(N.weight(l - 1, j, i)).append('·').append(neuron(l - 1, i)).append(" + ");
                    }
                    md.append(N.bias(l - 1, j)).append(" = ");
                    for (int i = 0; i < shape.size(l - 1); i++) {
                        md.append(factor(network.weight(l - 1, j, i))).append('·')
                                .append(factor(pass.activation(l - 1, i))).append(" + ");
                    }
                    md.append(factor(network.bias(l - 1, j))).append(" = ").append(num(pass.preActivation(l, j)))
                            .append("`\n");
                }
                appendActivationFormulas(pass, l);
            }
            md.append('\n');
        }
    }

    private void appendActivationFormulas(PassRecord pass, int l) {
        Activation f = shape.activation(l);
        if (f == Activation.SOFTMAX) {
            md.append("- softmax: `").append(N.outputSymbol()).append("_k = e^(z_k) / Σ_m e^(z_m)` over the ")
                    .append(shape.size(l))
                    .append(" outputs:\n");
            double sum = 0;
            for (int j = 0; j < shape.size(l); j++) {
                sum += Math.exp(pass.preActivation(l, j));
            }
            for (int j = 0; j < shape.size(l); j++) {
                md.append("  - `").append(neuron(l, j)).append(" = e^(").append(num(pass.preActivation(l, j)))
                        .append(") / ").append(num(sum)).append(" = ").append(num(pass.activation(l, j))).append("`\n");
            }
            return;
        }
        for (int j = 0; j < shape.size(l); j++) {
            double z = pass.preActivation(l, j);
            md.append("- `").append(neuron(l, j)).append(" = ").append(f.id()).append('(').append(N.preActivation(l, j))
                    .append(") = ");
            switch (f) {
                case SIGMOID -> md.append("1/(1 + e^(").append(num(-z)).append("))");
                case TANH -> md.append("tanh(").append(num(z)).append(")");
                case RELU -> md.append("max(0, ").append(num(z)).append(")");
                case LEAKY_RELU -> md.append(z > 0 ? num(z) + " (z > 0)" : "0.01·" + factor(z) + " (z ≤ 0)");
                default -> md.append(num(z));
            }
            md.append(" = ").append(num(pass.activation(l, j))).append("`\n");
        }
    }

    private void costSection(double cost) {
        md.append("## 3. The cost\n\n");
        md.append("Per example: `").append(exampleCostFormula(network.loss())).append("`\n\n");
        int last = shape.layerCount() - 1;
        for (int n = 0; n < passes.length; n++) {
            PassRecord pass = passes[n];
            md.append("- example ").append(rows[n] + 1).append(": `");
            Loss loss = network.loss();
            switch (loss) {
                case MSE -> {
                    md.append("½·(");
                    for (int k = 0; k < shape.outputSize(); k++) {
                        md.append(k == 0 ? "" : " + ").append('(').append(num(pass.activation(last, k))).append(" - ")
                                .append(factor(data.target(rows[n], k))).append(")²");
                    }
                    md.append(')');
                }
                case BINARY_CROSS_ENTROPY -> {
                    md.append('-');
                    for (int k = 0; k < shape.outputSize(); k++) {
                        double t = data.target(rows[n], k);
                        double a = pass.activation(last, k);
                        md.append(k == 0 ? "[" : " + [").append(factor(t)).append("·log(").append(num(a)).append(") + (1 - ")
                                .append(factor(t)).append(")·log(1 - ").append(num(a)).append(")]");
                    }
                }
                default -> {
                    md.append('-');
                    for (int k = 0; k < shape.outputSize(); k++) {
                        md.append(k == 0 ? "(" : " + ").append(factor(data.target(rows[n], k))).append("·log(")
                                .append(num(pass.activation(last, k))).append(')');
                    }
                    md.append(')');
                }
            }
            md.append(" = ").append(num(exampleCosts[n])).append("`\n");
        }
        md.append('\n');
        int count = rows.length;
        double penalty = network.regularizationCost();
        if (count > 1) {
            md.append("J is the mean over the ").append(count).append(" examples");
        } else {
            md.append("With one example, J is that example's cost");
        }
        if (network.regularization().isActive()) {
            md.append(", plus the regularization penalty ").append(num(penalty));
        }
        md.append(":\n\n**J = ").append(num(cost)).append("**\n\n");
    }

    private void backwardSection() {
        md.append("## 4. Backward pass\n\n");
        md.append("δ = ∂J/∂z, from the output layer back. Output layer: ").append(outputDeltaRule()).append(" ")
                .append("Hidden layers: `δ = (Σ w·δ) · f′(z)`, the sum over the weights leaving the neuron, each times ")
                .append("the δ of the neuron it leads to.");
        if (rows.length > 1) {
            md.append(" These are each example's own δ; the batch's 1/N comes in with the gradients.");
        }
        md.append("\n\n");
        int last = shape.layerCount() - 1;
        for (int n = 0; n < passes.length; n++) {
            PassRecord pass = passes[n];
            exampleHeading(n);
            appendOutputDeltas(pass, n, last);
            for (int l = last - 1; l >= 1; l--) {
                for (int i = 0; i < shape.size(l); i++) {
                    md.append("- `").append(N.delta(l, i)).append(" = (");
                    for (int j = 0; j < shape.size(l + 1); j++) {
                        md.append(j == 0 ? "" : " + ").append(N.weight(l, j, i)).append('·').append(N.delta(l + 1, j));
                    }
                    md.append(") · ").append(derivativeSymbol(l, i)).append(" = (");
                    double sum = 0;
                    for (int j = 0; j < shape.size(l + 1); j++) {
                        md.append(j == 0 ? "" : " + ").append(factor(network.weight(l, j, i))).append('·')
                                .append(factor(pass.delta(l + 1, j)));
                        sum += network.weight(l, j, i) * pass.delta(l + 1, j);
                    }
                    md.append(") · ").append(derivativeNumbers(pass, l, i)).append(" = ").append(factor(sum))
                            .append(" · ").append(factor(derivative(pass, l, i))).append(" = ")
                            .append(num(pass.delta(l, i))).append("`\n");
                }
            }
            md.append("\n| neuron | δ |\n|---|---|\n");
            for (int l = last; l >= 1; l--) {
                for (int j = 0; j < shape.size(l); j++) {
                    md.append("| `").append(neuron(l, j)).append("` | ").append(num(pass.delta(l, j))).append(" |\n");
                }
            }
            md.append('\n');
        }
    }

    private void appendOutputDeltas(PassRecord pass, int n, int last) {
        Loss loss = network.loss();
        Activation output = shape.outputActivation();
        int row = rows[n];
        if (loss == Loss.MSE && output == Activation.SOFTMAX) {
            double weighted = 0;
            for (int m = 0; m < shape.outputSize(); m++) {
                weighted += (pass.activation(last, m) - data.target(row, m)) * pass.activation(last, m);
            }
            String yHat = N.outputSymbol();
            md.append("- `Σ_m (").append(yHat).append("_m - y_m)·").append(yHat).append("_m = ").append(num(weighted))
                    .append("`\n");
            for (int k = 0; k < shape.outputSize(); k++) {
                double a = pass.activation(last, k);
                md.append("- `").append(N.delta(last, k)).append(" = ").append(output(k)).append("·((").append(output(k))
                        .append(" - ").append(target(k)).append(") - Σ) = ").append(factor(a))
                        .append("·((").append(num(a)).append(" - ").append(factor(data.target(row, k))).append(") - ")
                        .append(factor(weighted)).append(") = ").append(num(pass.delta(last, k))).append("`\n");
            }
            return;
        }
        for (int k = 0; k < shape.outputSize(); k++) {
            String name = neuron(last, k);
            double a = pass.activation(last, k);
            double t = data.target(row, k);
            md.append("- `").append(N.delta(last, k)).append(" = ");
            switch (loss) {
                case MSE -> {
                    double dJda = a - t;
                    md.append("∂J/∂").append(name).append(" · ").append(derivativeSymbol(last, k)).append(" = (")
                            .append(name).append(" - ").append(target(k)).append(") · ").append(derivativeSymbol(last, k))
                            .append(" = (").append(num(a)).append(" - ").append(factor(t)).append(") · ")
                            .append(derivativeNumbers(pass, last, k)).append(" = ").append(factor(dJda)).append(" · ")
                            .append(factor(derivative(pass, last, k)));
                }
                case BINARY_CROSS_ENTROPY -> md.append(name).append(" - ").append(target(k)).append(" = ")
                        .append(num(a)).append(" - ").append(factor(t));
                default -> {
                    double targetSum = 0;
                    for (int m = 0; m < shape.outputSize(); m++) {
                        targetSum += data.target(row, m);
                    }
                    md.append(name).append("·Σy - ").append(target(k)).append(" = ").append(factor(a))
                            .append('·').append(factor(targetSum)).append(" - ").append(factor(t));
                }
            }
            md.append(" = ").append(num(pass.delta(last, k))).append("`\n");
        }
    }

    private void gradientSection(double[] gradient) {
        md.append("## 5. The gradients\n\n");
        md.append("Chain rule: the weight w_j,i from neuron i to neuron j changes z_j by a_i (what neuron i passes on) ")
                .append("per unit, so `∂J/∂w_j,i = δ_j · a_i`; a bias adds 1 to z_j, so `∂J/∂b_j = δ_j`.");
        int count = rows.length;
        if (count > 1) {
            md.append(" Over the batch of ").append(count).append(" examples each is the mean of the examples' products.");
        }
        Regularization regularization = network.regularization();
        if (regularization.isActive()) {
            md.append(" Regularization adds ")
                    .append(regularization.type() == Regularization.Type.L2 ? "`λ·w`" : "`λ·sign(w)`")
                    .append(" to each weight's gradient (not to the biases').");
        }
        md.append("\n\n");
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int p = shape.weightIndex(l, j, i);
                    md.append("- `∂J/∂").append(N.weight(l, j, i)).append(" = ");
                    String symbol = N.delta(l + 1, j) + " · " + neuron(l, i);
                    productTerms(symbol, l, j, i);
                    if (regularization.isActive()) {
                        double w = network.weight(l, j, i);
                        md.append(" + ").append(num(regularization.penaltyGradient(w)));
                    }
                    md.append(" = ").append(num(gradient[p])).append("`\n");
                }
                md.append("- `∂J/∂").append(N.bias(l, j)).append(" = ");
                productTerms(N.delta(l + 1, j), l, j, -1);
                md.append(" = ").append(num(gradient[shape.biasIndex(l, j)])).append("`\n");
            }
        }
        md.append('\n');
    }

    /** δ_j·a_i (i ≥ 0) or δ_j (i = −1) with numbers; over a batch (1/N)·Σ of them, numbers when few. */
    private void productTerms(String symbol, int l, int j, int i) {
        int count = rows.length;
        if (count == 1) {
            md.append(symbol);
            if (i >= 0) {
                md.append(" = ").append(term(passes[0], l, j, i));
            }
            return;
        }
        md.append("(1/").append(count).append(")·Σ ").append(symbol);
        if (count <= MAX_DETAILED_EXAMPLES) {
            md.append(" = (1/").append(count).append(")·(");
            for (int n = 0; n < count; n++) {
                md.append(n == 0 ? "" : " + ").append(term(passes[n], l, j, i));
            }
            md.append(')');
        }
    }

    private String term(PassRecord pass, int l, int j, int i) {
        String delta = factor(pass.delta(l + 1, j));
        return i < 0 ? delta : delta + "·" + factor(pass.activation(l, i));
    }

    private void updateSection(double[] before, double[] gradient, double[] after) {
        md.append("## 6. The gradient-descent update\n\n");
        md.append("Every weight and bias moves against its gradient: `new = old - α·∂J/∂w` with α = ")
                .append(num(learningRate)).append(".\n\n");
        md.append("| parameter | in the model file | old | -α·∂J/∂w | new |\n|---|---|---|---|---|\n");
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    int p = shape.weightIndex(l, j, i);
                    md.append("| ").append(N.weight(l, j, i)).append(" (").append(neuron(l, i)).append("→")
                            .append(neuron(l + 1, j)).append(") | ").append(Notation.modelFileEntry(shape, p))
                            .append(" | ");
                    updateCells(before[p], gradient[p], after[p]);
                }
            }
            for (int j = 0; j < shape.size(l + 1); j++) {
                int p = shape.biasIndex(l, j);
                md.append("| ").append(N.bias(l, j)).append(" | ").append(Notation.modelFileEntry(shape, p)).append(" | ");
                updateCells(before[p], gradient[p], after[p]);
            }
        }
        md.append("\nThe biases move too. (Some hand-worked examples, such as Mazur's 2-2-2 network, keep the biases ")
                .append("fixed; that gives the same new weights but a slightly different cost after the step.)\n");
        if (commandLine) {
            md.append("\nThe whole updated model is what `train --optimizer sgd --steps 1 --lr ").append(num(learningRate))
                    .append("` prints.\n\n");
        } else {
            md.append("\nThis is one step of plain gradient descent (SGD) with α = ").append(num(learningRate))
                    .append(".\n\n");
        }
    }

    private void updateCells(double old, double gradient, double updated) {
        md.append(num(old)).append(" | ").append(num(-learningRate * gradient)).append(" | ").append(num(updated))
                .append(" |\n");
    }

    // ---- names and formulas ----

    private void exampleHeading(int n) {
        if (rows.length > 1) {
            md.append("### Example ").append(rows[n] + 1).append("\n\n");
        }
    }

    /** What neuron {@code index} of {@code layer} passes on: x₁, h₂⁽¹⁾, ŷ₁. */
    private String neuron(int layer, int index) {
        return N.neuron(shape, layer, index);
    }

    private String output(int k) {
        return N.output(shape.outputSize(), k);
    }

    /** Raw data column c by name: the input neuron itself, or x / x1, x2 when the inputs are features. */
    private String rawColumn(int c) {
        if (shape.features().isIdentity()) {
            return neuron(0, c);
        }
        return shape.inputSize() == 1 ? "x" : "x" + (c + 1);
    }

    /** How the input layer comes from a data row. */
    private String featureSentence() {
        if (shape.features().isIdentity()) {
            return "The inputs pass through unchanged (a = the input).\n\n";
        }
        StringBuilder text = new StringBuilder("The input layer holds features computed from each data row (a = the"
                + " feature): ");
        for (int i = 0; i < shape.size(0); i++) {
            text.append(i == 0 ? "" : ", ").append('`').append(neuron(0, i)).append('`');
        }
        return text.append(".\n\n").toString();
    }

    private String target(int k) {
        return N.target(shape.outputSize(), k);
    }

    private String layerName(int l) {
        if (l == shape.layerCount() - 1) {
            return "the outputs";
        }
        return "hidden layer " + l;
    }

    private String layerList() {
        StringBuilder list = new StringBuilder();
        for (int l = 0; l < shape.layerCount(); l++) {
            list.append(l == 0 ? "inputs " : l == shape.layerCount() - 1 ? "; outputs " : "; " + layerName(l) + " ");
            int size = shape.size(l);
            list.append('`').append(neuron(l, 0)).append('`');
            if (size > 2) {
                list.append(" … ");
            } else if (size == 2) {
                list.append(", ");
            }
            if (size > 1) {
                list.append('`').append(neuron(l, size - 1)).append('`');
            }
        }
        return list.toString();
    }

    private String lossFormula() {
        return switch (network.loss()) {
            case MSE -> "half the squared error, averaged over the batch";
            case BINARY_CROSS_ENTROPY -> "binary cross-entropy, averaged over the batch";
            case CROSS_ENTROPY -> "cross-entropy of the softmax outputs, averaged over the batch";
        };
    }

    /** The cost of one example over its outputs ŷ_k and targets y_k. */
    private static String exampleCostFormula(Loss loss) {
        String y = N.outputSymbol();
        return switch (loss) {
            case MSE -> "½·Σ_k (" + y + "_k - y_k)²";
            case BINARY_CROSS_ENTROPY -> "-Σ_k [y_k·log(" + y + "_k) + (1 - y_k)·log(1 - " + y + "_k)]";
            case CROSS_ENTROPY -> "-Σ_k y_k·log(" + y + "_k)";
        };
    }

    private String outputDeltaRule() {
        Activation output = shape.outputActivation();
        String y = N.outputSymbol();
        return switch (network.loss()) {
            case MSE -> output == Activation.SOFTMAX
                    ? "through the softmax, `δ_k = " + y + "_k·((" + y + "_k - y_k) - Σ_m (" + y + "_m - y_m)·" + y + "_m)`."
                    : "`δ = ∂J/∂" + y + " · f′(z)` with `∂J/∂" + y + " = " + y + " - y` for mse and "
                            + derivativeRule(output) + ".";
            case BINARY_CROSS_ENTROPY -> "`δ = " + y + " - y`: the sigmoid's f′(z) = " + y + "·(1 - " + y
                    + ") cancels the denominator of `∂J/∂" + y + " = (" + y + " - y)/(" + y + "·(1 - " + y + "))`.";
            case CROSS_ENTROPY -> "`δ_k = " + y + "_k·Σ_m y_m - y_k` through the softmax (= " + y
                    + "_k - y_k for one-hot targets).";
        };
    }

    private static String derivativeRule(Activation f) {
        return switch (f) {
            case SIGMOID -> "`f′(z) = a·(1 - a)` for sigmoid";
            case TANH -> "`f′(z) = 1 - a²` for tanh";
            case RELU -> "`f′(z) = 1 if z > 0, else 0` for relu";
            case LEAKY_RELU -> "`f′(z) = 1 if z > 0, else 0.01` for leaky_relu";
            case LINEAR -> "`f′(z) = 1` for linear";
            case SOFTMAX -> "the softmax Jacobian";
        };
    }

    /** f′(z) of a neuron written in its symbols, e.g. h₁⁽¹⁾·(1 - h₁⁽¹⁾), f′(z₁⁽²⁾). */
    private String derivativeSymbol(int l, int j) {
        String a = neuron(l, j);
        return switch (shape.activation(l)) {
            case SIGMOID -> a + "·(1 - " + a + ")";
            case TANH -> "(1 - " + a + "²)";
            default -> "f′(" + N.preActivation(l, j) + ")";
        };
    }

    /** f′(z) with the numbers put in. */
    private String derivativeNumbers(PassRecord pass, int l, int j) {
        double a = pass.activation(l, j);
        double z = pass.preActivation(l, j);
        return switch (shape.activation(l)) {
            case SIGMOID -> factor(a) + "·(1 - " + factor(a) + ")";
            case TANH -> "(1 - " + factor(a) + "²)";
            case RELU, LEAKY_RELU -> num(derivative(pass, l, j)) + (z > 0 ? " (z > 0)" : " (z ≤ 0)");
            default -> num(derivative(pass, l, j));
        };
    }

    private double derivative(PassRecord pass, int l, int j) {
        return shape.activation(l).derivative(pass.preActivation(l, j), pass.activation(l, j));
    }

    /**
     * A number as the handout prints it: rounded to {@value #SIGNIFICANT_DIGITS} significant digits, trailing
     * zeros dropped ("0.5933", "0.15", "1.234e-5"); NaN and Infinity as words.
     */
    public static String number(double value) {
        return Double.isFinite(value) ? NumberFormat.format(value, SIGNIFICANT_DIGITS) : Double.toString(value);
    }

    private static String num(double value) {
        return number(value);
    }

    /** A number as a factor in a product: negative numbers in parentheses. */
    private static String factor(double value) {
        String text = num(value);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }
}
