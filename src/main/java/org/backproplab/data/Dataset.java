package org.backproplab.data;

/**
 * Examples for training: each has {@code inputSize} inputs and {@code targetSize} targets, stored in two
 * flat row-major arrays (example r's inputs start at {@code r · inputSize}) so that the training loop reads
 * them without boxing. Immutable: the arrays are copied in and never handed out.
 */
public final class Dataset {
    /** The most examples a dataset may hold (CSV imports, clicked points). */
    public static final int MAX_EXAMPLES = 10_000;

    private final int inputSize;
    private final int targetSize;
    private final int count;
    private final double[] inputs;
    private final double[] targets;

    /**
     * @param inputs {@code count · inputSize} finite values
     * @param targets {@code count · targetSize} finite values
     */
    public Dataset(int inputSize, int targetSize, double[] inputs, double[] targets) {
        if (inputSize < 1 || targetSize < 1) {
            throw new IllegalArgumentException("a dataset needs at least one input and one target column, but has "
                    + inputSize + " inputs and " + targetSize + " targets");
        }
        if (inputs.length % inputSize != 0) {
            throw new IllegalArgumentException(inputs.length + " input values do not split into rows of " + inputSize);
        }
        int rows = inputs.length / inputSize;
        if (targets.length != rows * targetSize) {
            throw new IllegalArgumentException(rows + " examples need " + rows * targetSize + " target values, but "
                    + targets.length + " were given");
        }
        if (rows > MAX_EXAMPLES) {
            throw new IllegalArgumentException("a dataset may hold at most " + MAX_EXAMPLES + " examples, but has " + rows);
        }
        for (int v = 0; v < inputs.length; v++) {
            if (!Double.isFinite(inputs[v])) {
                throw new IllegalArgumentException("example " + v / inputSize + " input " + v % inputSize
                        + " must be a finite number, but is " + inputs[v]);
            }
        }
        for (int v = 0; v < targets.length; v++) {
            if (!Double.isFinite(targets[v])) {
                throw new IllegalArgumentException("example " + v / targetSize + " target " + v % targetSize
                        + " must be a finite number, but is " + targets[v]);
            }
        }
        this.inputSize = inputSize;
        this.targetSize = targetSize;
        this.count = rows;
        this.inputs = inputs.clone();
        this.targets = targets.clone();
    }

    public int inputSize() {
        return inputSize;
    }

    public int targetSize() {
        return targetSize;
    }

    /** Number of examples. */
    public int count() {
        return count;
    }

    public double input(int example, int column) {
        return inputs[example * inputSize + column];
    }

    public double target(int example, int column) {
        return targets[example * targetSize + column];
    }

    /**
     * The flat inputs array itself, for the training loop only (package code that must not allocate);
     * never modify it.
     */
    public double[] inputsView() {
        return inputs;
    }

    /** The flat targets array itself, for the training loop only; never modify it. */
    public double[] targetsView() {
        return targets;
    }

    /** The examples {@code rows} (indices into this dataset) as a new dataset. */
    public Dataset subset(int[] rows) {
        double[] in = new double[rows.length * inputSize];
        double[] out = new double[rows.length * targetSize];
        for (int n = 0; n < rows.length; n++) {
            System.arraycopy(inputs, rows[n] * inputSize, in, n * inputSize, inputSize);
            System.arraycopy(targets, rows[n] * targetSize, out, n * targetSize, targetSize);
        }
        return new Dataset(inputSize, targetSize, in, out);
    }
}
