package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class BoundaryPassTest {
    private final Shape shape = Shape.of(new int[] {2, 16, 16, 16, 16, 16, 16, 1}, Activation.TANH, Activation.SIGMOID);
    private final Network network = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, 9);
    private final RasterGrid grid = RasterGrid.playground(40);
    private final BoundaryRaster raster = new BoundaryRaster(grid);

    private double[] wholePicture(double[] parameters) {
        double[] outputs = new double[grid.cellCount()];
        raster.evaluate(new Backprop(shape), parameters, outputs);
        return outputs;
    }

    @Test
    void aBudgetSpentAfterEveryBandSpreadsThePictureOverOneFramePerBand() {
        BoundaryPass pass = new BoundaryPass(raster, shape);
        double[] start = network.parameters().clone();
        pass.start(network.parameters(), 41);
        int frames = 0;
        boolean complete = false;
        while (!complete) {
            complete = pass.advance(() -> true);
            frames++;
            assertEquals(complete, !pass.isRunning());
        }
        assertEquals(14, frames, "bands of 3 rows (120 cells, about 128 at a time): 40 rows in 14 frames");
        assertEquals(41, pass.revision());
        assertArrayEquals(wholePicture(start), pass.outputs());
        assertFalse(pass.advance(() -> false), "nothing runs after the pass is complete");
    }

    @Test
    void thePictureIsOfTheWeightsAtTheStartEvenIfTrainingChangesThemMidway() {
        BoundaryPass pass = new BoundaryPass(raster, shape);
        double[] parameters = network.parameters().clone();
        double[] atStart = parameters.clone();
        pass.start(parameters, 1);
        pass.advance(() -> true);
        for (int p = 0; p < parameters.length; p++) {
            parameters[p] = -parameters[p] * 1.5; // training moved on
        }
        assertTrue(pass.finish());
        assertArrayEquals(wholePicture(atStart), pass.outputs());
    }

    @Test
    void startingAgainAbandonsTheRunningPass() {
        BoundaryPass pass = new BoundaryPass(raster, shape);
        pass.start(network.parameters(), 1);
        pass.advance(() -> true);
        assertEquals(3, pass.rowsDone());
        double[] other = network.parameters().clone();
        other[0] += 1;
        pass.start(other, 2);
        assertEquals(0, pass.rowsDone());
        assertTrue(pass.finish());
        assertEquals(2, pass.revision());
        assertArrayEquals(wholePicture(other), pass.outputs());
    }

    @Test
    void anUnspentBudgetCompletesThePictureInOneCall() {
        BoundaryPass pass = new BoundaryPass(raster, shape);
        pass.start(network.parameters(), 3);
        assertTrue(pass.advance(() -> false));
        assertThrows(IllegalArgumentException.class, () -> pass.start(new double[3], 4));
    }
}
