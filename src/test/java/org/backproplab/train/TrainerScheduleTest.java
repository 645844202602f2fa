package org.backproplab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class TrainerScheduleTest {
    /**
     * One linear neuron y = w·x (bias fixed by a zero input column is not available, so the bias moves
     * too), one example x = 1, target 0, mse: J = ½(w + b)², ∂J/∂w = ∂J/∂b = w + b. With SGD at rate α_t
     * the sum s = w + b obeys s ← s − 2·α_t·s, so s_T = s₀·Π(1 − 2α_t): the schedule must be applied per step.
     */
    @Test
    void stepDecayHalvesTheRateEverySSteps() {
        Network network = new Network(Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR), Loss.MSE,
                Regularization.NONE);
        network.setWeight(0, 0, 0, 0.5);
        network.setBias(0, 0, 0.5);
        Dataset data = new Dataset(1, 1, new double[] {1}, new double[] {0});
        LearningRateSchedule halving = LearningRateSchedule.step(0.5, 2);
        TrainingConfig config = new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.SGD), 0.2, 0, 1, halving);
        Trainer trainer = new Trainer(network, data, config);
        double expected = 1.0;
        double[] rates = {0.2, 0.2, 0.1, 0.1, 0.05};
        for (double rate : rates) {
            assertEquals(rate, trainer.currentLearningRate(), 1e-15);
            trainer.step();
            expected *= 1 - 2 * rate;
        }
        assertEquals(expected, network.weight(0, 0, 0) + network.bias(0, 0), 1e-15);
    }
}
