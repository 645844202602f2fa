package org.backproplab.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Rng;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/** Small networks and data sets for every cost the lab has, and reading numbers back out of a script. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /** The lab's costs with the output layers they go with (mse twice: elementwise and through softmax). */
    enum CostCase {
        MSE_LINEAR(Loss.MSE, Activation.LINEAR, 1),
        MSE_SOFTMAX(Loss.MSE, Activation.SOFTMAX, 3),
        BINARY_CROSS_ENTROPY(Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID, 1),
        CROSS_ENTROPY(Loss.CROSS_ENTROPY, Activation.SOFTMAX, 3);

        final Loss loss;
        final Activation output;
        final int outputs;

        CostCase(Loss loss, Activation output, int outputs) {
            this.loss = loss;
            this.output = output;
            this.outputs = outputs;
        }
    }

    /** The template as the CLI reads it. */
    static String template() {
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/" + CodeExport.TEMPLATE_PATH)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A network 2 → hidden… → the case's outputs, weights drawn by xavier from {@code seed}. */
    static Network network(int[] hidden, Activation hiddenActivation, CostCase cost, Regularization regularization,
            long seed) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = 2;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = cost.outputs;
        return Network.initialized(Shape.of(sizes, hiddenActivation, cost.output), cost.loss, regularization,
                Initializer.XAVIER, seed);
    }

    /**
     * {@code count} points in [−1, 1)² with targets the case needs: a smooth function for mse with one output,
     * a label (x₁·x₂ &gt; 0) for binary cross-entropy, and a one-hot class (the largest of x₁, x₂, −x₁ − x₂).
     */
    static Dataset data(CostCase cost, int count, long seed) {
        Rng rng = new Rng(seed);
        double[] inputs = new double[2 * count];
        double[] targets = new double[cost.outputs * count];
        for (int n = 0; n < count; n++) {
            double x1 = rng.uniform(-1, 1);
            double x2 = rng.uniform(-1, 1);
            inputs[2 * n] = x1;
            inputs[2 * n + 1] = x2;
            if (cost.outputs == 1) {
                targets[n] = cost == CostCase.BINARY_CROSS_ENTROPY ? (x1 * x2 > 0 ? 1 : 0) : Math.sin(2 * x1) + 0.5 * x2;
            } else {
                double[] scores = {x1, x2, -x1 - x2};
                int best = 0;
                for (int k = 1; k < 3; k++) {
                    best = scores[k] > scores[best] ? k : best;
                }
                targets[3 * n + best] = 1;
            }
        }
        return new Dataset(2, cost.outputs, inputs, targets);
    }

    /** The line {@code name = value} of a script, its value. */
    static String assignment(String script, String name) {
        int at = script.indexOf("\n" + name + " = ");
        if (at < 0) {
            throw new AssertionError("the script assigns no " + name);
        }
        int start = at + name.length() + 4;
        return script.substring(start, script.indexOf('\n', start));
    }

    /** Every number of the nested list assigned to {@code name}, in reading order. */
    static double[] numbers(String script, String name) {
        int at = script.indexOf("\n" + name + " = [");
        if (at < 0) {
            throw new AssertionError("the script assigns no list " + name);
        }
        int position = at + name.length() + 4;
        int depth = 0;
        List<Double> values = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        do {
            char c = script.charAt(position++);
            if (c == '[' || c == ']' || c == ',' || Character.isWhitespace(c)) {
                if (token.length() > 0) {
                    values.add(Double.parseDouble(token.toString()));
                    token.setLength(0);
                }
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            } else {
                token.append(c);
            }
        } while (depth > 0);
        double[] result = new double[values.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = values.get(k);
        }
        return result;
    }

    /** The weights of flat {@code parameters} in the script's order W[l][j][i], then the biases B[l][j]. */
    static double[][] weightsThenBiases(Shape shape, double[] parameters) {
        List<Double> weights = new ArrayList<>();
        List<Double> biases = new ArrayList<>();
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    weights.add(parameters[shape.weightIndex(l, j, i)]);
                }
                biases.add(parameters[shape.biasIndex(l, j)]);
            }
        }
        return new double[][] {weights.stream().mapToDouble(Double::doubleValue).toArray(),
            biases.stream().mapToDouble(Double::doubleValue).toArray()};
    }
}
