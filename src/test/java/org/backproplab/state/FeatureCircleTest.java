package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The representation lesson: on the circle, x₁² and x₂² make the classes linearly separable, so a network with
 * no hidden layer — one sigmoid neuron on r² — learns them.
 */
class FeatureCircleTest {
    /** Test J below which the circle counts as learned. */
    static final double LEARNED = 0.05;
    static final int MAX_STEPS = 20_000;

    static AppState circleOnSquares(String settings) {
        StateCodec.Decoded decoded = StateCodec.decode("data=circle&hidden=&in=x1sq,x2sq" + settings, AppState.defaults());
        assertEquals(List.of(), decoded.notices());
        return decoded.state();
    }

    /** Steps until test J &lt; {@link #LEARNED}, trained 5 at a time as the page does; MAX_STEPS + 1 if never. */
    static int stepsToLearn(LabSession lab) {
        while (lab.iteration() < MAX_STEPS) {
            lab.train(5);
            assertTrue(!lab.isDiverged(), lab.divergence());
            if (lab.testCost() < LEARNED) {
                return (int) lab.iteration();
            }
        }
        return MAX_STEPS + 1;
    }

    @Test
    void withTheDefaultTrainingOneNeuronOnSquaresLearnsTheCircleAndOneOnCoordinatesCannot() {
        LabSession squares = new LabSession(circleOnSquares(""));
        int steps = stepsToLearn(squares);
        System.out.println("circle, in=x1sq,x2sq, no hidden layer, SGD α = 0.1, batch 10: test J "
                + squares.testCost() + " after " + steps + " steps");
        assertTrue(steps <= 1000, "learned after " + steps + " steps");
        LabSession plain = new LabSession(circleOnSquares("&in=x1,x2"));
        plain.train(4 * steps);
        System.out.println("circle, in=x1,x2, no hidden layer: test J " + plain.testCost() + " after " + 4 * steps);
        assertTrue(plain.testCost() > 2 * LEARNED, "a line cannot split a disc from its ring: " + plain.testCost());
    }

    @Test
    void slowerSettingsGetThereToo() {
        for (String settings : new String[] {"&lr=0.03", "&loss=binary_cross_entropy&lr=0.03"}) {
            LabSession lab = new LabSession(circleOnSquares(settings));
            assertEquals(3, lab.network().parameters().length);
            int steps = stepsToLearn(lab);
            System.out.println("circle, in=x1sq,x2sq, no hidden layer" + settings + ": test J " + lab.testCost()
                    + " after " + steps + " steps");
            assertTrue(steps <= MAX_STEPS, settings + " never learned the circle: test J " + lab.testCost());
        }
    }
}
