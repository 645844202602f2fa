package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The landscape's passes summed a slice of examples at a time (what the microscope does within a frame's budget)
 * are the whole passes bit for bit, for every slice size: the slice's measure and its samples, the map's cells,
 * a demo run and the presets' trial runs. And the sliced J is the mean of the examples' own costs plus the
 * penalty, computed here one example at a time.
 */
class SlicedPassTest {
    private static final int N = 97;
    /** From one example at a time to more than all of them. */
    private static final int[] SLICES = {1, 2, 7, 30, N - 1, N, 1000};

    /** 97 points on two interleaved arcs, labelled by arc: a deterministic stand-in for the spiral. */
    private static Dataset data() {
        double[] inputs = new double[2 * N];
        double[] targets = new double[N];
        for (int k = 0; k < N; k++) {
            double t = 0.09 * k;
            int label = k % 2;
            double r = 0.3 + 0.02 * k;
            inputs[2 * k] = r * Math.cos(t + Math.PI * label);
            inputs[2 * k + 1] = r * Math.sin(t + Math.PI * label) + 0.1 * Math.sin(7 * k);
            targets[k] = label;
        }
        return new Dataset(2, 1, inputs, targets);
    }

    private static Network network() {
        return Network.initialized(Shape.of(new int[] {2, 6, 5, 1}, Activation.TANH, Activation.SIGMOID),
                Loss.BINARY_CROSS_ENTROPY, new Regularization(Regularization.Type.L2, 0.003), Initializer.XAVIER, 11);
    }

    @Test
    void aSlicedMeasureIsTheWholeMeasureBitForBit() {
        for (int slice : SLICES) {
            Network network = network();
            double[] before = network.parameters().clone();
            CostSlice whole = new CostSlice(network, data(), null);
            whole.measure(9, 0.7);
            CostSlice sliced = new CostSlice(network, data(), null);
            sliced.beginMeasure(9, 0.7);
            int calls = 1;
            while (!sliced.advanceMeasure(slice)) {
                calls++;
                assertArrayEquals(before, network.parameters(), "put back between slices");
            }
            String what = "slices of " + slice;
            assertEquals(whole.weight(), sliced.weight(), 0.0, what);
            assertEquals(whole.measuredCost(), sliced.measuredCost(), 0.0, what);
            assertEquals(whole.slope(), sliced.slope(), 0.0, what);
            assertEquals(whole.nextWeight(), sliced.nextWeight(), 0.0, what);
            assertEquals(whole.nextCost(), sliced.nextCost(), 0.0, what);
            // two passes of N examples, a slice going on from the first into the second
            assertEquals((2 * N + slice - 1) / slice, calls, what);
            assertArrayEquals(before, network.parameters(), what);
        }
    }

    @Test
    void aSlicedCostIsTheMeanOfTheExamplesCostsPlusThePenalty() {
        Network network = network();
        int index = 4;
        double w = 1.25;
        // independent of the slicing: each example's J on its own (a batch of one: its cost plus the penalty at
        // the set weight), averaged here in another order
        double sum = 0;
        for (int k = 0; k < N; k++) {
            CostSlice one = new CostSlice(network, data(), new int[] {k});
            sum += one.costAt(index, w);
        }
        double expected = sum / N;
        for (int slice : SLICES) {
            CostSlice sliced = new CostSlice(network, data(), null);
            sliced.beginCostAt(index, w);
            while (!sliced.advanceCost(slice)) {
                assertTrue(Double.isNaN(sliced.slicedCost()), "no J before all examples are in");
            }
            assertEquals(sliced.costAt(index, w), sliced.slicedCost(), 0.0, "slices of " + slice);
            assertEquals(expected, sliced.slicedCost(), 1e-12 * Math.abs(expected), "slices of " + slice);
        }
    }

