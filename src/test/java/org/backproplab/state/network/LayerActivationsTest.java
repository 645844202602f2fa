package org.backproplab.state.network;

import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;
import org.backproplab.state.network.LayerActivations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.backproplab.core.Activation;
import org.junit.jupiter.api.Test;

class LayerActivationsTest {
    @Test
    void oneLayersChoiceLeavesTheOthersAndShowsInTheLink() {
        AppState twoLayers = AppState.defaults(); // 4, 2 tanh
        AppState mixed = LayerActivations.withLayer(twoLayers, 1, Activation.RELU);
        assertEquals(Activation.TANH, mixed.hiddenActivation(0));
        assertEquals(Activation.RELU, mixed.hiddenActivation(1));
        assertTrue(StateCodec.encode(mixed).contains("act=tanh,relu"), StateCodec.encode(mixed));
        assertEquals(mixed, StateCodec.decode(StateCodec.encode(mixed), AppState.defaults()).state());
    }

    @Test
    void choosingTheSameForEveryLayerGivesTheOneForAllForm() {
        AppState mixed = LayerActivations.withLayer(AppState.defaults(), 0, Activation.SIGMOID);
        AppState alike = LayerActivations.withLayer(mixed, 0, Activation.TANH);
        assertFalse(alike.hasPerLayerActivations());
        assertTrue(StateCodec.encode(alike).contains("act=tanh&") || StateCodec.encode(alike).endsWith("act=tanh"));
    }

    @Test
    void aLayerThatDoesNotExistIsRefusedWithTheCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerActivations.withLayer(AppState.defaults(), 2, Activation.RELU));
        assertEquals("hidden layer 3 does not exist; this network has 2 hidden layers", e.getMessage());
    }

    @Test
    void theChoicesAreTheHiddenActivationsEachOnce() {
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < LayerActivations.choiceCount(); k++) {
            ids.add(LayerActivations.choice(k).id());
        }
        assertEquals(Set.of(AppState.HIDDEN_ACTIVATIONS.split(", ")), ids);
        assertEquals("activation of hidden layer 1", LayerActivations.selectName(0));
    }
}
