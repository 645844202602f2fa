package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {
    private static final Shape SHAPE_241 = Shape.of(new int[] {2, 4, 1}, Activation.TANH, Activation.SIGMOID);

    /** 300 × 200 with padding 20: columns at 20, 150, 280; spacing (200 − 40) / 4 = 40; radius 0.35·40 = 14. */
    private static final NetworkLayout LAYOUT = new NetworkLayout(SHAPE_241, 300, 200, 20);

    @Test
    void columnsAreEvenlySpacedBetweenThePaddings() {
        assertEquals(20, LAYOUT.neuronX(0, 0), 1e-12);
        assertEquals(150, LAYOUT.neuronX(1, 3), 1e-12);
        assertEquals(280, LAYOUT.neuronX(2, 0), 1e-12);
    }

    @Test
    void neuronsAreCentredVerticallyWithSharedSpacing() {
        assertEquals(40, LAYOUT.spacing(), 1e-12);
        double[] hidden = {40, 80, 120, 160};
        for (int i = 0; i < 4; i++) {
            assertEquals(hidden[i], LAYOUT.neuronY(1, i), 1e-12);
        }
        assertEquals(80, LAYOUT.neuronY(0, 0), 1e-12);
        assertEquals(120, LAYOUT.neuronY(0, 1), 1e-12);
        assertEquals(100, LAYOUT.neuronY(2, 0), 1e-12);
    }

    @Test
    void radiusIsAFractionOfTheSpacingCappedAtEighteen() {
        assertEquals(14, LAYOUT.radius(), 1e-12);
        NetworkLayout roomy = new NetworkLayout(SHAPE_241, 1000, 1000, 20);
        assertEquals(18, roomy.radius(), 1e-12);
    }

    @Test
    void hitNeuronFindsTheCircleUnderThePoint() {
        int code = LAYOUT.hitNeuron(150, 80);
        assertEquals(1, NetworkLayout.layerOf(code));
        assertEquals(1, NetworkLayout.neuronOf(code));
        assertEquals(code, LAYOUT.hitNeuron(160, 80)); // 10 px from the centre, inside radius 14
        assertEquals(code, LAYOUT.hitNeuron(150 + 9, 80 + 9)); // √162 ≈ 12.7
        assertEquals(NetworkLayout.NONE, LAYOUT.hitNeuron(150 + 10, 80 + 10)); // √200 ≈ 14.1
        assertEquals(NetworkLayout.NONE, LAYOUT.hitNeuron(85, 100));
        assertEquals(NetworkLayout.encode(2, 0), LAYOUT.hitNeuron(280, 100));
    }

    @Test
    void everyNeuronCentreHitsItselfInALargerNetwork() {
        Shape shape = Shape.of(new int[] {3, 8, 8, 2}, Activation.RELU, Activation.SOFTMAX);
        NetworkLayout layout = new NetworkLayout(shape, 640, 480, 30);
        for (int l = 0; l < 4; l++) {
            for (int i = 0; i < shape.size(l); i++) {
                assertEquals(NetworkLayout.encode(l, i), layout.hitNeuron(layout.neuronX(l, i), layout.neuronY(l, i)));
            }
        }
    }

    @Test
    void nodesStayInsideThePaddedAreaAndNeverOverlap() {
        int[][] shapes = {{2, 1}, {2, 8, 1}, {4, 6, 6, 6, 3}, {1, 1, 1}, {2, 30, 2}};
        for (int[] sizes : shapes) {
            Shape shape = Shape.of(sizes, Activation.TANH, Activation.LINEAR);
            NetworkLayout layout = new NetworkLayout(shape, 500, 300, 25);
            assertTrue(layout.spacing() >= 2 * layout.radius());
            for (int l = 0; l < sizes.length; l++) {
                if (l > 0) {
                    assertTrue(layout.neuronX(l, 0) - layout.neuronX(l - 1, 0) >= 2 * layout.radius());
                }
                for (int i = 0; i < sizes[l]; i++) {
                    double x = layout.neuronX(l, i);
                    double y = layout.neuronY(l, i);
                    assertTrue(x >= 25 - 1e-9 && x <= 475 + 1e-9);
                    assertTrue(y - layout.radius() >= 25 - 1e-9 && y + layout.radius() <= 275 + 1e-9,
                            "neuron " + l + "/" + i + " at y " + y);
                }
            }
        }
    }

    @Test
    void hitEdgeReturnsTheFlatWeightIndexOfTheNearbyEdge() {
        // edge input 0 (20, 80) → hidden 0 (150, 40): midpoint (85, 60), no other edge passes there
        assertEquals(0, LAYOUT.hitEdge(85, 60, 3));
        // 2 px off the line along its unit normal (40, 130)/|(40, 130)|
        double norm = Math.hypot(40, 130);
        double px = 85 + 2 * 40 / norm;
        double py = 60 + 2 * 130 / norm;
        assertEquals(0, LAYOUT.hitEdge(px, py, 2.5));
        assertEquals(NetworkLayout.NONE, LAYOUT.hitEdge(px, py, 1.5));
        // edge hidden 3 (150, 160) → output (280, 100): W[1][0][3]; layer 0's block is 2·4 weights + 4
        // biases = 12 values, so its flat index is 12 + 0·4 + 3 = 15
        assertEquals(15, LAYOUT.hitEdge(215, 130, 1));
        // input 1 (20, 120) → hidden 2 (150, 120) is horizontal: W[0][2][1] = 2·2 + 1 = 5
        assertEquals(5, LAYOUT.hitEdge(100, 121, 2));
    }

    @Test
    void hitEdgePicksTheNearestOfSeveralCandidates() {
        // at x = 85 the edges from input 0 (y 80) to hidden 1 (y 80) and from input 1 (y 120) to hidden
        // 0 (y 40) cross at y 80; just above the horizontal one, the horizontal one is nearer
        int horizontal = 1 * 2 + 0; // W[0][1][0]
        assertEquals(horizontal, LAYOUT.hitEdge(60, 80.5, 5));
    }

    @Test
    void distanceToSegmentUsesTheEndpointsBeyondTheSegment() {
        assertEquals(5, NetworkLayout.distanceToSegment(-3, 4, 0, 0, 10, 0), 1e-12);
        assertEquals(3, NetworkLayout.distanceToSegment(5, 3, 0, 0, 10, 0), 1e-12);
        assertEquals(5, NetworkLayout.distanceToSegment(13, -4, 0, 0, 10, 0), 1e-12);
        assertEquals(5, NetworkLayout.distanceToSegment(3, 4, 0, 0, 0, 0), 1e-12);
    }

    @Test
    void rejectsNegativeOrNonFiniteSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkLayout(SHAPE_241, -1, 100, 10));
        assertEquals("width must be a finite number ≥ 0, but is -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetworkLayout(SHAPE_241, 100, Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new NetworkLayout(null, 100, 100, 10));
    }

    @Test
    void tinyAreaCollapsesWithoutNaN() {
        NetworkLayout layout = new NetworkLayout(SHAPE_241, 10, 10, 20);
        assertEquals(0, layout.radius());
        assertEquals(5, layout.neuronX(2, 0), 1e-12);
        for (int i = 0; i < 4; i++) {
            assertEquals(5, layout.neuronY(1, i), 1e-12);
        }
        assertEquals(NetworkLayout.NONE, layout.hitNeuron(5, 5));
    }

    /** Every weight W[l][j][i] of a 2-3-4-1 net, counted by hand in row-major order, maps back to (l, i, j). */
    @Test
    void eachWeightIndexNamesTheLayerAndTheNeuronsItJoins() {
        Shape shape = Shape.of(new int[] {2, 3, 4, 1}, Activation.TANH, Activation.SIGMOID);
        // W0 is 3×2 at 0..5, B0 at 6..8, W1 is 4×3 at 9..20, B1 at 21..24, W2 is 1×4 at 25..28
        int[][] expected = {{0, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 2}, {1, 0, 0}, {1, 2, 0}, {1, 0, 1}, {1, 2, 3},
            {2, 0, 0}, {2, 3, 0}};
        int[] indices = {0, 1, 2, 5, 9, 11, 12, 20, 25, 28};
        for (int k = 0; k < indices.length; k++) {
            int index = indices[k];
            assertEquals(expected[k][0], NetworkLayout.weightLayer(shape, index), "layer of " + index);
            assertEquals(expected[k][1], NetworkLayout.weightFrom(shape, index), "from of " + index);
            assertEquals(expected[k][2], NetworkLayout.weightTo(shape, index), "to of " + index);
        }
    }
}
