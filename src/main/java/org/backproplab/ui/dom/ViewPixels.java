package org.backproplab.ui.dom;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * A small offscreen canvas holding a raster (a heatmap) at one pixel per cell, for drawing scaled into
 * a view with {@code drawImage}. The pixels come from viz's painters as Java ints in ImageData order
 * and are copied through an Int32Array view over one reusable ImageData: {@link #upload} allocates
 * nothing.
 */
public final class ViewPixels {
    private final int columns;
    private final int rows;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final ImageData image;
    private final Int32Array view;

    public ViewPixels(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
        canvas.setWidth(columns);
        canvas.setHeight(rows);
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
        image = context.createImageData(columns, rows);
        view = new Int32Array(image.getData().getBuffer());
    }

    /** Copies {@code pixels} (exactly columns × rows, row 0 at the top) onto the offscreen canvas. */
    public void upload(int[] pixels) {
        view.set(pixels);
        context.putImageData(image, 0, 0);
    }

    /** Draws the whole raster scaled into the rectangle (x, y, w, h) of {@code target}, smoothed. */
    public void draw(CanvasRenderingContext2D target, double x, double y, double w, double h) {
        target.drawImage(canvas, 0, 0, columns, rows, x, y, w, h);
    }

    /** Draws the source rows [firstRow, firstRow + rowCount) scaled into (x, y, w, h): one tile of an atlas. */
    public void drawRows(CanvasRenderingContext2D target, int firstRow, int rowCount, double x, double y, double w,
            double h) {
        target.drawImage(canvas, 0, firstRow, columns, rowCount, x, y, w, h);
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }
}
