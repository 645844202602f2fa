package org.backproplab.viz;

/**
 * A diverging colour scale for values in [−1, 1]: {@code negative} at −1, {@code middle} at 0,
 * {@code positive} at +1, linear in sRGB between them. Values outside [−1, 1] are clamped; NaN gets
 * {@link #NAN_RGB} so that a diverged network shows as flat grey, never as a random colour.
 *
 * <p>{@link #PLAYGROUND} is TensorFlow Playground's orange–light grey–blue, which stays distinguishable
 * under the common colour-vision deficiencies (blue and orange differ in lightness and in the
 * blue–yellow axis that deuteranopes and protanopes keep).
 *
 * <p>The scale is quantised to {@value #STEPS} steps (odd, so 0 is exactly the middle colour); every
 * step's pixel and CSS string are built once, so {@link #pixel} and {@link #css} allocate nothing.
 * Pixels are packed for {@code ImageData} viewed through a little-endian {@code Int32Array}
 * (every browser): {@code (a << 24) | (b << 16) | (g << 8) | r}, i.e. bytes R, G, B, A in memory.
 * Immutable.
 */
public final class ColorScale {
    /** Number of quantisation steps across [−1, 1]. */
    public static final int STEPS = 257;
    /** TensorFlow Playground's negative colour, orange #f59322. */
    public static final int ORANGE_RGB = 0xF59322;
    /** The Playground's neutral middle, light grey #e8eaeb. */
    public static final int LIGHT_GREY_RGB = 0xE8EAEB;
    /** The Playground's positive colour, blue #0877bd. */
    public static final int BLUE_RGB = 0x0877BD;
    /** The colour of NaN: a mid grey #9e9e9e, darker than the middle so it does not read as "zero". */
    public static final int NAN_RGB = 0x9E9E9E;

    /** Orange (−1) – light grey (0) – blue (+1). */
    public static final ColorScale PLAYGROUND = new ColorScale(ORANGE_RGB, LIGHT_GREY_RGB, BLUE_RGB);

    private final int[] pixels = new int[STEPS];
    private final String[] cssColors = new String[STEPS];
    private final int nanPixel;
    private final String nanCss;

    /** A scale through three 0xRRGGBB colours. */
    public ColorScale(int negativeRgb, int middleRgb, int positiveRgb) {
        int half = STEPS / 2;
        for (int k = 0; k < STEPS; k++) {
            int rgb = k <= half
                    ? mix(negativeRgb, middleRgb, (double) k / half)
                    : mix(middleRgb, positiveRgb, (double) (k - half) / half);
            pixels[k] = pixelOf(rgb, 255);
            cssColors[k] = cssOf(rgb);
        }
        nanPixel = pixelOf(NAN_RGB, 255);
        nanCss = cssOf(NAN_RGB);
    }

    /** The step index of value v: round((v + 1) / 2 · (STEPS − 1)) after clamping, −1 for NaN. */
    public static int step(double v) {
        if (v != v) {
            return -1;
        }
        double clamped = v < -1 ? -1 : (v > 1 ? 1 : v);
        return roundNonNegative((clamped + 1) * 0.5 * (STEPS - 1));
    }

    /**
     * Math.round for x ≥ 0 without the long that Math.round returns: TeaVM emulates long arithmetic in
     * JavaScript, and this runs for every pixel of every raster.
     */
    static int roundNonNegative(double x) {
        int whole = (int) x;
        return x - whole >= 0.5 ? whole + 1 : whole;
    }

    /** The opaque pixel for value v (packed as described on the class). */
    public int pixel(double v) {
        int k = step(v);
        return k < 0 ? nanPixel : pixels[k];
    }

    /** The pixel for value v with alpha 0..255 (e.g. a translucent heatmap under the data points). */
    public int pixel(double v, int alpha) {
        return (pixel(v) & 0x00FFFFFF) | ((alpha & 0xFF) << 24);
    }

