package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class WeightChoiceTest {
    private static final Shape SMALL = Shape.of(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID);
    private static final Shape HEAVY = Shape.of(new int[] {2, 16, 16, 16, 16, 16, 16, 1}, Activation.TANH,
            Activation.SIGMOID);

    @Test
    void everyParameterOfTheNetworkIsReachedExactlyOnce() {
        for (Shape shape : new Shape[] {SMALL, HEAVY}) {
            Set<Integer> reached = new HashSet<>();
            for (int l = 0; l < shape.layerCount() - 1; l++) {
                for (int j = 0; j < shape.size(l + 1); j++) {
                    for (int i = WeightChoice.BIAS; i < shape.size(l); i++) {
                        WeightChoice choice = new WeightChoice(l, j, i);
                        int index = choice.index(shape);
                        reached.add(index);
                        assertEquals(choice, WeightChoice.of(shape, index), "parameter " + index);
                    }
                }
            }
            assertEquals(shape.parameterCount(), reached.size(), "parameters reached on " + shape);
        }
    }

    @Test
    void placesParametersOfASmallNetworkAsCountedByHand() {
        // 2-3-1, layer by layer: W[0] is 3 rows × 2 inputs (indices 0–5), B[0] 6–8, W[1] 1 × 3 (9–11), B[1] 12
        assertEquals(new WeightChoice(0, 0, 0), WeightChoice.of(SMALL, 0));
        assertEquals(new WeightChoice(0, 2, 1), WeightChoice.of(SMALL, 5));
        assertEquals(new WeightChoice(0, 1, WeightChoice.BIAS), WeightChoice.of(SMALL, 7));
        assertEquals(new WeightChoice(1, 0, 2), WeightChoice.of(SMALL, 11));
        assertEquals(new WeightChoice(1, 0, WeightChoice.BIAS), WeightChoice.of(SMALL, 12));
        assertEquals(13, SMALL.parameterCount());
    }

    @Test
    void aNeuronOrInputTheNewLayerLacksBecomesItsLastOne() {
        // from input 2 of hidden layer 1 (3 neurons) to the output layer, which has 1 neuron and 3 inputs
        assertEquals(new WeightChoice(1, 0, 2), WeightChoice.clamped(SMALL, 1, 2, 2));
        // back to layer 0: its neurons have 2 inputs
        assertEquals(new WeightChoice(0, 0, 1), WeightChoice.clamped(SMALL, 0, 0, 2));
        assertEquals(new WeightChoice(0, 2, WeightChoice.BIAS), WeightChoice.clamped(SMALL, 0, 2, WeightChoice.BIAS));
        assertEquals(new WeightChoice(1, 0, 0), WeightChoice.clamped(SMALL, 5, -3, 0));
    }

    @Test
    void theSecondChoiceMovesToTheNextParameterOfItsNeuronWhenItIsTheFirst() {
        // 2-3-1, neuron 1 of hidden layer 1: inputs x₁ (index 0), x₂ (1), then its bias (6)
        WeightChoice onFirst = new WeightChoice(0, 0, 0);
        assertEquals(new WeightChoice(0, 0, 1), onFirst.avoiding(SMALL, 0));
        assertEquals(new WeightChoice(0, 0, WeightChoice.BIAS), new WeightChoice(0, 0, 1).avoiding(SMALL, 1));
        assertEquals(new WeightChoice(0, 0, 0), new WeightChoice(0, 0, WeightChoice.BIAS).avoiding(SMALL, 6));
        assertEquals(onFirst, onFirst.avoiding(SMALL, 1), "another parameter is kept");
    }

    @Test
    void rejectsAnIndexOutsideTheNetwork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightChoice.of(SMALL, 13));
        assertEquals("parameter 13 is outside 0..12", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightChoice.of(SMALL, -1));
    }
}
