package org.backproplab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OptimizerConfigTest {

    private static String rejection(Runnable make) {
        return assertThrows(IllegalArgumentException.class, make::run).getMessage();
    }

    @Test
    void defaultsAreTorchDefaults() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.ADAM);
        assertEquals(OptimizerKind.ADAM, config.kind());
        assertEquals(0.9, config.momentum());
        assertEquals(0.9, config.beta1());
        assertEquals(0.999, config.beta2());
        assertEquals(0.99, config.alpha());
        assertEquals(1e-8, config.epsilon());
    }

    @Test
    void withersChangeOneFieldOnly() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.SGD).withMomentum(0.5).withKind(OptimizerKind.NESTEROV);
        assertEquals(new OptimizerConfig(OptimizerKind.NESTEROV, 0.5, 0.9, 0.999, 0.99, 1e-8), config);
        assertEquals(0.8, config.withBeta1(0.8).beta1());
        assertEquals(0.95, config.withBeta2(0.95).beta2());
        assertEquals(0.9, config.withAlpha(0.9).alpha());
        assertEquals(1e-6, config.withEpsilon(1e-6).epsilon());
    }

    @Test
    void rejectsMomentumOutsideZeroToOne() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.MOMENTUM);
        assertEquals("momentum must be a number >= 0 and < 1, but is 1.0", rejection(() -> config.withMomentum(1.0)));
        assertEquals("momentum must be a number >= 0 and < 1, but is -0.1", rejection(() -> config.withMomentum(-0.1)));
        assertEquals("momentum must be a number >= 0 and < 1, but is NaN", rejection(() -> config.withMomentum(Double.NaN)));
        assertEquals(0.0, config.withMomentum(0.0).momentum());
    }

    @Test
    void rejectsBetasAndAlphaOutsideZeroToOne() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.ADAM);
        assertEquals("beta1 must be a number >= 0 and < 1, but is 1.0", rejection(() -> config.withBeta1(1.0)));
        assertEquals("beta2 must be a number >= 0 and < 1, but is 1.5", rejection(() -> config.withBeta2(1.5)));
        assertEquals("alpha must be a number >= 0 and < 1, but is -1.0", rejection(() -> config.withAlpha(-1.0)));
    }

    @Test
    void rejectsEpsilonThatIsNotPositiveAndFinite() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.RMSPROP);
        assertEquals("epsilon must be a finite number > 0, but is 0.0", rejection(() -> config.withEpsilon(0.0)));
        assertEquals("epsilon must be a finite number > 0, but is -1.0E-8", rejection(() -> config.withEpsilon(-1e-8)));
        assertEquals("epsilon must be a finite number > 0, but is Infinity",
                rejection(() -> config.withEpsilon(Double.POSITIVE_INFINITY)));
        assertEquals("epsilon must be a finite number > 0, but is NaN", rejection(() -> config.withEpsilon(Double.NaN)));
    }

    @Test
    void rejectsAMissingKind() {
        assertEquals("optimizer is missing; allowed: sgd, momentum, nesterov, rmsprop, adam",
                rejection(() -> OptimizerConfig.defaults(null)));
    }

    @Test
    void kindsRoundTripThroughTheirIds() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertEquals(kind, OptimizerKind.fromId(kind.id()));
        }
        assertEquals("unknown optimizer \"adagrad\"; allowed: sgd, momentum, nesterov, rmsprop, adam",
                rejection(() -> OptimizerKind.fromId("adagrad")));
    }
}
