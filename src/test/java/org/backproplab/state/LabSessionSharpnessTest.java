package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.HessianReference;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The scripting API's sharpness() and stableRate() against an independent Hessian of the lab's training cost. */
class LabSessionSharpnessTest {
    static double independentSharpness(LabSession session) {
        Network network = session.network();
        Dataset train = session.trainData();
        return HessianReference.max(HessianReference.eigenvalues(HessianReference.hessian(network, train.inputsView(),
                train.targetsView(), train.count())));
    }

    @Test
    void sharpnessOfTheDefaultLabIsTheLargestEigenvalueOfItsTrainingHessian() {
        LabSession session = new LabSession(AppState.defaults());
        double expected = independentSharpness(session);
        assertEquals(expected, session.sharpness(), 1e-6 * Math.abs(expected));
        assertEquals(2 / expected, session.stableRate(), 1e-6 * 2 / expected);
    }

    @Test
    void sharpnessFollowsTheWeightsAsTrainingMovesThem() {
        LabSession session = new LabSession(AppState.defaults().withLearningRate(0.3).withBatchSize(0));
        double before = session.sharpness();
        session.train(300);
        double expected = independentSharpness(session);
        assertEquals(expected, session.sharpness(), 1e-6 * Math.abs(expected));
        assertTrue(Math.abs(expected - before) > 1e-3 * before, "training should have changed λ_max");
    }

    @Test
    void stableRateFollowsTheOptimizerAndItsMomentum() {
        LabSession session = new LabSession(AppState.defaults());
        double sharpness = session.sharpness();
        session.apply(session.state().withOptimizer(OptimizerKind.MOMENTUM).withMomentum(0.8));
        assertEquals(2 * 1.8 / sharpness, session.stableRate(), 1e-12 * 2 * 1.8 / sharpness);
        session.apply(session.state().withOptimizer(OptimizerKind.NESTEROV));
        assertEquals(2 * 1.8 / (2.6 * sharpness), session.stableRate(), 1e-12 * 2 * 1.8 / (2.6 * sharpness));
        session.apply(session.state().withOptimizer(OptimizerKind.ADAM));
        assertTrue(Double.isNaN(session.stableRate()));
        session.apply(session.state().withOptimizer(OptimizerKind.RMSPROP));
        assertTrue(Double.isNaN(session.stableRate()));
        assertEquals(sharpness, session.sharpness(), 0, "changing the optimizer keeps the weights and J");
    }

    @Test
    void theMeterIsBoundToTheCurrentNetworkAndReachesTheSameValue() {
        LabSession session = new LabSession(AppState.defaults());
        var meter = session.sharpnessMeter();
        assertSame(meter, session.sharpnessMeter());
        while (!meter.isConverged()) {
            meter.advance(2);
        }
        assertEquals(session.sharpness(), meter.estimate(), 1e-8 * meter.estimate());
        session.reset();
        assertNotSame(meter, session.sharpnessMeter(), "new weights, new meter");
    }
}
