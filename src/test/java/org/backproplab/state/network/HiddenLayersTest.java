package org.backproplab.state.network;

import org.backproplab.state.AppState;
import org.backproplab.state.network.HiddenLayers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The +/− rules of the network diagram: 1 to 6 hidden layers of 1 to 16 neurons, never a half-change. */
class HiddenLayersTest {
    @Test
    void addingALayerRepeatsTheLastLayersWidth() {
        assertArrayEquals(new int[] {4, 2, 2}, HiddenLayers.withLayerAdded(new int[] {4, 2}));
        assertArrayEquals(new int[] {16, 16}, HiddenLayers.withLayerAdded(new int[] {16}));
    }

    @Test
    void aSixthLayerIsTheLast() {
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 5}, HiddenLayers.withLayerAdded(new int[] {1, 2, 3, 4, 5}));
        assertNull(HiddenLayers.withLayerAdded(new int[] {1, 2, 3, 4, 5, 6}));
        assertTrue(HiddenLayers.canAddLayer(5));
        assertFalse(HiddenLayers.canAddLayer(6));
    }

    @Test
    void removingDropsTheLastLayerDownToNone() {
        assertArrayEquals(new int[] {4}, HiddenLayers.withLayerRemoved(new int[] {4, 2}));
        assertArrayEquals(new int[0], HiddenLayers.withLayerRemoved(new int[] {4}), "no hidden layer: inputs feed the output");
        assertNull(HiddenLayers.withLayerRemoved(new int[0]));
        assertTrue(HiddenLayers.canRemoveLayer(1));
        assertFalse(HiddenLayers.canRemoveLayer(0));
    }

    @Test
    void neuronsChangeOneAtATimeWithinOneToSixteen() {
        assertArrayEquals(new int[] {4, 3}, HiddenLayers.withNeuronAdded(new int[] {4, 2}, 1));
        assertArrayEquals(new int[] {3, 2}, HiddenLayers.withNeuronRemoved(new int[] {4, 2}, 0));
        assertArrayEquals(new int[] {16}, HiddenLayers.withNeuronAdded(new int[] {15}, 0));
        assertNull(HiddenLayers.withNeuronAdded(new int[] {16}, 0));
        assertNull(HiddenLayers.withNeuronRemoved(new int[] {3, 1}, 1));
        assertTrue(HiddenLayers.canAddNeuron(15));
        assertFalse(HiddenLayers.canAddNeuron(16));
        assertTrue(HiddenLayers.canRemoveNeuron(2));
        assertFalse(HiddenLayers.canRemoveNeuron(1));
    }

    @Test
    void aLayerThatDoesNotExistChangesNothing() {
        assertNull(HiddenLayers.withNeuronAdded(new int[] {4, 2}, 2));
        assertNull(HiddenLayers.withNeuronRemoved(new int[] {4, 2}, -1));
        assertNull(HiddenLayers.withLayerAdded(new int[0]));
    }

    @Test
    void theArgumentIsNeverModified() {
        int[] hidden = {4, 2};
        HiddenLayers.withNeuronAdded(hidden, 0);
        HiddenLayers.withLayerAdded(hidden);
        HiddenLayers.withLayerRemoved(hidden);
        assertArrayEquals(new int[] {4, 2}, hidden);
    }

    /** Every array a rule gives is one AppState accepts: the buttons can never produce a refused network. */
    @Test
    void everyResultIsAValidNetwork() {
        int[][] starts = {{1}, {16}, {16, 16, 16, 16, 16, 16}, {1, 1, 1, 1, 1, 1}, {4, 2}};
        for (int[] start : starts) {
            for (int layer = 0; layer < start.length; layer++) {
                for (int[] next : new int[][] {HiddenLayers.withNeuronAdded(start, layer),
                        HiddenLayers.withNeuronRemoved(start, layer), HiddenLayers.withLayerAdded(start),
                        HiddenLayers.withLayerRemoved(start)}) {
                    if (next != null) {
                        assertArrayEquals(next, AppState.defaults().withHiddenLayers(next).hiddenLayers());
                    }
                }
            }
        }
    }

    @Test
    void countsAreWrittenInTheSingularForOne() {
        assertEquals("1 hidden layer", HiddenLayers.layerCountText(1));
        assertEquals("3 hidden layers", HiddenLayers.layerCountText(3));
        assertEquals("1 neuron", HiddenLayers.neuronCountText(1));
        assertEquals("16 neurons", HiddenLayers.neuronCountText(16));
    }
}
