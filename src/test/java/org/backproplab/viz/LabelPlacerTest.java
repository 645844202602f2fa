package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

/**
 * The phase stepper's numbers on the network picture, placed as the overlay places them (every neuron's
 * numbers, then every edge's by falling |∂J/∂w|), for the hidden layers 4,2; 8,8,8 and six of 16, on a wide
 * and on a narrow picture: no two placed boxes intersect, and all lie inside the picture.
 */
class LabelPlacerTest {
    private static final double WIDTH_PER_CHAR = 7;
    private static final double EDGE_HEIGHT = 17;

    @Test
    void noTwoPlacedNumbersOverlapAtAnyNetworkSize() {
        int[][] hiddens = {{4, 2}, {8, 8, 8}, {16, 16, 16, 16, 16, 16}};
        double[][] pictures = {{620, 420}, {340, 300}};
        for (int[] hidden : hiddens) {
            for (double[] picture : pictures) {
                LabelPlacer placer = placeAll(hidden, picture[0], picture[1], new Random(hidden.length));
                String what = java.util.Arrays.toString(hidden) + " on " + picture[0] + "×" + picture[1];
                assertTrue(placer.placedCount() > 0, what);
                for (int a = 0; a < placer.placedCount(); a++) {
                    double[] box = placer.box(a);
                    assertTrue(box[0] >= 1 && box[1] >= 1 && box[2] <= picture[0] - 1 && box[3] <= picture[1] - 1,
                            what + ": box " + a + " leaves the picture");
                    for (int b = a + 1; b < placer.placedCount(); b++) {
                        assertFalse(intersect(box, placer.box(b)), what + ": boxes " + a + " and " + b + " overlap");
                    }
                }
                System.out.printf("labels %s: %d placed, %d left out%n", what, placer.placedCount(),
                        placer.droppedCount());
            }
        }
    }

    @Test
    void aNetworkSmallEnoughForEveryEdgesNumberShowsThemAll() {
        // 2-2-1, the overlay labels every edge up to 8 weights: 2 + 1 neuron labels and 2·2 + 2·1 = 6 edge labels
        LabelPlacer placer = placeAll(new int[] {2}, 620, 420, new Random(1));
        assertEquals(0, placer.droppedCount());
        assertEquals(9, placer.placedCount());
    }

    @Test
    void aLabelWithNoFreeSpotIsLeftOutAndCounted() {
        LabelPlacer placer = new LabelPlacer();
        placer.start(0, 0, 100, 20);
        assertTrue(placer.placeEdgeLabel(0, 10, 100, 10, 100, 20));
        assertEquals(0, placer.left());
        assertFalse(placer.placeEdgeLabel(0, 10, 100, 10, 10, 10), "the whole picture is taken");
        assertEquals(1, placer.droppedCount());
        assertEquals(1, placer.placedCount());
    }

    @Test
    void aNeuronsNumbersGoBelowItThenAboveWhenBelowIsTaken() {
        LabelPlacer placer = new LabelPlacer();
        placer.start(0, 0, 200, 200);
        assertTrue(placer.placeNeuronLabel(100, 100, 10, 40, 20));
        assertArrayEquals(new double[] {80, 113, 120, 133}, placer.box(0));  // 10 + 3 below the centre
        assertTrue(placer.placeNeuronLabel(100, 100, 10, 40, 20));
        assertArrayEquals(new double[] {80, 67, 120, 87}, placer.box(1));    // 10 + 3 + 20 above
    }

    @Test
    void edgesAreOrderedByFallingSize() {
        double[] values = {0.1, -3, Double.NaN, 2, -0.1};
        assertArrayEquals(new int[] {1, 3, 0, 4, 2}, LabelPlacer.byFallingSize(values, 5));
        assertArrayEquals(new int[] {1, 0}, LabelPlacer.byFallingSize(values, 2));
    }

    /** The overlay's order: nodes, every neuron's two lines, then every edge's number by falling |gradient|. */
    private static LabelPlacer placeAll(int[] hidden, double width, double height, Random random) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = 2;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 1;
        Shape shape = Shape.of(sizes, Activation.TANH, Activation.SIGMOID);
        NetworkLayout layout = new NetworkLayout(shape, width, height, 24);
        LabelPlacer placer = new LabelPlacer();
        placer.start(1, 1, width - 1, height - 1);
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int n = 0; n < shape.size(l); n++) {
                placer.addNode(layout.neuronX(l, n), layout.neuronY(l, n), layout.radius());
            }
        }
        for (int l = 1; l < shape.layerCount(); l++) {
            for (int n = 0; n < shape.size(l); n++) {
                placer.placeNeuronLabel(layout.neuronX(l, n), layout.neuronY(l, n), layout.radius(),
                        "z −0.123".length() * WIDTH_PER_CHAR + 8, 2 * 14 + 4);
            }
        }
        int weights = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            weights += shape.size(l) * shape.size(l + 1);
        }
        double[] gradients = new double[weights];
        int[] from = new int[weights];
        int[] to = new int[weights];
        int[] layer = new int[weights];
        int k = 0;
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    gradients[k] = random.nextGaussian();
                    layer[k] = l;
                    to[k] = j;
                    from[k] = i;
                    k++;
                }
            }
        }
        for (int e : LabelPlacer.byFallingSize(gradients, weights)) {
            int l = layer[e];
            placer.placeEdgeLabel(layout.neuronX(l, from[e]), layout.neuronY(l, from[e]), layout.neuronX(l + 1, to[e]),
                    layout.neuronY(l + 1, to[e]), "∂J/∂w −0.0123".length() * WIDTH_PER_CHAR + 8, EDGE_HEIGHT);
        }
        return placer;
    }

    private static boolean intersect(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
