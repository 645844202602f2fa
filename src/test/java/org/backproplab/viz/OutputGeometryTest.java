package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the output plot sits, worked by hand from its margins (left 30, right 10, top 24, bottom 34). */
class OutputGeometryTest {
    @Test
    void theClassificationPlotIsTheLargestCentredSquare() {
        OutputGeometry geometry = new OutputGeometry();
        geometry.placeSquare(400, 300, RasterGrid.playground(100));
        // side = min(400 − 40, 300 − 58) = 242, centred in the 360 px between the side margins
        assertEquals(242, geometry.width(), 1e-12);
        assertEquals(242, geometry.height(), 1e-12);
        assertEquals(30 + (360 - 242) / 2.0, geometry.left(), 1e-12);
        assertEquals(24, geometry.top(), 1e-12);
        // the domain [−6, 6]²: x = 0 is the middle, y = 6 the top edge
        assertEquals(89 + 121, geometry.toPixelX(0), 1e-12);
        assertEquals(24, geometry.toPixelY(6), 1e-12);
        assertEquals(24 + 242, geometry.toPixelY(-6), 1e-12);
        assertEquals(0, geometry.domainX(210), 1e-12);
        assertEquals(-6, geometry.domainY(266), 1e-12);
        assertEquals(7, geometry.xTicks().count()); // −6, −4, …, 6
        assertEquals("\u22126", geometry.xLabels()[0]);
    }

    @Test
    void pointsInsideTheRectangleAreInThePlotAndFarPredictionsAreClamped() {
        OutputGeometry geometry = new OutputGeometry();
        geometry.placeSquare(400, 300, RasterGrid.playground(100));
        assertTrue(geometry.inPlot(89, 24));
        assertTrue(geometry.inPlot(331, 266));
        assertFalse(geometry.inPlot(88.9, 100));
        assertFalse(geometry.inPlot(200, 266.1));
        assertEquals(276, geometry.clampY(1e9), 1e-12);
        assertEquals(14, geometry.clampY(-1e9), 1e-12);
        assertEquals(100, geometry.clampY(100), 1e-12);
    }

    @Test
    void theRegressionPlotIsAsWideAsTheCanvasAllows() {
        OutputGeometry geometry = new OutputGeometry();
        geometry.placeWide(500, 300);
        assertEquals(38, geometry.left(), 1e-12);
        assertEquals(24, geometry.top(), 1e-12);
        assertEquals(500 - 38 - 10, geometry.width(), 1e-12);
        assertEquals(300 - 24 - 34, geometry.height(), 1e-12);
    }

    @Test
    void theRegressionRangesCoverEveryFinitePointWithAMargin() {
        OutputGeometry geometry = new OutputGeometry();
        geometry.startFit();
        geometry.includePoints(new double[] {-8, 2, Double.NaN}, new double[] {0, 10, 1e6}, 3);
        geometry.includePoints(new double[] {100}, new double[] {Double.POSITIVE_INFINITY}, 1);
        geometry.finishFit();
        // x: [−8, 6] at least (the plot always shows [−6, 6]); y: [0, 10] ± 12 % of 10
        assertTrue(geometry.xMin() <= -8 && geometry.xMin() > -12, "xMin " + geometry.xMin());
        assertTrue(geometry.xMax() >= 6 && geometry.xMax() < 10, "xMax " + geometry.xMax());
        assertTrue(geometry.yMin() <= -1.2 && geometry.yMin() > -5, "yMin " + geometry.yMin());
        assertTrue(geometry.yMax() >= 11.2 && geometry.yMax() < 16, "yMax " + geometry.yMax());
    }

    @Test
    void withoutFiniteTargetsTheYRangeIsAroundMinusOneToOne() {
        OutputGeometry geometry = new OutputGeometry();
        geometry.startFit();
        geometry.includePoints(new double[] {1}, new double[] {Double.NaN}, 1);
        geometry.finishFit();
        // −1 to 1 with a margin of 12 % of 2
        assertTrue(geometry.yMin() <= -1.24 && geometry.yMin() >= -2, "yMin " + geometry.yMin());
        assertTrue(geometry.yMax() >= 1.24 && geometry.yMax() <= 2, "yMax " + geometry.yMax());
    }

    @Test
    void clickedCoordinatesAreRoundedToHundredths() {
        assertEquals(1.23, OutputGeometry.roundToHundredths(1.234), 0);
        assertEquals(-1.24, OutputGeometry.roundToHundredths(-1.236), 0);
        assertEquals(6, OutputGeometry.roundToHundredths(5.999), 0);
        assertEquals(Double.NaN, OutputGeometry.roundToHundredths(Double.NaN), 0);
    }
}
