package org.backproplab.ui;

import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A 2-D canvas drawn in CSS pixels: {@link #fit()} sizes the backing store to CSS size × devicePixelRatio
 * and scales the context, so lines stay sharp on hi-DPI screens while callers never see device pixels.
 */
final class Canvas2D {
    private static final double FULL_TURN = 2 * Math.PI;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private double width;
    private double height;

    Canvas2D(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        if (context == null) {
            throw new IllegalStateException("this browser gives no 2-D context for the canvas");
        }
    }

    /**
     * Matches the backing store to the canvas's current CSS size and the screen's pixel ratio; call it
     * before each full redraw (it clears the canvas when the size changes).
     */
    void fit() {
        double ratio = Window.current().getDevicePixelRatio();
        if (!(ratio > 0)) {
            ratio = 1;
        }
        width = canvas.getClientWidth();
        height = canvas.getClientHeight();
        int backingWidth = (int) Math.round(width * ratio);
        int backingHeight = (int) Math.round(height * ratio);
        if (canvas.getWidth() != backingWidth || canvas.getHeight() != backingHeight) {
            canvas.setWidth(backingWidth);
            canvas.setHeight(backingHeight);
        }
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
    }

    /** Width in CSS pixels, as of the last {@link #fit()}. */
    double width() {
        return width;
    }

    /** Height in CSS pixels, as of the last {@link #fit()}. */
    double height() {
        return height;
    }

    /** Fills the whole canvas with {@code color} (any CSS colour). */
    void fillBackground(String color) {
        context.setFillStyle(color);
        context.fillRect(0, 0, width, height);
    }

    void line(double x1, double y1, double x2, double y2, String color, double lineWidth) {
        context.beginPath();
        context.moveTo(x1, y1);
        context.lineTo(x2, y2);
        context.setStrokeStyle(color);
        context.setLineWidth(lineWidth);
        context.stroke();
    }

    /** A filled circle with an outline; a {@code null} colour skips that part. */
    void circle(double x, double y, double radius, String fill, String outline, double lineWidth) {
        context.beginPath();
        context.arc(x, y, radius, 0, FULL_TURN);
        if (fill != null) {
            context.setFillStyle(fill);
            context.fill();
        }
        if (outline != null) {
            context.setStrokeStyle(outline);
            context.setLineWidth(lineWidth);
            context.stroke();
        }
    }

    /** Text centred horizontally on x, with its alphabetic baseline at y. */
    void centredText(String text, double x, double y, String font, String color) {
        context.setFont(font);
        context.setFillStyle(color);
        context.setTextAlign("center");
        context.setTextBaseline("alphabetic");
        context.fillText(text, x, y);
    }
}
