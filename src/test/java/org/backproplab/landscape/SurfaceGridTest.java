package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurfaceGridTest {
    @Test
    void samplesCellCentresWithRowZeroAtTheTop() {
        Surface saddle = Surface.saddle(); // view [−2, 2]², f = x² − y²
        SurfaceGrid grid = new SurfaceGrid(4, 2);
        grid.sample(saddle);
        double[] values = grid.valuesView();
        // column 0 is x = −1.5, row 0 is y = +1
        assertEquals(saddle.value(-1.5, 1), values[0]);
        assertEquals(saddle.value(1.5, -1), values[7]);
        assertEquals(saddle.value(-0.5, -1), values[5]);
    }

    @Test
    void findsTheFiniteRange() {
        SurfaceGrid grid = new SurfaceGrid(41, 41);
        assertTrue(Double.isNaN(grid.min()));
        grid.sample(Surface.illConditionedQuadratic());
        assertEquals(0, grid.min(), 1e-12); // the middle cell is the minimum itself
        assertEquals(0.5 * (20 * 9 + 9) * Math.pow(40.0 / 41, 2), grid.max(), 1e-9);
    }

    @Test
    void rejectsAGridTooSmallOrTooLarge() {
        assertThrows(IllegalArgumentException.class, () -> new SurfaceGrid(1, 10));
        assertThrows(IllegalArgumentException.class, () -> new SurfaceGrid(10, 2000));
    }
}
