package org.backproplab.state.network;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.StateCodec;
import org.backproplab.state.network.WeightEditor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

class WeightEditorTest {
    /** One sigmoid neuron on x₁, x₂ (no hidden layer), mse: J can be written out by hand. */
    private static LabSession oneNeuron() {
        StateCodec.Decoded decoded = StateCodec.decode("data=circle&hidden=", AppState.defaults());
        assertEquals(java.util.List.of(), decoded.notices());
        return new LabSession(decoded.state());
    }

    /** J = 1/(2N) Σ (σ(w₀x₁ + w₁x₂ + b) − y)², written out independently of core.Backprop. */
    private static double handCost(double w0, double w1, double b, Dataset data) {
        double sum = 0;
        for (int n = 0; n < data.count(); n++) {
            double z = w0 * data.input(n, 0) + w1 * data.input(n, 1) + b;
            double error = 1 / (1 + Math.exp(-z)) - data.target(n, 0);
            sum += error * error;
        }
        return sum / (2 * data.count());
    }

    @Test
    void aTypedWeightChangesJAsTheFormulaSaysAndUndoRestoresItBitForBit() {
        LabSession lab = oneNeuron();
        WeightEditor editor = new WeightEditor(lab);
        double[] before = lab.network().parameters().clone();
        double testBefore = lab.testCost();
        int revision = lab.revision();
        assertEquals("", editor.setWeight(0, 0, 1, "-2.5"));
        double[] p = lab.network().parameters();
        assertEquals(-2.5, p[1]);
        assertEquals(before[0], p[0]);
        assertTrue(lab.revision() > revision, "the views redraw");
        assertEquals(handCost(p[0], -2.5, p[2], lab.testData()), lab.testCost(), 1e-12);
        assertEquals(handCost(p[0], -2.5, p[2], lab.trainData()), lab.trainCost(), 1e-12);
        assertTrue(editor.canUndo());
        assertEquals("", editor.undo());
        assertArrayEquals(before, lab.network().parameters());
        assertEquals(Double.doubleToRawLongBits(testBefore), Double.doubleToRawLongBits(lab.testCost()));
        assertEquals(WeightEditor.NOTHING_TO_UNDO, editor.undo());
    }

    @Test
    void aFlatIndexNamesTheSameWeightAsItsLayerAndNeurons() {
        StateCodec.Decoded decoded = StateCodec.decode("data=circle&hidden=3", AppState.defaults());
        LabSession lab = new LabSession(decoded.state());
        WeightEditor editor = new WeightEditor(lab);
        org.backproplab.core.Shape shape = lab.network().shape();
        assertEquals("", editor.setWeightAt(shape.weightIndex(1, 0, 2), "0.75"));
        assertEquals(0.75, lab.network().weight(1, 0, 2));
        assertEquals("", editor.setWeightAt(shape.weightIndex(0, 2, 1), "-1"));
        assertEquals(-1.0, lab.network().weight(0, 2, 1));
        assertEquals("parameter " + shape.biasIndex(0, 0) + " is not a weight of this network",
                editor.setWeightAt(shape.biasIndex(0, 0), "1"));
    }

    @Test
    void badIndicesOrValuesAreRefusedAndNothingChanges() {
        LabSession lab = oneNeuron();
        WeightEditor editor = new WeightEditor(lab);
        double[] before = lab.network().parameters().clone();
        assertEquals("layer 1 does not exist; this network has weight layers 0 to 0", editor.setWeight(1, 0, 0, 1.0));
        assertEquals("neuron 1 does not exist in layer 1; it has neurons 0 to 0", editor.setWeight(0, 1, 0, 1.0));
        assertEquals("neuron 2 does not exist in layer 0; it has neurons 0 to 1", editor.setWeight(0, 0, 2, 1.0));
        assertEquals("the weight is not a finite number; allowed: " + WeightEditor.ALLOWED,
                editor.setWeight(0, 0, 0, Double.NaN));
        assertEquals("the weight is 2000000; allowed: " + WeightEditor.ALLOWED, editor.setWeight(0, 0, 0, 2e6));
        assertEquals("the weight must be a number, but is \"abc\"; allowed: a number from -1000000 to 1000000",
                editor.setWeight(0, 0, 0, "abc"));
        assertArrayEquals(before, lab.network().parameters());
        assertFalse(editor.canUndo());
    }

    @Test
    void aNewNetworkForgetsTheEditsAndOnlyTheLastHundredAreKept() {
        LabSession lab = oneNeuron();
        WeightEditor editor = new WeightEditor(lab);
        double first = lab.network().parameters()[0];
        for (int k = 1; k <= WeightEditor.MAX_UNDO + 1; k++) {
            assertEquals("", editor.setWeight(0, 0, 0, k));
        }
        for (int k = 0; k < WeightEditor.MAX_UNDO; k++) {
            assertEquals("", editor.undo());
        }
        assertEquals(1.0, lab.network().parameters()[0], "the first edit's undo was dropped");
        assertEquals(WeightEditor.NOTHING_TO_UNDO, editor.undo());
        assertTrue(first != 1.0);

        editor.setWeight(0, 0, 0, 3.0);
        lab.reset();
        assertEquals(WeightEditor.NOTHING_TO_UNDO, editor.undo());
    }
}
