package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    private static String rejection(Runnable make) {
        return assertThrows(IllegalArgumentException.class, make::run).getMessage();
    }

    @Test
    void defaultsArePlainSgdFullBatch() {
        TrainingConfig config = TrainingConfig.defaults();
        assertEquals(OptimizerConfig.defaults(OptimizerKind.SGD), config.optimizer());
        assertEquals(0.03, config.learningRate());
        assertEquals(0, config.batchSize());
        assertEquals(1, config.seed());
    }

    @Test
    void rejectsLearningRatesOutsideZeroToTen() {
        TrainingConfig config = TrainingConfig.defaults();
        assertEquals("learning rate must be a number > 0 and <= 10, but is 0.0", rejection(() -> config.withLearningRate(0)));
        assertEquals("learning rate must be a number > 0 and <= 10, but is -0.1", rejection(() -> config.withLearningRate(-0.1)));
        assertEquals("learning rate must be a number > 0 and <= 10, but is 10.5", rejection(() -> config.withLearningRate(10.5)));
        assertEquals("learning rate must be a number > 0 and <= 10, but is NaN",
                rejection(() -> config.withLearningRate(Double.NaN)));
        assertEquals("learning rate must be a number > 0 and <= 10, but is Infinity",
                rejection(() -> config.withLearningRate(Double.POSITIVE_INFINITY)));
        assertEquals(10.0, config.withLearningRate(10).learningRate());
        assertEquals(1e-9, config.withLearningRate(1e-9).learningRate());
    }

    @Test
    void rejectsNegativeBatchSizeAndMissingOptimizer() {
        assertEquals("batch size must be 0 (full batch) or a number of examples >= 1, but is -1",
                rejection(() -> TrainingConfig.defaults().withBatchSize(-1)));
        assertEquals("optimizer is missing; allowed: sgd, momentum, nesterov, rmsprop, adam",
                rejection(() -> TrainingConfig.defaults().withOptimizer(null)));
    }

    @Test
    void withersChangeOneFieldOnly() {
        OptimizerConfig adam = OptimizerConfig.defaults(OptimizerKind.ADAM);
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(adam).withBatchSize(16).withSeed(9)
                .withLearningRate(0.001);
        assertEquals(new TrainingConfig(adam, 0.001, 16, 9), config);
    }

    @Test
    void batchSizeZeroOrAtLeastTheExampleCountIsFullBatch() {
        assertTrue(TrainingConfig.defaults().isFullBatch(10));
        assertTrue(TrainingConfig.defaults().withBatchSize(10).isFullBatch(10));
        assertTrue(TrainingConfig.defaults().withBatchSize(11).isFullBatch(10));
        assertFalse(TrainingConfig.defaults().withBatchSize(9).isFullBatch(10));
        assertFalse(TrainingConfig.defaults().withBatchSize(1).isFullBatch(10));
    }
}
