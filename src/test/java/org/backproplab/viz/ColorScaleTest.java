package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorScaleTest {
    private static final ColorScale SCALE = ColorScale.PLAYGROUND;

    @Test
    void endsAndMiddleAreThePlaygroundColours() {
        assertEquals(0xF59322, SCALE.rgb(-1));
        assertEquals(0xE8EAEB, SCALE.rgb(0));
        assertEquals(0x0877BD, SCALE.rgb(1));
        assertEquals(255, ColorScale.alpha(SCALE.pixel(0.3)));
    }

    @Test
    void valuesOutsideMinusOneToOneAreClamped() {
        assertEquals(SCALE.pixel(-1), SCALE.pixel(-5));
        assertEquals(SCALE.pixel(1), SCALE.pixel(7));
        assertEquals(SCALE.pixel(1), SCALE.pixel(Double.POSITIVE_INFINITY));
        assertEquals(SCALE.pixel(-1), SCALE.pixel(Double.NEGATIVE_INFINITY));
    }

    @Test
    void nanIsTheNeutralGreyNotAnEnd() {
        assertEquals(0x9E9E9E, SCALE.rgb(Double.NaN));
        assertEquals("#9e9e9e", SCALE.css(Double.NaN));
    }

    @Test
    void halfwayToPositiveIsTheChannelMeanOfMiddleAndBlue() {
        // 0.5 is exactly step 192 of 0..256, halfway between middle (128) and +1 (256)
        int expected = (Math.round((0xE8 + 0x08) / 2.0f) << 16) | (Math.round((0xEA + 0x77) / 2.0f) << 8)
                | Math.round((0xEB + 0xBD) / 2.0f);
        assertEquals(expected, SCALE.rgb(0.5));
    }

    @Test
    void pixelsUseImageDataByteOrderOnLittleEndian() {
        // bytes in memory R, G, B, A = int 0xAABBGGRR
        assertEquals(0x44332211, ColorScale.pixelOf(0x112233, 0x44));
        int p = SCALE.pixel(-1, 128);
        assertEquals(0xF5, ColorScale.red(p));
        assertEquals(0x93, ColorScale.green(p));
        assertEquals(0x22, ColorScale.blue(p));
        assertEquals(128, ColorScale.alpha(p));
    }

    @Test
    void cssStringMatchesThePixelAndIsCachedPerStep() {
        for (int k = -100; k <= 100; k++) {
            double v = k / 100.0;
            assertEquals(String.format("#%06x", SCALE.rgb(v)), SCALE.css(v));
            assertSame(SCALE.css(v), SCALE.css(v));
        }
    }

    @Test
    void redFallsSteadilyFromOrangeToBlue() {
        int previous = 256;
        for (int k = -100; k <= 100; k++) {
            int red = ColorScale.red(SCALE.pixel(k / 100.0));
            assertTrue(red <= previous, "red rose at " + k / 100.0);
            previous = red;
        }
    }

    @Test
    void endsDifferInLightnessSoTheyStayApartWithoutHueVision() {
        // WCAG relative luminance; a clear lightness gap keeps the ends apart for every colour deficiency
        double orange = luminance(0xF59322);
        double blue = luminance(0x0877BD);
        assertTrue(orange - blue > 0.15, "orange " + orange + " blue " + blue);
        assertTrue(luminance(0xE8EAEB) > orange, "the middle is the lightest");
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void zeroMapsExactlyToTheMiddleStep() {
        assertEquals(ColorScale.STEPS / 2, ColorScale.step(0));
        assertEquals(0, ColorScale.step(-1));
        assertEquals(ColorScale.STEPS - 1, ColorScale.step(1));
        assertEquals(-1, ColorScale.step(Double.NaN));
    }

    @net.jqwik.api.Property(tries = 2000)
    void roundNonNegativeEqualsMathRound(@net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1e6) double x) {
        org.junit.jupiter.api.Assertions.assertEquals(Math.round(x), ColorScale.roundNonNegative(x));
    }

    @org.junit.jupiter.api.Test
    void roundNonNegativeAtTheTies() {
        for (double x : new double[] {0, 0.5, 1.5, 2.5, 0.49999999999999994, 254.5, 255, 127.49999999999999}) {
            org.junit.jupiter.api.Assertions.assertEquals(Math.round(x), ColorScale.roundNonNegative(x), "x = " + x);
        }
    }

    /** Values at and around every step's rounding tie, the clamps, NaN and ±∞. */
    private static double[] awkwardValues() {
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, -1.0, 1.0, -1e300, 1e300,
                Double.MIN_VALUE, -Double.MIN_VALUE));
        for (int k = 0; k < ColorScale.STEPS; k++) {
            double tie = (k + 0.5) * 2 / (ColorScale.STEPS - 1) - 1; // halfway between step k and k + 1
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(Math.nextDown(tie));
        }
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 2000; n++) {
            values.add(random.nextDouble() * 6 - 3);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void paintingManyValuesAtOnceGivesEveryValuesOwnPixel() {
        double[] values = awkwardValues();
        double[][] maps = {{0, 1, 0}, {0, 2, -1}, {-2, 2.0 / 6, -1.0}, {0.25, 1.0 / 3, 0.125}};
        for (double[] map : maps) {
            for (int alpha : new int[] {255, 170, 0}) {
                int[] pixels = new int[values.length + 3];
                pixels[0] = 42;
                SCALE.paint(values, 0, 1, values.length, map[0], map[1], map[2], alpha, pixels, 1);
                assertEquals(42, pixels[0], "nothing before the offset");
                assertEquals(0, pixels[values.length + 1], "nothing after count");
                for (int k = 0; k < values.length; k++) {
                    int expected = SCALE.pixel((values[k] - map[0]) * map[1] + map[2], alpha);
                    assertEquals(expected, pixels[1 + k], "value " + values[k] + ", map "
                            + java.util.Arrays.toString(map) + ", alpha " + alpha);
                }
            }
        }
    }

    @Test
    void paintingReadsEveryStrideThValueFromFirst() {
        double[] interleaved = {9, -1, 9, 0, 9, 1, 9, Double.NaN};
        int[] pixels = new int[4];
        SCALE.paint(interleaved, 1, 2, 4, 0, 1, 0, 255, pixels, 0);
        assertEquals(SCALE.pixel(-1), pixels[0]);
        assertEquals(SCALE.pixel(0), pixels[1]);
        assertEquals(SCALE.pixel(1), pixels[2]);
        assertEquals(SCALE.pixel(Double.NaN), pixels[3]);
    }

    @Test
    void paintMixIsPixelOfMixWithClampedAmounts() {
        double[] values = awkwardValues();
        int[][] pairs = {{ColorScale.LIGHT_GREY_RGB, ColorScale.BLUE_RGB}, {ColorScale.LIGHT_GREY_RGB, 0x009E73},
                {0x000000, 0xFFFFFF}, {0xFFFFFF, 0x000000}, {0x123456, 0x123456}};
        for (int[] pair : pairs) {
            int[] pixels = new int[values.length + 2];
            ColorScale.paintMix(pair[0], pair[1], values, 1, values.length - 1, 170, pixels, 2);
            assertEquals(0, pixels[1], "nothing before the offset");
            for (int k = 1; k < values.length; k++) {
                double t = values[k];
                int expected = t != t ? ColorScale.pixelOf(ColorScale.NAN_RGB, 170)
                        : ColorScale.pixelOf(ColorScale.mix(pair[0], pair[1], t < 0 ? 0 : t > 1 ? 1 : t), 170);
                assertEquals(expected, pixels[1 + k], "t = " + t);
            }
        }
    }
}
