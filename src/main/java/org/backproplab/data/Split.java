package org.backproplab.data;

import org.backproplab.core.Rng;

/**
 * A dataset divided into a training part and a test part by a seeded random permutation: the same
 * dataset, ratio and seed give the same split. Every example lands in exactly one part. Immutable.
 */
public final class Split {
    public static final double MIN_TRAIN_RATIO = 0.1;
    public static final double MAX_TRAIN_RATIO = 0.9;

    private final Dataset train;
    private final Dataset test;
    private final int[] trainRows;
    private final int[] testRows;

    private Split(Dataset train, Dataset test, int[] trainRows, int[] testRows) {
        this.train = train;
        this.test = test;
        this.trainRows = trainRows;
        this.testRows = testRows;
    }

    /**
     * Splits {@code data}: round(trainRatio · count) examples go to training, the rest to test, except
     * that with two or more examples each part keeps at least one. A one-example dataset goes to training
     * whole, leaving an empty test set.
     *
     * @param trainRatio {@value #MIN_TRAIN_RATIO} to {@value #MAX_TRAIN_RATIO}
     * @throws IllegalArgumentException when data is null or the ratio is out of range (or NaN)
     */
    public static Split of(Dataset data, double trainRatio, long seed) {
        if (data == null) {
            throw new IllegalArgumentException("a dataset to split is required");
        }
        if (!(trainRatio >= MIN_TRAIN_RATIO && trainRatio <= MAX_TRAIN_RATIO)) {
            throw new IllegalArgumentException("train ratio must be in [" + MIN_TRAIN_RATIO + ", " + MAX_TRAIN_RATIO
                    + "], but is " + trainRatio);
        }
        int count = data.count();
        int trainCount = (int) Math.round(trainRatio * count);
        if (count >= 2) {
            trainCount = Math.max(1, Math.min(count - 1, trainCount));
        } else {
            trainCount = count;
        }
        int[] order = new int[count];
        for (int n = 0; n < count; n++) {
            order[n] = n;
        }
        new Rng(seed).shuffle(order, count);
        int[] trainRows = new int[trainCount];
        int[] testRows = new int[count - trainCount];
        System.arraycopy(order, 0, trainRows, 0, trainCount);
        System.arraycopy(order, trainCount, testRows, 0, count - trainCount);
        return new Split(data.subset(trainRows), data.subset(testRows), trainRows, testRows);
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
    }

    /** A copy of the original dataset's row numbers that went to training, in training order. */
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** A copy of the original dataset's row numbers that went to test, in test order. */
    public int[] testRows() {
        return testRows.clone();
    }
}
