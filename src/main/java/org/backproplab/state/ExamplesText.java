package org.backproplab.state;

import org.backproplab.core.Loss;
import org.backproplab.core.Notation;
import org.backproplab.data.Dataset;
import org.backproplab.exercise.Problem;

/**
 * The examples of an {@code examples} lab (a worksheet's), as its link writes them after {@code ex=}: each
 * example is x₁,x₂ followed by its 1 to {@value #MAX_TARGETS} targets, examples separated by '|', e.g.
 * {@code 0.35,-0.12,0.01|0.2,0.4,0.99}. Every example has the same number of targets; inputs lie within
 * ±{@link LabSession#MAX_DATA_VALUE}, targets from 0 to 1 (what a sigmoid or softmax output can reach), and there
 * are 1 to {@value Problem#MAX_EXAMPLES} examples, as many as an exercise works by hand. Reading never allocates
 * more than that bound: the separators are counted before anything is split.
 */
public final class ExamplesText {
    /** The most targets (network outputs) an example may have. */
    public static final int MAX_TARGETS = 3;
    /** Between two examples. */
    public static final char EXAMPLE_SEPARATOR = '|';
    /** Inputs per example: the lab's plane, x₁ and x₂. */
    static final int INPUTS = 2;
    /** How far from 1 a cross-entropy example's targets may add up (they are typed with two decimals). */
    private static final double SUM_TOLERANCE = 1e-9;
    private static final Notation N = Notation.UNICODE;

    private ExamplesText() {
    }

    /**
     * The examples written in {@code text}.
     *
     * @throws IllegalArgumentException saying which example and value is wrong and what is allowed
     */
    public static Dataset parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("the examples are missing; write each as x1,x2 and its targets, "
                    + "examples separated by " + EXAMPLE_SEPARATOR + ", e.g. 0.05,0.1,0.01,0.99");
        }
        int count = 1;
        for (int k = 0; k < text.length(); k++) {
            count += text.charAt(k) == EXAMPLE_SEPARATOR ? 1 : 0;
        }
        if (count > Problem.MAX_EXAMPLES) {
            throw new IllegalArgumentException("an examples lab holds 1 to " + Problem.MAX_EXAMPLES
                    + " examples, but " + count + " were given");
        }
        String[] rows = StateCodec.split(text, EXAMPLE_SEPARATOR);
        int targets = -1;
        double[] inputs = new double[count * INPUTS];
        double[] values = null;
        for (int r = 0; r < count; r++) {
            String row = rows[r];
            int fields = 1;
            for (int k = 0; k < row.length(); k++) {
                fields += row.charAt(k) == ',' ? 1 : 0;
            }
            String example = "example " + (r + 1);
            if (fields < INPUTS + 1 || fields > INPUTS + MAX_TARGETS) {
                throw new IllegalArgumentException(example + " has " + fields + " number" + (fields == 1 ? "" : "s")
                        + ", but an example is x1,x2 and 1 to " + MAX_TARGETS + " targets (3 to "
                        + (INPUTS + MAX_TARGETS) + " numbers separated by commas)");
            }
            if (targets < 0) {
                targets = fields - INPUTS;
                values = new double[count * targets];
            } else if (fields - INPUTS != targets) {
                throw new IllegalArgumentException(example + " has " + (fields - INPUTS) + " target"
                        + (fields - INPUTS == 1 ? "" : "s") + ", but example 1 has " + targets
                        + "; every example needs as many targets as the network has outputs");
            }
            String[] parts = StateCodec.split(row, ',');
            for (int i = 0; i < INPUTS; i++) {
                double x = NumberText.parse(parts[i], example + "'s " + N.input(INPUTS, i));
                if (!(Math.abs(x) <= LabSession.MAX_DATA_VALUE)) {
                    throw new IllegalArgumentException(example + "'s " + N.input(INPUTS, i) + " is "
                            + NumberText.format(x) + ", but inputs must be from " + NumberText.format(-LabSession.MAX_DATA_VALUE)
                            + " to " + NumberText.format(LabSession.MAX_DATA_VALUE));
                }
                inputs[r * INPUTS + i] = x;
            }
            for (int k = 0; k < targets; k++) {
                String name = example + "'s target " + N.target(targets, k);
                double y = NumberText.parse(parts[INPUTS + k], name);
                if (!(y >= 0 && y <= 1)) {
                    throw new IllegalArgumentException(name + " is " + NumberText.format(y)
                            + ", but targets must be from 0 to 1 (what a sigmoid or softmax output can reach)");
                }
                values[r * targets + k] = y;
            }
        }
        return new Dataset(INPUTS, targets, inputs, values);
    }

    /** The number of targets (network outputs) of the examples in {@code text}, which must be valid. */
    public static int targetCount(String text) {
        return parse(text).targetSize();
    }

    /**
     * Why {@code loss} does not fit the examples, or "": cross-entropy compares a softmax's distribution with each
     * example's targets, so they need 2 or more targets adding up to 1 (a one-hot class, say).
     */
    public static String lossProblem(Dataset examples, Loss loss) {
        if (loss != Loss.CROSS_ENTROPY) {
            return "";
        }
        if (examples.targetSize() < 2) {
            return "loss cross_entropy needs examples with 2 or more targets (one per class), but these have 1";
        }
        for (int r = 0; r < examples.count(); r++) {
            double sum = 0;
            for (int k = 0; k < examples.targetSize(); k++) {
                sum += examples.target(r, k);
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                return "loss cross_entropy needs each example's targets to add up to 1 (a class, one-hot), but example "
                        + (r + 1) + "'s add up to " + NumberText.format(sum);
            }
        }
        return "";
    }

    /**
     * {@code examples} as the link writes them, each number as the shortest text that reads back exactly.
     *
     * @throws IllegalArgumentException when they do not fit an examples lab (the message of {@link #parse})
     */
    public static String write(Dataset examples) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < examples.count(); r++) {
            text.append(r == 0 ? "" : String.valueOf(EXAMPLE_SEPARATOR));
            for (int i = 0; i < examples.inputSize(); i++) {
                text.append(i == 0 ? "" : ",").append(NumberText.format(examples.input(r, i)));
            }
            for (int k = 0; k < examples.targetSize(); k++) {
                text.append(',').append(NumberText.format(examples.target(r, k)));
            }
        }
        String written = text.toString();
        if (examples.inputSize() != INPUTS) {
            throw new IllegalArgumentException("an examples lab's examples have 2 inputs, x1 and x2, but these have "
                    + examples.inputSize());
        }
        parse(written);
        return written;
    }
}