    @Test
    void slicedGridCellsAreTheWholeCellsBitForBit() {
        Network network = network();
        double[] before = network.parameters().clone();
        CostGrid grid = new CostGrid(network, data(), null);
        double[] whole = new double[7 * 5];
        grid.sampleCells(3, 20, before[3] + 0.1, before[20] - 0.2, 1.5, 0.8, 7, 5, 0, 35, whole);
        for (int slice : SLICES) {
            double[] sliced = new double[35];
            grid.beginCells(3, 20, before[3] + 0.1, before[20] - 0.2, 1.5, 0.8, 7, 5, 4, 30);
            int written = 4;
            while (!grid.advanceCells(slice, sliced)) {
                assertTrue(grid.nextCell() >= written, "cells are written in order");
                written = grid.nextCell();
                assertTrue(written < 30);
            }
            assertEquals(30, grid.nextCell());
            for (int cell = 0; cell < 35; cell++) {
                assertEquals(cell >= 4 && cell < 30 ? whole[cell] : 0.0, sliced[cell], 0.0,
                        "cell " + cell + ", slices of " + slice);
            }
            assertArrayEquals(before, network.parameters());
        }
    }

    @Test
    void aSlicedDemoRunIsTheWholeRunBitForBit() {
        for (double rate : new double[] {0.05, 3, 400}) {
            Network network = network();
            LearningRateDemo whole = new LearningRateDemo(new CostSlice(network, data(), null), 12);
            LearningRateDemo.Verdict verdict = whole.run(9, rate, 12);
            LearningRateDemo stepwise = new LearningRateDemo(new CostSlice(network, data(), null), 12);
            stepwise.start(9, rate, 12);
            assertFalse(stepwise.advance(), "a started run's first advance() takes its first pass and a step");
            assertEquals(Math.min(2, whole.count()), stepwise.count());
            while (!stepwise.advance()) {
                // a step per call
            }
            assertEquals(verdict, stepwise.verdict());
            assertEquals(whole.count(), stepwise.count());
            for (int i = 0; i < whole.count(); i++) {
                assertEquals(whole.weight(i), stepwise.weight(i), 0.0, "α " + rate + ", point " + i);
            }
            for (int slice : SLICES) {
                LearningRateDemo sliced = new LearningRateDemo(new CostSlice(network, data(), null), 12);
                sliced.start(9, rate, 12);
                assertEquals(0, sliced.count(), "no point before the first pass");
                while (!sliced.advance(slice)) {
                    assertTrue(sliced.verdict() == null);
                }
                String what = "α " + rate + ", slices of " + slice;
                assertEquals(verdict, sliced.verdict(), what);
                assertEquals(whole.count(), sliced.count(), what);
                assertEquals(whole.stoppedEarly(), sliced.stoppedEarly(), what);
                for (int i = 0; i < whole.count(); i++) {
                    assertEquals(whole.weight(i), sliced.weight(i), 0.0, what + ", point " + i);
                    assertEquals(whole.cost(i), sliced.cost(i), 0.0, what + ", point " + i);
                }
            }
        }
    }

    @Test
    void slicedPresetsAreTheWholePresets() {
        Network network = network();
        CostSlice slice = new CostSlice(network, data(), null);
        double curvature = slice.secondDerivative(9);
        slice.measure(9, 0.1);
        SlicePresets whole = new SlicePresets(new LearningRateDemo(slice, 10), 10, 1e-4, 10);
        whole.measure(9, curvature, slice.slope());
        for (int size : new int[] {1, 13, 1000}) {
            SlicePresets sliced = new SlicePresets(new LearningRateDemo(new CostSlice(network, data(), null), 10), 10,
                    1e-4, 10);
            sliced.start(9, curvature, slice.slope());
            while (!sliced.work(size)) {
                assertFalse(sliced.done());
            }
            for (SlicePresets.Preset preset : SlicePresets.Preset.values()) {
                assertEquals(whole.status(preset), sliced.status(preset), preset + ", slices of " + size);
                assertEquals(whole.rate(preset), sliced.rate(preset), 0.0, preset + ", slices of " + size);
            }
        }
    }

    @Test
    void aSliceOfNoExamplesIsRefused() {
        CostSlice slice = new CostSlice(network(), data(), null);
        slice.beginCostAt(0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> slice.advanceCost(0));
        assertEquals("a slice of a pass needs at least 1 example, but maxExamples is 0", e.getMessage());
    }
}
