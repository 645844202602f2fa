package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Network;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.junit.jupiter.api.Test;

class CostGridTest {
    @Test
    void gridIsTheClosedFormOfWeightAndBias() {
        Network line = Fixtures.line();
        CostGrid grid = new CostGrid(line, Fixtures.data(), null);
        double[] costs = new double[5 * 3];
        grid.sample(0, 1, 1.0, 0.5, 5, 3, costs);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                double expected = Fixtures.cost(Fixtures.W - 1 + 0.5 * x, Fixtures.B - 0.5 + 0.5 * y);
                assertEquals(expected, costs[y * 5 + x], 1e-13, "x " + x + ", y " + y);
                min = Math.min(min, expected);
                max = Math.max(max, expected);
            }
        }
        assertEquals(min, grid.min(), 1e-13);
        assertEquals(max, grid.max(), 1e-13);
        assertEquals(grid.cost(), costs[1 * 5 + 2], 0.0, "the centre is J at the current weights");
        assertArrayEquals(new double[] {Fixtures.W, Fixtures.B}, line.parameters());
        assertThrows(IllegalArgumentException.class, () -> grid.sample(0, 0, 1, 1, 3, 3, costs));
        assertThrows(IllegalArgumentException.class, () -> grid.sample(0, 1, 1, 1, 4, 4, costs));
    }

    @Test
    void centreOfAGridOnARealNetworkIsItsJAndTheWeightsComeBack() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(60));
        lab.train(20);
        Network network = lab.network();
        double[] before = network.parameters().clone();
        CostGrid grid = new CostGrid(network, lab.trainData(), null);
        double[] costs = new double[21 * 21];
        int first = network.shape().weightIndex(0, 1, 0);
        int second = network.shape().biasIndex(1, 0);
        grid.sample(first, second, 2, 3, 21, 21, costs);
        assertEquals(lab.trainCost(), costs[10 * 21 + 10], 0.0);
        assertArrayEquals(before, network.parameters());
        assertTrue(grid.min() <= lab.trainCost() && lab.trainCost() <= grid.max());
    }

    @Test
    void contoursOfAParaboloidAreCirclesOfRadiusSqrtLevel() {
        // f(x, y) = x² + y² on [−2, 2]², 81 × 81 points: the level-v contour is the circle of radius √v
        int n = 81;
        double h = 4.0 / (n - 1);
        double[] values = new double[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double px = -2 + x * h;
                double py = -2 + y * h;
                values[y * n + x] = px * px + py * py;
            }
        }
        double[] levels = {1, 2.25};
        double[] segments = new double[4 * 2000];
        int[] segmentLevels = new int[2000];
        int count = Contours.trace(values, n, n, -2, h, -2, h, levels, 2, segments, segmentLevels);
        assertTrue(count > 100 && count < 2000, count + " segments");
        double[] length = new double[2];
        for (int s = 0; s < count; s++) {
            double r = Math.sqrt(levels[segmentLevels[s]]);
            for (int end = 0; end < 2; end++) {
                double x = segments[4 * s + 2 * end];
                double y = segments[4 * s + 2 * end + 1];
                // linear interpolation of a quadratic across a cell of width h errs by at most h²/(8r)
                assertEquals(r, Math.hypot(x, y), h * h / (8 * r) + 1e-12, "segment " + s);
            }
            length[segmentLevels[s]] += Math.hypot(segments[4 * s + 2] - segments[4 * s], segments[4 * s + 3] - segments[4 * s + 1]);
        }
        assertEquals(2 * Math.PI * 1, length[0], 0.01 * 2 * Math.PI);
        assertEquals(2 * Math.PI * 1.5, length[1], 0.01 * 3 * Math.PI);
    }

    @Test
    void contoursStopWhenTheArraysAreFullAndSkipNaN() {
        double[] values = {0, 2, 0, 2, Double.NaN, 2, 0, 2, 0};
        double[] levels = {1};
        double[] segments = new double[4 * 10];
        int[] segmentLevels = new int[10];
        assertEquals(0, Contours.trace(values, 3, 3, 0, 1, 0, 1, levels, 1, segments, segmentLevels),
                "every cell touches the NaN in the middle");
        double[] saddle = {0, 2, 2, 0};
        assertEquals(2, Contours.trace(saddle, 2, 2, 0, 1, 0, 1, levels, 1, segments, segmentLevels));
        // the cell's mean (1) is not above the level: the two high corners are cut off separately
        assertEquals(1, Contours.trace(saddle, 2, 2, 0, 1, 0, 1, levels, 1, new double[4], new int[1]));
    }

    @Test
    void logLevelsAreEvenlySpacedInLogStrictlyInside() {
        double[] levels = new double[3];
        Contours.logLevels(0.001, 10, 3, levels);
        assertEquals(0.01, levels[0], 1e-15);
        assertEquals(0.1, levels[1], 1e-15);
        assertEquals(1, levels[2], 1e-14);
        Contours.logLevels(0, 1, 1, levels);
        assertEquals(1e-3, levels[0], 1e-15, "a minimum of 0 counts as max·10⁻⁶");
        Contours.linearLevels(0, 4, 3, levels);
        assertArrayEquals(new double[] {1, 2, 3}, levels);
    }

    @Test
    void sampleAroundKeepsItsOwnCentreWhileTheWeightsMove() {
        Network line = Fixtures.line();
        CostGrid grid = new CostGrid(line, Fixtures.data(), null);
        double[] costs = new double[3 * 3];
        grid.sampleAround(0, 1, 1.0, 0.5, 1.0, 0.5, 3, 3, costs);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(Fixtures.cost(x, y * 0.5), costs[y * 3 + x], 1e-13, "x " + x + ", y " + y);
            }
        }
        assertArrayEquals(new double[] {Fixtures.W, Fixtures.B}, line.parameters());
        assertThrows(IllegalArgumentException.class, () -> grid.sampleAround(0, 1, Double.NaN, 0, 1, 1, 3, 3, costs));
        // the same grid row by row
        double[] byRows = new double[3 * 3];
        grid.sampleRows(0, 1, 1.0, 0.5, 1.0, 0.5, 3, 3, 0, 1, byRows);
        grid.sampleRows(0, 1, 1.0, 0.5, 1.0, 0.5, 3, 3, 1, 3, byRows);
        assertArrayEquals(costs, byRows);
        assertThrows(IllegalArgumentException.class, () -> grid.sampleRows(0, 1, 0, 0, 1, 1, 3, 3, 2, 4, byRows));
        // and cell by cell, in pieces that cut rows apart
        double[] byCells = new double[3 * 3];
        grid.sampleCells(0, 1, 1.0, 0.5, 1.0, 0.5, 3, 3, 0, 2, byCells);
        grid.sampleCells(0, 1, 1.0, 0.5, 1.0, 0.5, 3, 3, 2, 7, byCells);
        grid.sampleCells(0, 1, 1.0, 0.5, 1.0, 0.5, 3, 3, 7, 9, byCells);
        assertArrayEquals(costs, byCells);
        assertThrows(IllegalArgumentException.class, () -> grid.sampleCells(0, 1, 0, 0, 1, 1, 3, 3, 5, 10, byCells));
    }
}
