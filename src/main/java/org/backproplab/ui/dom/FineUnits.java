package org.backproplab.ui.dom;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Canvas coordinates in whole sixteenths of a CSS pixel, for what is drawn every frame (the cost curve's
 * up to 2 × 2,048 points, a network's edges and thumbnails). A canvas method gets its numbers as
 * JavaScript values: a whole number below 2³⁰ is a small integer, but a fraction becomes a fresh heap
 * number per argument (for drawImage and strokeRect even in V8's best code, for lineTo and arc whenever
 * the caller is not fully optimised). Scaled by 1/16 from {@link #enter} to {@code g.restore()}, the same
 * shapes go in as integers, placed to within 1/32 px, finer than the canvas's anti-aliasing resolves.
 *
 * <p>Line widths set inside are in sixteenths too, and a stroke uses the transform current when it is
 * called: build a path inside, restore, then stroke it with widths and dashes in CSS pixels.
 */
public final class FineUnits {
    /** Units per CSS pixel. */
    public static final double PER_PIXEL = 16;

    private FineUnits() {
    }

    /** Saves the context and scales it so that one unit is 1/{@link #PER_PIXEL} CSS pixel. */
    public static void enter(CanvasRenderingContext2D g) {
        g.save();
        g.scale(1 / PER_PIXEL, 1 / PER_PIXEL);
    }

    /**
     * {@code cssPixels} in units, rounded to the nearest (half up). Loops over many points write
     * {@code (int) (v * PER_PIXEL + 0.5)} out instead (for v ≥ 0 the same), as a double passed to a call
     * is what this class avoids.
     */
    public static int of(double cssPixels) {
        return (int) Math.floor(cssPixels * PER_PIXEL + 0.5);
    }
}
