package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class RasterTest {
    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void gridCellsAreSampledAtTheirCentresWithRowZeroAtTheTop() {
        // 10 columns over [-5, 5]: width 1, centres -4.5 … 4.5; 4 rows over [-2, 2]: centres 1.5 … -1.5
        RasterGrid grid = new RasterGrid(10, 4, -5, 5, -2, 2);
        assertEquals(40, grid.cellCount());
        assertEquals(-4.5, grid.cellX(0), 1e-12);
        assertEquals(4.5, grid.cellX(9), 1e-12);
        assertEquals(1.5, grid.cellY(0), 1e-12);
        assertEquals(-1.5, grid.cellY(3), 1e-12);
        assertEquals(-5.94, RasterGrid.playground(100).cellX(0), 1e-12);
    }

    @Test
    void pixelAndDomainCoordinatesAreInverse() {
        RasterGrid grid = RasterGrid.playground(50);
        assertEquals(0, grid.toPixelX(-6, 300), 1e-12);
        assertEquals(150, grid.toPixelX(0, 300), 1e-12);
        assertEquals(0, grid.toPixelY(6, 300), 1e-12); // top
        assertEquals(300, grid.toPixelY(-6, 300), 1e-12);
        assertEquals(75, grid.toPixelY(3, 300), 1e-12);
        assertEquals(2.5, grid.toDomainX(grid.toPixelX(2.5, 321), 321), 1e-12);
        assertEquals(-1.25, grid.toDomainY(grid.toPixelY(-1.25, 123), 123), 1e-12);
    }

    @Test
    void gridRejectsBadSidesAndRanges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RasterGrid(0, 10, -1, 1, -1, 1));
        assertEquals("a raster needs 1 to 1024 columns and rows, but has 0 × 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RasterGrid(10, 10, 1, 1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RasterGrid(10, 10, -1, 1, 0, Double.NaN));
    }

    /** A 2-1 network: output = f(wx·x + wy·y + b). */
    private static Network single(Activation output, double wx, double wy, double b) {
        Network network = new Network(Shape.of(new int[] {2, 1}, output, output), Loss.MSE, Regularization.NONE);
        network.setWeight(0, 0, 0, wx);
        network.setWeight(0, 0, 1, wy);
        network.setBias(0, 0, b);
        return network;
    }

    @Test
    void boundaryOutputIsTheNetworkAtEachCellCentre() {
        RasterGrid grid = new RasterGrid(10, 4, -5, 5, -2, 2);
        BoundaryRaster raster = new BoundaryRaster(grid);
        Network sigmoidOfX = single(Activation.SIGMOID, 1, 0, 0);
        double[] outputs = new double[40];
        raster.evaluate(new Backprop(sigmoidOfX.shape()), sigmoidOfX.parameters(), outputs);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 10; c++) {
                assertEquals(sigmoid(-4.5 + c), outputs[r * 10 + c], 1e-12);
            }
        }
        Network yPlusHalf = single(Activation.LINEAR, 0, 1, 0.5);
        raster.evaluate(new Backprop(yPlusHalf.shape()), yPlusHalf.parameters(), outputs);
        for (int r = 0; r < 4; r++) {
            assertEquals(1.5 - r + 0.5, outputs[r * 10 + 7], 1e-12);
        }
    }

    @Test
    void boundaryPaintShowsClassOneBlueAndClassZeroOrange() {
        RasterGrid grid = new RasterGrid(10, 4, -5, 5, -2, 2);
        BoundaryRaster raster = new BoundaryRaster(grid);
        Network network = single(Activation.SIGMOID, 3, 0, 0);
        double[] outputs = new double[40];
        int[] pixels = new int[40];
        raster.evaluate(new Backprop(network.shape()), network.parameters(), outputs);
        raster.paint(outputs, 1, 0, 0, 1, ColorScale.PLAYGROUND, 160, pixels);
        for (int k = 0; k < 40; k++) {
            int p = pixels[k];
            assertEquals(160, ColorScale.alpha(p));
            boolean right = grid.cellX(k % 10) > 0;
            assertEquals(right, ColorScale.blue(p) > ColorScale.red(p), "cell " + k);
        }
        // far left: σ(−13.5) ≈ 0 maps to −1, pure orange; far right pure blue
        assertEquals(0xF59322, ColorScale.rgbOf(pixels[0]));
        assertEquals(0x0877BD, ColorScale.rgbOf(pixels[9]));
    }

    @Test
    void paintMapsLowAndHighToTheEndsAndTheirMeanToTheMiddle() {
        RasterGrid grid = new RasterGrid(4, 1, 0, 1, 0, 1);
        BoundaryRaster raster = new BoundaryRaster(grid);
        int[] pixels = new int[4];
        raster.paint(new double[] {-2, 4, 1, Double.NaN}, 1, 0, -2, 4, ColorScale.PLAYGROUND, 255, pixels);
        assertEquals(0xF59322, ColorScale.rgbOf(pixels[0]));
        assertEquals(0x0877BD, ColorScale.rgbOf(pixels[1]));
        assertEquals(0xE8EAEB, ColorScale.rgbOf(pixels[2]));
        assertEquals(0x9E9E9E, ColorScale.rgbOf(pixels[3]));
    }

    @Test
    void boundaryRejectsNetworksWithoutTwoInputsAndShortArrays() {
        BoundaryRaster raster = new BoundaryRaster(new RasterGrid(3, 3, 0, 1, 0, 1));
        Shape oneInput = Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR);
        assertThrows(IllegalArgumentException.class,
                () -> raster.evaluate(new Backprop(oneInput), new double[2], new double[9]));
        Shape twoOutputs = Shape.of(new int[] {2, 2}, Activation.LINEAR, Activation.LINEAR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> raster.evaluate(new Backprop(twoOutputs), new double[6], new double[9]));
        assertEquals("outputs holds 9 values, but 9 cells × 2 outputs need 18", e.getMessage());
    }

    @Test
    void softmaxOutputsOfEveryCellSumToOne() {
        Network network = new Network(Shape.of(new int[] {2, 3}, Activation.SOFTMAX, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, Regularization.NONE);
        network.setWeight(0, 1, 0, 2); // class 1 grows with x
        network.setWeight(0, 2, 1, 2); // class 2 grows with y
        RasterGrid grid = RasterGrid.playground(12);
        BoundaryRaster raster = new BoundaryRaster(grid);
        double[] outputs = new double[grid.cellCount() * 3];
        raster.evaluate(new Backprop(network.shape()), network.parameters(), outputs);
        for (int k = 0; k < grid.cellCount(); k++) {
            assertEquals(1, outputs[3 * k] + outputs[3 * k + 1] + outputs[3 * k + 2], 1e-12);
        }
        // bottom-right corner (x = 5.5, y = -5.5): z = (0, 11, -11), class 1 dominates
        int[] pixels = new int[grid.cellCount()];
        raster.paintClasses(outputs, 3, 255, pixels);
        int corner = 11 * 12 + 11;
        assertEquals(0x0877BD, ColorScale.rgbOf(pixels[corner]), Integer.toHexString(ColorScale.rgbOf(pixels[corner])));
    }

    @Test
    void classColoursFadeToGreyAsConfidenceFallsToChance() {
        BoundaryRaster raster = new BoundaryRaster(new RasterGrid(6, 1, 0, 1, 0, 1));
        double third = 1.0 / 3;
        double[] outputs = {
            1, 0, 0,
            0, 1, 0,
            0, 0, 1,
            third, third, third,
            0.2, 0.7, 0.1,
            0.5, Double.NaN, 0.5};
        int[] pixels = new int[6];
        raster.paintClasses(outputs, 3, 200, pixels);
        assertEquals(0xF59322, ColorScale.rgbOf(pixels[0]));
        assertEquals(0x0877BD, ColorScale.rgbOf(pixels[1]));
        assertEquals(0x009E73, ColorScale.rgbOf(pixels[2]));
        assertEquals(0xE8EAEB, ColorScale.rgbOf(pixels[3]));
        // class 1 at confidence (0.7 − 1/3)/(2/3) = 0.55: red between blue's 0x08 and grey's 0xe8
        int red = ColorScale.red(pixels[4]);
        assertTrue(red > 0x08 && red < 0xE8 && ColorScale.blue(pixels[4]) > red);
        assertEquals(Math.round(0xE8 + (0x08 - 0xE8) * 0.55), red, 1);
        assertEquals(0x9E9E9E, ColorScale.rgbOf(pixels[5]));
        assertEquals(200, ColorScale.alpha(pixels[5]));
    }

    @Test
    void neuronRastersRecordEveryNeuronAndNormaliseByActivation() {
        Network network = new Network(new Shape(new int[] {2, 2, 1},
                new Activation[] {Activation.TANH, Activation.SIGMOID}), Loss.MSE, Regularization.NONE);
        network.setWeight(0, 0, 0, 1); // h0 = tanh(x)
        network.setWeight(0, 1, 1, 2); // h1 = tanh(2y + 1)
        network.setBias(0, 1, 1);
        network.setWeight(1, 0, 0, 1); // out = σ(h0 − h1 + 0.5)
        network.setWeight(1, 0, 1, -1);
        network.setBias(1, 0, 0.5);
        RasterGrid grid = RasterGrid.playground(12); // centres -5.5, -4.5, …, 5.5
        NeuronRasters rasters = new NeuronRasters(grid, network.shape());
        rasters.evaluate(new Backprop(network.shape()), network.parameters());
        for (int r = 0; r < 12; r++) {
            for (int c = 0; c < 12; c++) {
                int cell = r * 12 + c;
                double x = -5.5 + c;
                double y = 5.5 - r;
                assertEquals(x, rasters.value(0, 0, cell), 1e-12);
                assertEquals(y, rasters.value(0, 1, cell), 1e-12);
                assertEquals(Math.tanh(x), rasters.value(1, 0, cell), 1e-12);
                assertEquals(Math.tanh(2 * y + 1), rasters.value(1, 1, cell), 1e-12);
                assertEquals(sigmoid(Math.tanh(x) - Math.tanh(2 * y + 1) + 0.5), rasters.value(2, 0, cell), 1e-12);
            }
        }
        int[] pixels = new int[144];
        ColorScale scale = ColorScale.PLAYGROUND;
        // input x: divided by its largest |x| = 5.5, so the left column is −1 and the right column +1
        rasters.paint(0, 0, scale, 255, pixels);
        assertEquals(scale.pixel(-1), pixels[0]);
        assertEquals(scale.pixel(1), pixels[11]);
        assertEquals(scale.pixel(-0.5 / 5.5), pixels[5]);
        // tanh: shown as is
        rasters.paint(1, 0, scale, 255, pixels);
        assertEquals(scale.pixel(Math.tanh(0.5)), pixels[6]);
        // sigmoid: 2a − 1
        rasters.paint(2, 0, scale, 255, pixels);
        double a = sigmoid(Math.tanh(0.5) - Math.tanh(2 * 0.5 + 1) + 0.5); // cell (row 5, column 6): x = y = 0.5
        assertEquals(scale.pixel(2 * a - 1), pixels[5 * 12 + 6]);
    }

    @Test
    void reluNeuronsAreScaledByTheirLargestActivationAndDeadOnesStayNeutral() {
        Network network = new Network(Shape.of(new int[] {2, 2, 1}, Activation.RELU, Activation.SIGMOID),
                Loss.MSE, Regularization.NONE);
        network.setWeight(0, 0, 0, 1); // h0 = relu(x): at most 5.5 on the right edge
        network.setBias(0, 1, -1); // h1 = relu(-1) = 0 everywhere
        RasterGrid grid = RasterGrid.playground(12);
        NeuronRasters rasters = new NeuronRasters(grid, network.shape());
        rasters.evaluate(new Backprop(network.shape()), network.parameters());
        int[] pixels = new int[144];
        rasters.paint(1, 0, ColorScale.PLAYGROUND, 255, pixels);
        assertEquals(ColorScale.PLAYGROUND.pixel(1), pixels[11]);
        assertEquals(ColorScale.PLAYGROUND.pixel(0), pixels[0]);
        assertEquals(ColorScale.PLAYGROUND.pixel(2.5 / 5.5), pixels[12 + 8]);
        rasters.paint(1, 1, ColorScale.PLAYGROUND, 255, pixels);
        for (int pixel : pixels) {
            assertEquals(ColorScale.PLAYGROUND.pixel(0), pixel);
        }
    }

    @Test
    void classPicturesAreTheClassColourMixedByConfidenceCellForCell() {
        java.util.Random random = new java.util.Random(11);
        for (int classes = 2; classes <= 3; classes++) {
            BoundaryRaster raster = new BoundaryRaster(new RasterGrid(40, 25, 0, 1, 0, 1));
            double[] outputs = new double[1000 * classes];
            for (int k = 0; k < outputs.length; k++) {
                outputs[k] = k % 53 == 0 ? Double.NaN : random.nextDouble();
            }
            int[] pixels = new int[1000];
            raster.paintClasses(outputs, classes, 170, pixels);
            for (int k = 0; k < 1000; k++) {
                int best = 0;
                boolean nan = false;
                for (int c = 0; c < classes; c++) {
                    double p = outputs[k * classes + c];
                    nan |= Double.isNaN(p);
                    if (!Double.isNaN(p) && p > outputs[k * classes + best]) {
                        best = c;
                    }
                }
                double chance = 1.0 / classes;
                double t = Math.max(0, Math.min(1, (outputs[k * classes + best] - chance) / (1 - chance)));
                int expected = nan ? ColorScale.pixelOf(ColorScale.NAN_RGB, 170) : ColorScale.pixelOf(
                        ColorScale.mix(ColorScale.LIGHT_GREY_RGB, BoundaryRaster.classRgb(best), t), 170);
                assertEquals(expected, pixels[k], "cell " + k + " of " + classes + " classes");
            }
        }
    }

    @Test
    void softmaxNeuronsAreShownAsTheProbabilityOfTheirClass() {
        Network network = new Network(Shape.of(new int[] {2, 3}, Activation.SOFTMAX, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, Regularization.NONE);
        network.setWeight(0, 1, 0, 2);
        network.setWeight(0, 2, 1, -3);
        RasterGrid grid = RasterGrid.playground(12);
        NeuronRasters rasters = new NeuronRasters(grid, network.shape());
        rasters.evaluate(new Backprop(network.shape()), network.parameters());
        int[] pixels = new int[144 + 5];
        for (int c = 0; c < 3; c++) {
            rasters.paintProbability(1, c, BoundaryRaster.classRgb(c), 255, pixels, 5);
            for (int k = 0; k < 144; k++) {
                int expected = ColorScale.pixelOf(ColorScale.mix(ColorScale.LIGHT_GREY_RGB, BoundaryRaster.classRgb(c),
                        rasters.value(1, c, k)), 255);
                assertEquals(expected, pixels[5 + k], "class " + c + ", cell " + k);
            }
        }
    }

    @Test
    void functionCurveSamplesAOneInputNetworkIncludingBothEnds() {
        // 1-2-1: h = tanh(x), tanh(-x); out = 2·h0 − h1 + 1 = 3·tanh(x) + 1 (linear output)
        Network network = new Network(Shape.of(new int[] {1, 2, 1}, Activation.TANH, Activation.LINEAR),
                Loss.MSE, Regularization.NONE);
        network.setWeight(0, 0, 0, 1);
        network.setWeight(0, 1, 0, -1);
        network.setWeight(1, 0, 0, 2);
        network.setWeight(1, 0, 1, -1);
        network.setBias(1, 0, 1);
        double[] xs = new double[5];
        double[] ys = new double[5];
        new FunctionCurve().sample(new Backprop(network.shape()), network.parameters(), -6, 6, 5, xs, ys);
        double[] expectedX = {-6, -3, 0, 3, 6};
        for (int k = 0; k < 5; k++) {
            assertEquals(expectedX[k], xs[k], 1e-12);
            assertEquals(3 * Math.tanh(expectedX[k]) + 1, ys[k], 1e-12);
        }
        Shape twoInputs = Shape.of(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR);
        assertThrows(IllegalArgumentException.class, () -> new FunctionCurve().sample(new Backprop(twoInputs),
                new double[3], 0, 1, 5, xs, ys));
    }

    @Test
    void neuronRastersRejectAMismatchedBackprop() {
        Shape shape = Shape.of(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID);
        NeuronRasters rasters = new NeuronRasters(RasterGrid.playground(4), shape);
        Shape other = Shape.of(new int[] {2, 4, 1}, Activation.TANH, Activation.SIGMOID);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rasters.evaluate(new Backprop(other), new double[other.parameterCount()]));
        assertEquals("these rasters are for a 2-3-1 tanh sigmoid network, but the backprop is for 2-4-1 tanh sigmoid",
                e.getMessage());
    }
}
