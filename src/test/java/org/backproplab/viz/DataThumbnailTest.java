package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Thumbnail pixels against values worked by hand for a 48 px square. */
class DataThumbnailTest {
    @Test
    void pointsOfThePlaneMapWithYUp() {
        assertEquals(0, DataThumbnail.pixelX(-6, 48));
        assertEquals(24, DataThumbnail.pixelX(0, 48));
        assertEquals(36, DataThumbnail.pixelX(3, 48));
        assertEquals(0, DataThumbnail.pixelY(6, 48));
        assertEquals(48, DataThumbnail.pixelY(-6, 48));
        assertEquals(12, DataThumbnail.pixelY(3, 48));
    }

    @Test
    void aCurveIsSortedByXAndFillsTheSquareInsideItsMargin() {
        double[] px = new double[3];
        double[] py = new double[3];
        DataThumbnail.curve(new double[] {3, -6, 0}, new double[] {2, -1, 0.5}, 3, 50, px, py);
        // x: −6 → 0, 0 → 25, 3 → 37.5; y from 2 (top, 6 px) to −1 (bottom, 44 px), 0.5 halfway (25 px)
        assertArrayEquals(new double[] {0, 25, 37.5}, px, 1e-12);
        assertArrayEquals(new double[] {44, 25, 6}, py, 1e-12);
    }

    @Test
    void aFlatCurveSitsInTheMiddle() {
        double[] px = new double[2];
        double[] py = new double[2];
        DataThumbnail.curve(new double[] {1, -1}, new double[] {4, 4}, 2, 40, px, py);
        assertArrayEquals(new double[] {20, 20}, py);
    }
}
