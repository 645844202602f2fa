package org.backproplab.train;

import java.util.Random;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/** Small networks and datasets made here, so that the train tests do not depend on the data generators. */
final class TestData {
    private TestData() {
    }

    /**
     * XOR-like: {@code count} points uniform in [−1, 1]², target 1 where x·y &gt; 0 (first and third quadrant),
     * else 0. Points within 0.1 of an axis are pushed out so that the classes are separable.
     */
    static Dataset xorLike(int count, long seed) {
        Random random = new Random(seed);
        double[] inputs = new double[2 * count];
        double[] targets = new double[count];
        for (int n = 0; n < count; n++) {
            double x = awayFromAxis(2 * random.nextDouble() - 1);
            double y = awayFromAxis(2 * random.nextDouble() - 1);
            inputs[2 * n] = x;
            inputs[2 * n + 1] = y;
            targets[n] = x * y > 0 ? 1.0 : 0.0;
        }
        return new Dataset(2, 1, inputs, targets);
    }

    private static double awayFromAxis(double value) {
        return Math.abs(value) < 0.1 ? Math.copySign(0.1, value) + value : value;
    }

    static Network network(int[] sizes, Activation hidden, Activation output, long seed) {
        return Network.initialized(Shape.of(sizes, hidden, output), Loss.MSE, Regularization.NONE, Initializer.XAVIER, seed);
    }

    static Network xorNetwork(long seed) {
        return network(new int[] {2, 4, 1}, Activation.TANH, Activation.SIGMOID, seed);
    }
}
