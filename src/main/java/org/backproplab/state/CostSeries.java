package org.backproplab.state;

/**
 * Train and test cost against iteration for the cost view, in bounded memory: when {@link #CAPACITY}
 * points are stored, every other one is dropped, so a long run keeps an evenly thinned curve. Points
 * are recorded once per animation frame, not per step, so iterations need not be consecutive.
 */
public final class CostSeries {
    /** The most points kept. */
    public static final int CAPACITY = 2048;

    private final double[] iterations = new double[CAPACITY];
    private final double[] train = new double[CAPACITY];
    private final double[] test = new double[CAPACITY];
    private int size;

    /** Appends a point; test may be NaN when there is no test set. Allocates nothing. */
    public void add(double iteration, double trainCost, double testCost) {
        if (size == CAPACITY) {
            for (int k = 0; k < CAPACITY / 2; k++) {
                iterations[k] = iterations[2 * k + 1];
                train[k] = train[2 * k + 1];
                test[k] = test[2 * k + 1];
            }
            size = CAPACITY / 2;
        }
        iterations[size] = iteration;
        train[size] = trainCost;
        test[size] = testCost;
        size++;
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public double iteration(int index) {
        return iterations[index];
    }

    public double trainCost(int index) {
        return train[index];
    }

    public double testCost(int index) {
        return test[index];
    }

    /** The live arrays (only the first {@link #size()} entries mean anything), for drawing without copies. */
    public double[] iterationsView() {
        return iterations;
    }

    public double[] trainView() {
        return train;
    }

    public double[] testView() {
        return test;
    }
}
