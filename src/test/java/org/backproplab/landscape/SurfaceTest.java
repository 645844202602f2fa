package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurfaceTest {
    private static final double[][] POINTS = {
        {0, 0}, {1, 1}, {-1.2, 1}, {0.3, -0.7}, {2.5, 1.5}, {-1.9, -0.4}, {0.01, 2.9}
    };

    private static Surface[] all() {
        return new Surface[] {Surface.illConditionedQuadratic(), Surface.quadratic(3, 0.25), Surface.rosenbrock(),
            Surface.saddle()};
    }

    @Test
    void gradientMatchesCentralFiniteDifferences() {
        // (f(x + h) − f(x − h)) / 2h has error h²/6 · f''' — with h = 1e-5, well under 1e-6 on these points.
        double h = 1e-5;
        for (Surface surface : all()) {
            for (double[] p : POINTS) {
                double x = p[0];
                double y = p[1];
                double numericX = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h);
                double numericY = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h);
                double tolerance = 1e-6 * Math.max(1, Math.abs(numericX) + Math.abs(numericY));
                assertEquals(numericX, surface.gradientX(x, y), tolerance, surface + " ∂x at " + x + ", " + y);
                assertEquals(numericY, surface.gradientY(x, y), tolerance, surface + " ∂y at " + x + ", " + y);
            }
        }
    }

    @Test
    void valuesFollowTheFormulas() {
        // ½(20·1 + 1·4) = 12; (1 + 1.2)² + 100(1 − 1.44)² = 4.84 + 19.36 = 24.2; 9 − 4 = 5.
        assertEquals(12, Surface.illConditionedQuadratic().value(1, 2), 1e-15);
        assertEquals(24.2, Surface.rosenbrock().value(-1.2, 1), 1e-12);
        assertEquals(5, Surface.saddle().value(3, 2));
    }

    @Test
    void minimaAreWhereTheGradientVanishes() {
        for (Surface surface : new Surface[] {Surface.illConditionedQuadratic(), Surface.rosenbrock()}) {
            double x = surface.minimumX();
            double y = surface.minimumY();
            assertEquals(0, surface.gradientX(x, y), 0.0); // a delta compares −0.0 equal to 0.0
            assertEquals(0, surface.gradientY(x, y), 0.0);
            assertEquals(0, surface.value(x, y), 0.0);
        }
        Surface saddle = Surface.saddle();
        assertTrue(Double.isNaN(saddle.minimumX()), "a saddle has no minimum");
        assertEquals(0, saddle.gradientX(0, 0), 0.0);
        assertEquals(0, saddle.gradientY(0, 0), 0.0);
    }

    @Test
    void startsLieInsideTheirViewBoxes() {
        for (SurfaceKind kind : SurfaceKind.values()) {
            Surface surface = Surface.defaults(kind);
            assertEquals(kind, surface.kind());
            assertTrue(surface.minX() < surface.startX() && surface.startX() < surface.maxX(), kind.id());
            assertTrue(surface.minY() < surface.startY() && surface.startY() < surface.maxY(), kind.id());
            assertEquals(kind, SurfaceKind.fromId(kind.id()));
        }
        assertEquals(20, Surface.illConditionedQuadratic().curvatureX());
        assertEquals(1, Surface.illConditionedQuadratic().curvatureY());
    }

    @Test
    void rejectsBadCurvaturesAndUnknownIds() {
        assertEquals("curvature a must be a finite number > 0, but is 0.0",
                assertThrows(IllegalArgumentException.class, () -> Surface.quadratic(0, 1)).getMessage());
        assertEquals("curvature b must be a finite number > 0, but is NaN",
                assertThrows(IllegalArgumentException.class, () -> Surface.quadratic(1, Double.NaN)).getMessage());
        assertEquals("unknown surface \"bowl\"; allowed: quadratic, rosenbrock, saddle",
                assertThrows(IllegalArgumentException.class, () -> SurfaceKind.fromId("bowl")).getMessage());
    }
}
