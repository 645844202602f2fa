package org.backproplab.ui.dom;

import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A view's canvas, sized by CSS (it fills its parent, see views.css) and drawn in CSS pixels: the
 * backing store is CSS size × devicePixelRatio so lines and text stay sharp on hi-DPI screens.
 * {@link #fit()} is cheap enough to call every frame; it reports whether the size changed, in which
 * case the view must redraw everything.
 */
public final class ViewCanvas {
    public final HTMLCanvasElement element;
    public final CanvasRenderingContext2D context;
    private double width;
    private double height;
    private double ratio = 1;
    /** While a picture is drawn ({@link #drawPicture}): its size in CSS px and pixels per CSS px; else −1. */
    private double pictureWidth = -1;
    private double pictureHeight;
    private double pictureRatio;

    /** A canvas appended to {@code parent}, with role="img" and {@code ariaLabel} as its text alternative. */
    public ViewCanvas(HTMLElement parent, String ariaLabel) {
        element = (HTMLCanvasElement) Dom.element("canvas", "blv-canvas", parent);
        element.setAttribute("role", "img");
        element.setAttribute("aria-label", ariaLabel);
        context = (CanvasRenderingContext2D) element.getContext("2d");
        if (context == null) {
            throw new IllegalStateException("this browser gives no 2-D context for the canvas");
        }
    }

    /**
     * Matches the backing store to the canvas's CSS size and the screen's pixel ratio. Returns true when
     * either changed since the last call (the canvas is then cleared and must be redrawn in full).
     */
    public boolean fit() {
        boolean picture = pictureWidth >= 0;
        double currentRatio = picture ? pictureRatio : Window.current().getDevicePixelRatio();
        if (!(currentRatio > 0) || currentRatio > 8) {
            currentRatio = 1;
        }
        double cssWidth = picture ? pictureWidth : element.getClientWidth();
        double cssHeight = picture ? pictureHeight : element.getClientHeight();
        if (cssWidth == width && cssHeight == height && currentRatio == ratio) {
            return false;
        }
        width = cssWidth;
        height = cssHeight;
        ratio = currentRatio;
        int backingWidth = (int) Math.round(width * ratio);
        int backingHeight = (int) Math.round(height * ratio);
        if (element.getWidth() != backingWidth || element.getHeight() != backingHeight) {
            element.setWidth(backingWidth);
            element.setHeight(backingHeight);
        }
        return true;
    }

    /**
     * Draws a picture of the view at another size: runs {@code draw} (the view's own drawing, which calls
     * {@link #fit}) with the canvas {@code cssWidth} × {@code cssHeight} CSS px at {@code pictureRatio} pixels each,
     * copies the result into {@code into} with its top left at pixel ({@code x}, {@code y}), then runs {@code draw}
     * again at the canvas's size on screen at the next animation frame, before the browser paints the page: two
     * shorter tasks instead of one long one.
     */
    public void drawPicture(double cssWidth, double cssHeight, double pictureRatio, Runnable draw,
            CanvasRenderingContext2D into, double x, double y) {
        pictureWidth = cssWidth;
        pictureHeight = cssHeight;
        this.pictureRatio = pictureRatio;
        try {
            draw.run();
            into.save();
            into.setTransform(1, 0, 0, 1, 0, 0);
            into.drawImage(element, x, y);
            into.restore();
        } finally {
            pictureWidth = -1;
            width = -1;
            Window.requestAnimationFrame(time -> draw.run());
        }
    }

    /** Clears the canvas and sets the transform so that drawing is in CSS pixels. */
    public void begin() {
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, element.getWidth(), element.getHeight());
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
    }

    /** Width in CSS pixels, as of the last {@link #fit()}. */
    public double width() {
        return width;
    }

    /** Height in CSS pixels, as of the last {@link #fit()}. */
    public double height() {
        return height;
    }

    /** Whether the canvas has room to draw anything (it may be 0 × 0 while hidden). */
    public boolean isDrawable() {
        return width >= 8 && height >= 8;
    }
}
