package org.backproplab.ui.microscope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Network;
import org.backproplab.data.DatasetKind;
import org.backproplab.landscape.ChainRule;
import org.backproplab.landscape.CostGrid;
import org.backproplab.landscape.CostSlice;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SlicePresets;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.junit.jupiter.api.Test;

/**
 * The microscope's measuring cut into units gives what the landscape classes give in one go, on the parameters
 * as they were when the job started, however training moves them meanwhile.
 */
class MicroscopeWorkTest {
    @Test
    void unitByUnitIsTheWholeMeasureOnTheParametersOfTheJobsStart() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SPIRAL).withPointCount(600)
                .withHiddenLayers(new int[] {6, 6}));
        lab.train(50);
        Network network = lab.network();
        double[] start = network.parameters().clone();
        MicroscopeWork work = new MicroscopeWork(network, lab.trainData(), 10, AppState.MIN_LEARNING_RATE,
                AppState.MAX_LEARNING_RATE, () -> 0);
        int index = 3;
        int second = 20;
        work.start(lab.revision(), index, second, 5, 0.1, true);
        int units = 0;
        while (work.unit()) {
            units++;
            if (units == 3) {
                lab.train(5); // training moves on while the job works
            }
        }
        assertTrue(work.done());
        assertTrue(units > MicroscopeWork.SAMPLES + 2 * work.parts(), units + " units");

        Network then = network.copy();
        then.setParameters(start);
        CostSlice slice = new CostSlice(then, lab.trainData(), null);
        slice.measure(index, 0.1);
        assertEquals(slice.weight(), work.weight, 0.0);
        assertEquals(slice.slope(), work.slope, 0.0);
        assertEquals(slice.nextWeight(), work.next, 0.0);
        assertEquals(slice.measuredCost(), work.cost, 0.0);
        assertEquals(slice.secondDerivative(index), work.curvature, 1e-12 * Math.abs(work.curvature));
        for (int s = 0; s < MicroscopeWork.SAMPLES; s++) {
            assertEquals(slice.costAt(index, work.sampleWeights[s]), work.sampleCosts[s], 0.0, "sample " + s);
        }
        assertTrue(work.low < work.weight && work.weight < work.high);

        ChainRule rule = new ChainRule(then, lab.trainData(), null);
        rule.measure(index, 5);
        assertEquals(rule.sum(), work.rule.sum(), 0.0);
        assertEquals(rule.delta(), work.rule.delta(), 0.0);

        SlicePresets presets = new SlicePresets(new LearningRateDemo(slice, 10), 10, AppState.MIN_LEARNING_RATE,
                AppState.MAX_LEARNING_RATE);
        presets.measure(index, slice.secondDerivative(index), slice.slope());
        assertTrue(work.presetsCurrent());
        for (SlicePresets.Preset preset : SlicePresets.Preset.values()) {
            assertEquals(presets.status(preset), work.presets.status(preset));
            assertEquals(presets.rate(preset), work.presets.rate(preset), 0.0);
        }

        int[] rows = new int[MicroscopeWork.MAP_ROWS];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = (int) ((double) k * lab.trainData().count() / MicroscopeWork.MAP_ROWS);
        }
        double[] cells = new double[MicroscopeWork.CELLS * MicroscopeWork.CELLS];
        new CostGrid(then, lab.trainData(), rows).sampleAround(index, second, work.mapCenter1, work.mapCenter2,
                work.mapRadius, work.mapRadius, MicroscopeWork.CELLS, MicroscopeWork.CELLS, cells);
        assertArrayEquals(cells, work.cells);
        assertEquals(1, work.mapVersion);
    }

    @Test
    void anotherExampleRedoesOnlyTheChainRuleAndADemoRunsStepByStep() {
        LabSession lab = new LabSession(AppState.defaults());
        MicroscopeWork work = new MicroscopeWork(lab.network(), lab.trainData(), 10, AppState.MIN_LEARNING_RATE,
                AppState.MAX_LEARNING_RATE, () -> 0);
        work.start(lab.revision(), 0, -1, 0, 0.1, true);
        while (work.unit()) {
            // all of it
        }
        int slices = work.sliceVersion;
        work.showExample(7);
        int units = 0;
        while (work.unit()) {
            units++;
        }
        assertEquals(1 + work.parts(), units, "the chain rule's begin and its parts, nothing else");
        assertEquals(slices, work.sliceVersion);
        assertEquals(7, work.example());
        ChainRule rule = new ChainRule(lab.network(), lab.trainData(), null);
        rule.measure(0, 7);
        assertEquals(rule.delta(), work.rule.delta(), 0.0);

        work.startDemo(SliceDemo.OWN_RATE, 0.1);
        int steps = 0;
        while (work.unit()) {
            steps++;
        }
        // the default lab's slices hold every example: the start's pass, then one pass per step
        assertEquals(1 + 10, steps, "one backpropagation pass per unit");
        LearningRateDemo reference = new LearningRateDemo(new CostSlice(lab.network(), lab.trainData(), null), 10);
        assertEquals(reference.run(0, 0.1, 10), work.demo().verdict());
    }

    @Test
    void noUnitStartsThatWouldEndPastTheDeadline() {
        LabSession lab = new LabSession(AppState.defaults());
        // the clock is read once at the start and once after each unit, and every unit takes 3 ms on it
        double[] reads = {0};
        MicroscopeWork work = new MicroscopeWork(lab.network(), lab.trainData(), 10, AppState.MIN_LEARNING_RATE,
                AppState.MAX_LEARNING_RATE, () -> 3 * reads[0]++);
        work.start(lab.revision(), 0, -1, 0, 0.1, true);
        work.work(8);
        // units end at 3 and 6 ms; a third would end at 9 ms, past the 8 ms budget
        assertEquals(3, reads[0], "the start and two units");
        work.work(3 * reads[0] + 2.5);
        assertEquals(5, reads[0], "at least one unit, even when it cannot fit");
    }

    @Test
    void aDeadlineInThePastStillDoesOneUnit() {
        LabSession lab = new LabSession(AppState.defaults());
        double[] now = {0};
        MicroscopeWork work = new MicroscopeWork(lab.network(), lab.trainData(), 10, AppState.MIN_LEARNING_RATE,
                AppState.MAX_LEARNING_RATE, () -> now[0]++);
        work.start(lab.revision(), 0, -1, 0, 0.1, true);
        work.work(-1);
        assertEquals(MicroscopeWork.Phase.CURVATURE, work.phase(), "one unit: the measure");
        work.work(Double.POSITIVE_INFINITY);
        assertTrue(work.done());
    }
}
