package org.backproplab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The worked example prints every number to 4 significant digits: a reader who redoes a line with a
 * calculator from the printed numbers gets the printed result, up to what rounding the factors to 4 digits
 * can move it. Each line is parsed and recomputed here from its own printed numbers.
 */
class HandoutArithmeticTest {
    /** Relative error of one printed number: half a unit in the 4th significant digit. */
    private static final double ROUNDING = 5e-4;

    @Test
    void everySumProductAndUpdateReadsRightWithTheRoundedNumbers() throws Exception {
        List<String> handouts = new ArrayList<>();
        handouts.add(ExplanationTest.workedExample());
        // two hidden layers, tanh, a linear output, several examples each worked out alone
        Network deep = Network.initialized(Shape.of(new int[] {2, 3, 2, 1}, Activation.TANH, Activation.LINEAR),
                Loss.MSE, Regularization.NONE, Initializer.XAVIER, 11);
        Dataset data = new Dataset(2, 1, new double[] {0.31, -1.7, 2.2, 0.45, -0.8, -0.05},
                new double[] {0.9, -0.4, 1.3});
        for (int example = 0; example < data.count(); example++) {
            handouts.add(Explanation.markdown(deep, data, example, 0.37, "2-3-2-1", "three points"));
        }
        int checked = 0;
        for (String md : handouts) {
            for (String line : md.split("\n")) {
                checked += checkLine(line);
            }
        }
        // 2-2-2: 4 sums into neurons, 4 δ products, 8 weight gradients, 12 updates;
        // 2-3-2-1, three times: 6 sums, 6 δ products, 14 weight gradients, 20 updates
        assertEquals(4 + 4 + 8 + 12 + 3 * (6 + 6 + 14 + 20), checked, "lines checked");
    }

    /** Checks one line if it is a sum, a product or an update row; returns 1 if it was checked. */
    private static int checkLine(String line) {
        if (line.startsWith("- `z")) {
            // z = symbols = a·b + c·d + e = result
            String[] parts = formula(line);
            assertEquals(4, parts.length, line);
            double[] bound = new double[1];
            double sum = sum(parts[2], bound);
            expectClose(sum, number(parts[3]), bound[0], line);
            return 1;
        }
        if (line.startsWith("- `∂J/∂w") || line.startsWith("- `δ") && line.contains(" · ")) {
            // ∂J/∂w = δ · a = 0.1385·0.5933 = 0.08217, or δ = (…) · f′ = 0.03635 · 0.2413 = 0.008771
            String[] parts = formula(line);
            String product = parts[parts.length - 2];
            if (product.contains("(1 -") || product.contains("Σ")) {
                return 0; // an output δ of softmax or cross-entropy: not a plain product
            }
            double[] bound = new double[1];
            double value = sum(product.replace(" · ", "·"), bound);
            expectClose(value, number(parts[parts.length - 1]), bound[0], line);
            return 1;
        }
        if (line.startsWith("| w") || line.startsWith("| b")) {
            // | parameter | in the model file | old | -α·∂J/∂w | new |
            String[] cells = line.split("\\|");
            double old = number(cells[3]);
            double change = number(cells[4]);
            double updated = number(cells[5]);
            expectClose(old + change, updated, ROUNDING * (Math.abs(old) + Math.abs(change)), line);
            return 1;
        }
        return 0;
    }

    /** The formula inside the backticks, split at its " = ". */
    private static String[] formula(String line) {
        return line.substring(3, line.lastIndexOf('`')).split(" = ");
    }

    /**
     * a·b + c·d + e from printed numbers; adds to bound[0] how far the true sum can be from it: each printed
     * factor is off by at most {@link #ROUNDING} of itself, so a product by about twice that.
     */
    private static double sum(String expression, double[] bound) {
        double total = 0;
        for (String term : expression.split(" \\+ ")) {
            double product = 1;
            int factors = 0;
            for (String factor : term.split("·")) {
                product *= number(factor);
                factors++;
            }
            total += product;
            bound[0] += factors * ROUNDING * 1.001 * Math.abs(product);
        }
        return total;
    }

    /** The printed result is the true value rounded: within the factors' bound plus its own rounding. */
    private static void expectClose(double recomputed, double printed, double bound, String line) {
        double allowed = bound + ROUNDING * Math.abs(printed) + 1e-15;
        assertTrue(Math.abs(recomputed - printed) <= allowed,
                "recomputed " + recomputed + " from the printed numbers, printed " + printed + " (allowed ±" + allowed
                        + "): " + line);
    }

    /** A printed number, maybe in parentheses: "(-0.0381)", "0.5933", "1.2e-5". */
    private static double number(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("(") && trimmed.endsWith(")")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return Double.parseDouble(trimmed);
    }
}
