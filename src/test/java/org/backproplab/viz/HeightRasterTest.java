package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeightRasterTest {
    private static final ColorScale SCALE = new ColorScale(0xFFFFFF, 0x808080, 0x000000);

    @Test
    void positionRunsFromMinusOneAtLowToOneAtHigh() {
        assertEquals(-1, HeightRaster.position(2, 2, 12, false));
        assertEquals(1, HeightRaster.position(12, 2, 12, false));
        assertEquals(0, HeightRaster.position(7, 2, 12, false), 1e-12);
        assertEquals(1, HeightRaster.position(99, 2, 12, false));
        assertTrue(Double.isNaN(HeightRaster.position(Double.NaN, 2, 12, false)));
        assertEquals(0, HeightRaster.position(5, 3, 3, false), "a flat grid sits in the middle");
    }

    @Test
    void logPositionSpreadsTheValleyFloor() {
        assertEquals(-1, HeightRaster.position(0, 0, 100, true), 1e-12);
        assertEquals(1, HeightRaster.position(100, 0, 100, true), 1e-12);
        // 1 % of the range is already half-way up on the log scale (4 decades from floor to top)
        assertEquals(0, HeightRaster.position(1, 0, 100, true), 0.02);
        assertTrue(HeightRaster.position(1, 0, 100, true) > HeightRaster.position(1, 0, 100, false));
    }

    @Test
    void darkensOnlyWhereTheBandChanges() {
        // one row rising linearly across two bands: the pixel before the band edge is a contour
        double[] values = {0, 1, 2, 3, 4, 5, 6, 7};
        int[] pixels = new int[8];
        HeightRaster.paint(values, 8, 1, 0, 7, false, 2, SCALE, pixels);
        int edges = 0;
        for (int i = 0; i < 8; i++) {
            int plain = SCALE.pixel(HeightRaster.position(values[i], 0, 7, false));
            if (pixels[i] != plain) {
                edges++;
                assertEquals(HeightRaster.shade(plain), pixels[i]);
                assertEquals(3, i);
            }
        }
        assertEquals(1, edges);
    }

    @Test
    void shadeKeepsAlphaAndDarkens() {
        int pixel = ColorScale.pixelOf(0xC8C8C8, 200);
        int shaded = HeightRaster.shade(pixel);
        assertEquals(200, ColorScale.alpha(shaded));
        assertEquals((int) (200 * HeightRaster.LINE_SHADE), ColorScale.red(shaded));
        assertNotEquals(pixel, shaded);
    }
}