    /**
     * Colours {@code count} values at once: {@code pixels[offset + k] = pixel((values[first + k·stride] − low)
     * · factor + shift, alpha)}, bit for bit. The step is worked out inside the loop rather than by calling
     * {@link #pixel(double, int)} per value: in the browser a double passed to a call, or a packed pixel
     * beyond ±2³⁰ returned from one, is a heap-allocated number whenever V8 did not inline the call: two
     * per pixel, so every picture would be garbage many times its own size.
     */
    public void paint(double[] values, int first, int stride, int count, double low, double factor, double shift,
            int alpha, int[] pixels, int offset) {
        int[] palette = this.pixels;
        int alphaBits = (alpha & 0xFF) << 24;
        int nan = (nanPixel & 0x00FFFFFF) | alphaBits;
        for (int k = 0; k < count; k++) {
            double v = (values[first + k * stride] - low) * factor + shift;
            if (v != v) {
                pixels[offset + k] = nan;
                continue;
            }
            // step(v), written out: round((clamp(v) + 1) / 2 · (STEPS − 1))
            double x = ((v < -1 ? -1 : (v > 1 ? 1 : v)) + 1) * 0.5 * (STEPS - 1);
            int whole = (int) x;
            int step = x - whole >= 0.5 ? whole + 1 : whole;
            pixels[offset + k] = (palette[step] & 0x00FFFFFF) | alphaBits;
        }
    }

    /**
     * {@code pixels[offset + k] = pixelOf(mix(from, to, t), alpha)} for t = values[first + k] clamped to
     * [0, 1], and the NaN grey for NaN: e.g. a softmax output p shown from light grey (p = 0) to its class
     * colour (p = 1). Written out per channel for the reason given at {@link #paint(double[], int, int, int,
     * double, double, double, int, int[], int)}.
     */
    public static void paintMix(int from, int to, double[] values, int first, int count, int alpha, int[] pixels,
            int offset) {
        int alphaBits = (alpha & 0xFF) << 24;
        int nan = pixelOf(NAN_RGB, alpha);
        for (int k = 0; k < count; k++) {
            double t = values[first + k];
            if (t != t) {
                pixels[offset + k] = nan;
                continue;
            }
            t = t < 0 ? 0 : (t > 1 ? 1 : t);
            int pixel = alphaBits;
            for (int channel = 0; channel < 3; channel++) {
                // channel 0 is red: bits 16..23 of 0xRRGGBB, the lowest byte of the pixel
                int a = (from >>> (16 - 8 * channel)) & 0xFF;
                int b = (to >>> (16 - 8 * channel)) & 0xFF;
                double x = a + (b - a) * t;
                int whole = (int) x;
                pixel |= (x - whole >= 0.5 ? whole + 1 : whole) << (8 * channel);
            }
            pixels[offset + k] = pixel;
        }
    }

    /** The CSS colour "#rrggbb" for value v; the same String instance for every value of one step. */
    public String css(double v) {
        int k = step(v);
        return k < 0 ? nanCss : cssColors[k];
    }

    /** The 0xRRGGBB colour for value v. */
    public int rgb(double v) {
        return rgbOf(pixel(v));
    }

    /** Red 0..255 of a packed pixel. */
    public static int red(int pixel) {
        return pixel & 0xFF;
    }

    /** Green 0..255 of a packed pixel. */
    public static int green(int pixel) {
        return (pixel >>> 8) & 0xFF;
    }

    /** Blue 0..255 of a packed pixel. */
    public static int blue(int pixel) {
        return (pixel >>> 16) & 0xFF;
    }

    /** Alpha 0..255 of a packed pixel. */
    public static int alpha(int pixel) {
        return pixel >>> 24;
    }

    /** Packs 0xRRGGBB and an alpha 0..255 into the ImageData pixel layout. */
    public static int pixelOf(int rgb, int alpha) {
        int r = (rgb >>> 16) & 0xFF;
        int g = (rgb >>> 8) & 0xFF;
        int b = rgb & 0xFF;
        return ((alpha & 0xFF) << 24) | (b << 16) | (g << 8) | r;
    }

    /** The 0xRRGGBB colour of a packed pixel (alpha dropped). */
    public static int rgbOf(int pixel) {
        return (red(pixel) << 16) | (green(pixel) << 8) | blue(pixel);
    }

    /** "#rrggbb", lower case, for 0xRRGGBB. Allocates: call it once per colour, not per frame. */
    public static String cssOf(int rgb) {
        char[] text = new char[7];
        text[0] = '#';
        for (int d = 0; d < 6; d++) {
            text[1 + d] = "0123456789abcdef".charAt((rgb >>> (20 - 4 * d)) & 0xF);
        }
        return new String(text);
    }

    /** The colour a fraction t ∈ [0, 1] of the way from 0xRRGGBB {@code from} to {@code to}, rounded. */
    public static int mix(int from, int to, double t) {
        int r = channel(from >>> 16, to >>> 16, t);
        int g = channel(from >>> 8, to >>> 8, t);
        int b = channel(from, to, t);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, double t) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return roundNonNegative(a + (b - a) * t);
    }
}
