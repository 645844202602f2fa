package org.backproplab.exercise;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Rng;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * The small networks of worksheets and student exercises, each made from a seed with short numbers a student can
 * work by hand: weights ±0.05 to ±0.90 and biases ±0.01 to ±0.50 in hundredths, inputs ±0.05 to ±1.00 in
 * hundredths, targets 0.01 to 0.99 for sigmoid outputs and one-hot classes for softmax; one example or a batch
 * of two. The numbers are exactly the doubles of their two-decimal text, so the answer key computed from them is
 * what a student gets from the printed sheet.
 */
public enum Template {
    /** The smallest network with a hidden layer: 2 inputs, 2 sigmoid neurons, 1 sigmoid output, mse. */
    SIGMOID_2_2_1("2-2-1-sigmoid-mse", new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID, Loss.MSE),
    /** The shape of Matt Mazur's worked example: 2-2-2, sigmoid everywhere, mse. */
    SIGMOID_2_2_2("2-2-2-sigmoid-mse", new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID, Loss.MSE),
    /** Three tanh hidden neurons and a sigmoid output (the lab's two-class output), mse. */
    TANH_2_3_1("2-3-1-tanh-mse", new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID, Loss.MSE),
    /** Three relu hidden neurons, three softmax outputs, cross-entropy on a one-hot class. */
    RELU_SOFTMAX_2_3_3("2-3-3-relu-softmax-ce", new int[] {2, 3, 3}, Activation.RELU, Activation.SOFTMAX,
            Loss.CROSS_ENTROPY);

    /** The learning rate of a sheet unless another is asked for (the article's). */
    public static final double DEFAULT_LEARNING_RATE = 0.5;
    /** |z| of a relu neuron at least this far from its kink, so that f′ is clear by hand. */
    private static final double KINK_DISTANCE = 0.005;
    /** Draws before a seed's network is accepted as it is (never reached by the bundled templates). */
    private static final int MAX_DRAWS = 1000;

    private final String id;
    private final Shape shape;
    private final Loss loss;

    Template(String id, int[] sizes, Activation hidden, Activation output, Loss loss) {
        this.id = id;
        this.shape = Shape.of(sizes, hidden, output);
        this.loss = loss;
    }

    /** The name on the command line, e.g. "2-2-1-sigmoid-mse". */
    public String id() {
        return id;
    }

    public Shape shape() {
        return shape;
    }

    public Loss loss() {
        return loss;
    }

    /** The template called {@code id}, or an exception that lists the allowed names. */
    public static Template fromId(String id) {
        for (Template template : values()) {
            if (template.id.equals(id)) {
                return template;
            }
        }
        throw new IllegalArgumentException("unknown template \"" + id + "\"; allowed: " + allowedIds());
    }

    /** The template names, comma-separated. */
    public static String allowedIds() {
        StringBuilder names = new StringBuilder();
        for (Template template : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(template.id);
        }
        return names.toString();
    }

    /** The problem of seed {@code seed} (the same seed, the same numbers) with learning rate α. */
    public Problem problem(long seed, double learningRate) {
        Rng rng = new Rng(seed);
        int count = 1 + rng.nextInt(2);
        Problem problem = null;
        for (int draw = 0; draw < MAX_DRAWS && (problem == null || !clearOfKinks(problem)); draw++) {
            problem = draw(rng, count, learningRate);
        }
        return problem;
    }

    /** The problem of a student's code: {@link StudentCode#seed} of the code. */
    public Problem forStudent(String code, double learningRate) {
        return problem(StudentCode.seed(code), learningRate);
    }

    private Problem draw(Rng rng, int count, double learningRate) {
        Network network = new Network(shape, loss, Regularization.NONE);
        double[] parameters = new double[shape.parameterCount()];
        for (int l = 0; l + 1 < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    parameters[shape.weightIndex(l, j, i)] = hundredths(rng, 5, 90, true);
                }
                parameters[shape.biasIndex(l, j)] = hundredths(rng, 1, 50, true);
            }
        }
        network.setParameters(parameters);
        double[] inputs = new double[count * shape.inputSize()];
        for (int v = 0; v < inputs.length; v++) {
            inputs[v] = hundredths(rng, 5, 100, true);
        }
        int outputs = shape.outputSize();
        double[] targets = new double[count * outputs];
        for (int r = 0; r < count; r++) {
            if (shape.outputActivation() == Activation.SOFTMAX) {
                targets[r * outputs + rng.nextInt(outputs)] = 1;
            } else {
                for (int k = 0; k < outputs; k++) {
                    targets[r * outputs + k] = hundredths(rng, 1, 99, false);
                }
            }
        }
        return new Problem(network, new Dataset(shape.inputSize(), outputs, inputs, targets), learningRate);
    }

    /** k/100 for k uniform in [low, high], with a random sign when {@code signed}. */
    private static double hundredths(Rng rng, int low, int high, boolean signed) {
        int k = low + rng.nextInt(high - low + 1);
        return (signed && rng.nextInt(2) == 0 ? -k : k) / 100.0;
    }

    /** Whether every relu neuron's z is clear of 0 and each example switches at least one on. */
    private boolean clearOfKinks(Problem problem) {
        AnswerKey key = new AnswerKey(problem);
        for (int l = 1; l < shape.layerCount(); l++) {
            if (shape.activation(l) != Activation.RELU) {
                continue;
            }
            for (int r = 0; r < problem.count(); r++) {
                boolean anyOn = false;
                for (int j = 0; j < shape.size(l); j++) {
                    double z = key.z(l, j, r);
                    if (Math.abs(z) < KINK_DISTANCE) {
                        return false;
                    }
                    anyOn |= z > 0;
                }
                if (!anyOn) {
                    return false;
                }
            }
        }
        return true;
    }
}
