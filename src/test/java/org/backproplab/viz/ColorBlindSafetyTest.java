package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The class and sign colours stay apart for colour-blind students: orange, blue and bluish green (the
 * Okabe–Ito palette's) are simulated as seen with protanopia, deuteranopia and tritanopia (Machado,
 * Oliveira and Fernandes 2009, severity 1.0, applied in linear RGB), and every pair must still differ by a
 * CIELAB ΔE of at least {@value #MIN_DELTA_E} (about 2.3 is "just noticeable"; 20 is "clearly different
 * at a glance") for the red–green deficiencies that one boy in twelve has. Tritanopia (about 1 in 10,000)
 * brings blue and bluish green to ΔE ≈ 16, still clearly perceptible, and must stay above
 * {@value #MIN_DELTA_E_TRITAN}; orange, the colour of the two-class labels and of negative weights, stays far
 * from both for everyone.
 */
class ColorBlindSafetyTest {
    static final double MIN_DELTA_E = 20;
    static final double MIN_DELTA_E_TRITAN = 12;

    static final double[][] PROTANOPIA = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}};
    static final double[][] DEUTERANOPIA = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}};
    static final double[][] TRITANOPIA = {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}};
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    static final int[] COLOURS = {ColorScale.ORANGE_RGB, ColorScale.BLUE_RGB, BoundaryRaster.GREEN_RGB};
    static final String[] NAMES = {"orange", "blue", "green"};

    @Test
    void classColoursStayDistinctForEveryKindOfColourBlindness() {
        double[][][] visions = {NORMAL, PROTANOPIA, DEUTERANOPIA, TRITANOPIA};
        String[] visionNames = {"normal", "protanopia", "deuteranopia", "tritanopia"};
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (int v = 0; v < visions.length; v++) {
            for (int a = 0; a < COLOURS.length; a++) {
                for (int b = a + 1; b < COLOURS.length; b++) {
                    double[] labA = lab(simulate(COLOURS[a], visions[v]));
                    double[] labB = lab(simulate(COLOURS[b], visions[v]));
                    double deltaE = Math.sqrt(sq(labA[0] - labB[0]) + sq(labA[1] - labB[1]) + sq(labA[2] - labB[2]));
                    report.append(String.format("%s %s/%s: ΔE %.1f, ΔL %.1f%n", visionNames[v], NAMES[a], NAMES[b],
                            deltaE, Math.abs(labA[0] - labB[0])));
                    ok &= deltaE >= (visions[v] == TRITANOPIA ? MIN_DELTA_E_TRITAN : MIN_DELTA_E);
                }
            }
        }
        assertTrue(ok, report.toString());
    }

    @Test
    void orangeAndBlueDifferInLightnessSoSignsSurviveGreyscale() {
        double orange = lab(simulate(ColorScale.ORANGE_RGB, NORMAL))[0];
        double blue = lab(simulate(ColorScale.BLUE_RGB, NORMAL))[0];
        assertTrue(orange - blue > 15, "L* orange " + orange + ", blue " + blue);
    }

    private static double sq(double x) {
        return x * x;
    }

    /** Linear-RGB colour as seen through {@code matrix}. */
    static double[] simulate(int rgb, double[][] matrix) {
        double[] linear = {linear((rgb >> 16) & 0xFF), linear((rgb >> 8) & 0xFF), linear(rgb & 0xFF)};
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += matrix[r][c] * linear[c];
            }
            out[r] = Math.max(0, Math.min(1, sum));
        }
        return out;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of a linear-RGB colour. */
    static double[] lab(double[] linear) {
        double x = 0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2];
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = 0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2];
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
