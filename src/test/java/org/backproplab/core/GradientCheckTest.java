package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientCheckTest {

    @Test
    void twoPointCheckAgreesWithBackpropOnTheWorkedExampleAndRestoresTheParameters() {
        Network network = WorkedExampleTest.workedNetwork();
        double[] before = network.parameters().clone();
        GradientCheck.Result result = GradientCheck.check(network, WorkedExampleTest.INPUTS, WorkedExampleTest.TARGETS,
                1, GradientCheck.DEFAULT_STEP);
        // Two-point differences with h = 1e-5 carry ~1e-11 of rounding and truncation noise; the smallest
        // gradient here is ~2e-4 (∂J/∂w1 = 0.000438568 in the worked article), so 1e-6 relative is attainable.
        assertTrue(result.maxRelativeError() < 1e-6, "max relative error " + result.maxRelativeError());
        assertArrayEquals(before, network.parameters(), 0.0);
        assertEquals(0.000438568, result.numeric()[network.shape().weightIndex(0, 0, 0)], 1e-9);
        assertEquals(2L * 12 * 1, result.numericForwardPasses());
    }

    @Test
    void relativeErrorIsAbsoluteForTinyValues() {
        // |a − b| / max(|a|, |b|) normally; the plain difference when both are below 1e-8.
        assertEquals(0.5, GradientCheck.relativeError(1.0, 0.5), 1e-15);
        assertEquals(1e-9, GradientCheck.relativeError(1e-9, 0.0), 1e-24);
        assertEquals(0.0, GradientCheck.relativeError(0.0, 0.0));
    }
}
