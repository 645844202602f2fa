package org.backproplab.state.rate;

import org.backproplab.state.rate.RateLab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.landscape.SurfaceKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The descent sandbox's decisions and sentences. */
class RateLabSandboxTest {
    @Test
    void eachSurfaceHasItsOwnStartingRateAndSteps() {
        assertEquals(0.08, RateLab.sandboxRate(SurfaceKind.QUADRATIC));
        assertEquals(150, RateLab.sandboxSteps(SurfaceKind.QUADRATIC));
        assertEquals(0.002, RateLab.sandboxRate(SurfaceKind.ROSENBROCK));
        assertEquals(500, RateLab.sandboxSteps(SurfaceKind.ROSENBROCK));
        assertEquals(0.01, RateLab.sandboxRate(SurfaceKind.SADDLE));
        assertEquals(200, RateLab.sandboxSteps(SurfaceKind.SADDLE));
    }

    @Test
    void theRateFieldTakesTheLabsAlphaRange() {
        assertEquals(0.5, RateLab.parseSandboxRate(" 0.5 "));
        assertEquals(1e-5, RateLab.parseSandboxRate("0.00001"));
        assertEquals(10, RateLab.parseSandboxRate("10"));
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> RateLab.parseSandboxRate("20"));
        assertEquals("α must be a number from 0.00001 to 10, but is 20", tooLarge.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> RateLab.parseSandboxRate("abc"));
        assertEquals("α must be a number, but is \"abc\"", word.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLab.parseSandboxRate("NaN"));
    }

    @Test
    void theStepsFieldTakesOneToAThousand() {
        assertEquals(1, RateLab.parseSandboxSteps("1"));
        assertEquals(1000, RateLab.parseSandboxSteps("1000"));
        assertEquals("steps must be 1 to 1000, but is 1001",
                assertThrows(IllegalArgumentException.class, () -> RateLab.parseSandboxSteps("1001")).getMessage());
        assertEquals("steps must be 1 to 1000, but is 0",
                assertThrows(IllegalArgumentException.class, () -> RateLab.parseSandboxSteps("0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLab.parseSandboxSteps("2.5"));
    }

    @Test
    void aRefusalSaysWhatIsAllowedAndWhatIsKept() {
        assertEquals("Steps must be 1 to 1000, but is 0; allowed: a whole number from 1 to 1000. Kept 150.",
                RateLab.refusal("steps must be 1 to 1000, but is 0", RateLab.SANDBOX_STEPS_ALLOWED, "150"));
    }

    @Test
    void theParametersLabelNamesWhatEachOptimizerUses() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.ADAM).withMomentum(0.5).withBeta1(0.8)
                .withBeta2(0.99);
        assertEquals("μ = 0.5", RateLab.optimizerParameters(OptimizerKind.MOMENTUM, config));
        assertEquals("μ = 0.5", RateLab.optimizerParameters(OptimizerKind.NESTEROV, config));
        assertEquals("β₁ = 0.8, β₂ = 0.99", RateLab.optimizerParameters(OptimizerKind.ADAM, config));
        assertEquals("", RateLab.optimizerParameters(OptimizerKind.SGD, config));
    }

    @Test
    void theStartLineGivesTheStartRateAndSteps() {
        assertEquals("Start (1.5, -0.25), α = 0.08, 150 steps. ", RateLab.sandboxStartLine(1.5, -0.25, 0.08, 150));
    }

    @Test
    void eachSurfaceSaysWhatMakesItHard() {
        assertEquals(SurfaceKind.ROSENBROCK.title() + ": " + SurfaceKind.ROSENBROCK.formula()
                + ": a curved, flat-bottomed valley; the minimum is at (1, 1).", RateLab.surfaceFormula(SurfaceKind.ROSENBROCK));
    }
}
