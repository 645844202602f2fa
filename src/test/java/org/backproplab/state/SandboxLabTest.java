package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.landscape.SurfaceKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The descent sandbox's decisions and sentences. */
class SandboxLabTest {
    @Test
    void eachSurfaceHasItsOwnStartingRateAndSteps() {
        assertEquals(0.08, SandboxLab.presetRate(SurfaceKind.QUADRATIC));
        assertEquals(150, SandboxLab.presetSteps(SurfaceKind.QUADRATIC));
        assertEquals(0.002, SandboxLab.presetRate(SurfaceKind.ROSENBROCK));
        assertEquals(500, SandboxLab.presetSteps(SurfaceKind.ROSENBROCK));
        assertEquals(0.01, SandboxLab.presetRate(SurfaceKind.SADDLE));
        assertEquals(200, SandboxLab.presetSteps(SurfaceKind.SADDLE));
    }

    @Test
    void theRateFieldTakesTheLabsAlphaRange() {
        assertEquals(0.5, SandboxLab.parseRate(" 0.5 "));
        assertEquals(1e-5, SandboxLab.parseRate("0.00001"));
        assertEquals(10, SandboxLab.parseRate("10"));
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> SandboxLab.parseRate("20"));
        assertEquals("α must be a number from 0.00001 to 10, but is 20", tooLarge.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> SandboxLab.parseRate("abc"));
        assertEquals("α must be a number, but is \"abc\"", word.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SandboxLab.parseRate("NaN"));
    }

    @Test
    void theStepsFieldTakesOneToAThousand() {
        assertEquals(1, SandboxLab.parseSteps("1"));
        assertEquals(1000, SandboxLab.parseSteps("1000"));
        assertEquals("steps must be 1 to 1000, but is 1001",
                assertThrows(IllegalArgumentException.class, () -> SandboxLab.parseSteps("1001")).getMessage());
        assertEquals("steps must be 1 to 1000, but is 0",
                assertThrows(IllegalArgumentException.class, () -> SandboxLab.parseSteps("0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SandboxLab.parseSteps("2.5"));
    }

    @Test
    void aRefusalSaysWhatIsAllowedAndWhatIsKept() {
        assertEquals("Steps must be 1 to 1000, but is 0; allowed: a whole number from 1 to 1000. Kept 150.",
                SandboxLab.refusal("steps must be 1 to 1000, but is 0", SandboxLab.STEPS_ALLOWED, "150"));
    }

    @Test
    void theParametersLabelNamesWhatEachOptimizerUses() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.ADAM).withMomentum(0.5).withBeta1(0.8)
                .withBeta2(0.99);
        assertEquals("μ = 0.5", SandboxLab.parameters(OptimizerKind.MOMENTUM, config));
        assertEquals("μ = 0.5", SandboxLab.parameters(OptimizerKind.NESTEROV, config));
        assertEquals("β₁ = 0.8, β₂ = 0.99", SandboxLab.parameters(OptimizerKind.ADAM, config));
        assertEquals("", SandboxLab.parameters(OptimizerKind.SGD, config));
    }

    @Test
    void theStartLineGivesTheStartRateAndSteps() {
        assertEquals("Start (1.5, -0.25), α = 0.08, 150 steps. ", SandboxLab.startLine(1.5, -0.25, 0.08, 150));
    }

    @Test
    void eachSurfaceSaysWhatMakesItHard() {
        assertEquals(SurfaceKind.ROSENBROCK.title() + ": " + SurfaceKind.ROSENBROCK.formula()
                + ": a curved, flat-bottomed valley; the minimum is at (1, 1).", SandboxLab.formula(SurfaceKind.ROSENBROCK));
    }
}
