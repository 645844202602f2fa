package org.backproplab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/**
 * A schedule drives a trainer through the hook it has today: the caller sets the rate before each step.
 * On the smallest problem with a closed form the result is the product of the scheduled contractions.
 */
class LearningRateScheduleInTrainingTest {

    @Test
    void settingTheScheduledRateBeforeEachStepFollowsTheProductOfContractions() {
        // ŷ = w·x + b on the single example x = 1, y = 3, with mse: J = ½e², e = w + b − 3, and
        // ∂J/∂w = ∂J/∂b = e. A step with rate α_t moves w and b each by −α_t·e, so e ← (1 − 2α_t)·e and
        // after T steps e_T = e₀·Π_{t<T}(1 − 2α_t).
        Shape shape = Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR);
        Network network = new Network(shape, Loss.MSE, Regularization.NONE);
        network.setWeight(0, 0, 0, 0.5);
        network.setBias(0, 0, -1.0);
        Dataset one = new Dataset(1, 1, new double[] {1}, new double[] {3});
        double baseRate = 0.2;
        Trainer trainer = new Trainer(network, one, TrainingConfig.defaults().withLearningRate(baseRate));
        LearningRateSchedule schedule = LearningRateSchedule.step(0.5, 3);

        double error = 0.5 - 1.0 - 3;
        for (int t = 0; t < 12; t++) {
            trainer.setLearningRate(schedule.rate(baseRate, trainer.iteration()));
            trainer.step();
            // α_t = 0.2·0.5^⌊t/3⌋: 0.2 for t = 0..2, 0.1 for 3..5, 0.05 for 6..8, 0.025 for 9..11
            double rate = 0.2 * Math.pow(0.5, t / 3);
            error *= 1 - 2 * rate;
            double prediction = network.weight(0, 0, 0) + network.bias(0, 0);
            assertEquals(error, prediction - 3, 1e-12, "after step " + (t + 1));
        }
    }
}
