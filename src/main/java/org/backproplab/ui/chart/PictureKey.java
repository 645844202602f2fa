package org.backproplab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.ui.dom.Dom;
import org.backproplab.viz.PictureLayout;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasGradient;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArray;

/**
 * What a saved picture of a view says above the view ({@link PictureLayout}'s band): a title — the name of the
 * vertical axis, such as "cost J" — and a legend, each entry a mark drawn as the view draws that thing (a line
 * in its colour and dash, dots, rings, a colour bar, a short upright line, thin and thick lines) and its text.
 */
public final class PictureKey {
    public static final String FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    public static final String TITLE_FONT = "italic 15px Georgia, 'Times New Roman', serif";
    private static final String TEXT_COLOR = "#1f2933";

    // the marks (ints, not an enum: each enum and record costs the bundle its names and methods)
    private static final int LINE = 0;
    private static final int DOTS = 1;
    private static final int RINGS = 2;
    private static final int BAR = 3;
    private static final int STEPS = 4;
    private static final int TICK = 5;
    private static final int WIDTHS = 6;

    private final String title;
    private final List<String> texts = new ArrayList<>();
    private final List<String[]> colors = new ArrayList<>();
    private final List<JSArray<JSObject>> dashes = new ArrayList<>();
    private int[] marks = new int[4];

    /** A key under {@code title} (null or "": none). */
    public PictureKey(String title) {
        this.title = title == null ? "" : title;
    }

    /** A line in {@code color} with dash pattern {@code dash} (Dom.dashes; [] solid). */
    public PictureKey line(String text, String color, JSArray<JSObject> dash) {
        add(text, LINE, new String[] {color}, dash);
        return this;
    }

    /** Filled dots with a white rim, one per colour. */
    public PictureKey dots(String text, String... colors) {
        add(text, DOTS, colors, null);
        return this;
    }

    /** White dots with a rim, one per colour. */
    public PictureKey rings(String text, String... colors) {
        add(text, RINGS, colors, null);
        return this;
    }

    /** A colour bar through {@code colors}, blended ({@code steps} false) or in equal blocks. */
    public PictureKey bar(String text, boolean steps, String... colors) {
        add(text, steps ? STEPS : BAR, colors, null);
        return this;
    }

    /** A short upright line, as the output view draws an error. */
    public PictureKey tick(String text, String color) {
        add(text, TICK, new String[] {color}, null);
        return this;
    }

    /** A thin and a thick line: what a line's width stands for. */
    public PictureKey widths(String text, String color) {
        add(text, WIDTHS, new String[] {color}, null);
        return this;
    }

    private void add(String text, int mark, String[] markColors, JSArray<JSObject> dash) {
        if (texts.size() == marks.length) {
            marks = java.util.Arrays.copyOf(marks, 2 * marks.length);
        }
        marks[texts.size()] = mark;
        texts.add(text);
        colors.add(markColors);
        dashes.add(dash);
    }

    /** The title's width in {@code g}'s title font (0 without a title). */
    public double titleWidth(CanvasRenderingContext2D g) {
        if (title.isEmpty()) {
            return 0;
        }
        g.setFont(TITLE_FONT);
        return Math.ceil(g.measureText(title).getWidth());
    }

    /** Each entry's text width in {@link #FONT}. */
    public double[] textWidths(CanvasRenderingContext2D g) {
        g.setFont(FONT);
        double[] widths = new double[texts.size()];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = Math.ceil(g.measureText(texts.get(k)).getWidth());
        }
        return widths;
    }

    /** Draws the title and the entries where {@code layout} puts them ({@code g} in the picture's CSS px). */
    public void draw(CanvasRenderingContext2D g, PictureLayout layout) {
        double middle = PictureLayout.ROW_HEIGHT / 2;
        g.setTextAlign("left");
        g.setTextBaseline("middle");
        g.setFillStyle(TEXT_COLOR);
        if (layout.titleWidth() > 0) {
            g.setFont(TITLE_FONT);
            g.fillText(title, PictureLayout.MARGIN, PictureLayout.MARGIN + middle, layout.titleWidth());
        }
        for (int k = 0; k < texts.size() && k < layout.entryCount(); k++) {
            double x = layout.markX(k);
            double y = layout.rowY(k) + middle;
            drawMark(g, marks[k], colors.get(k), dashes.get(k), x, y);
            g.setFont(FONT);
            g.setFillStyle(TEXT_COLOR);
            g.setTextAlign("left");
            g.setTextBaseline("middle");
            g.fillText(texts.get(k), layout.textX(k), y, Math.max(1, layout.textWidth(k)));
        }
    }

    private static void drawMark(CanvasRenderingContext2D g, int mark, String[] colors, JSArray<JSObject> dash,
            double x, double y) {
        double w = PictureLayout.MARK_WIDTH;
        if (mark == LINE) {
            g.beginPath();
            g.moveTo(x + 2, y);
            g.lineTo(x + w - 2, y);
            g.setLineDash(dash);
            g.setStrokeStyle(colors[0]);
            g.setLineWidth(2.5);
            g.stroke();
            g.setLineDash(Dom.dashes(0, 0));
        } else if (mark == DOTS || mark == RINGS) {
            double step = w / colors.length;
            for (int c = 0; c < colors.length; c++) {
                g.beginPath();
                g.arc(x + step * (c + 0.5), y, 4.5, 0, 2 * Math.PI);
                g.setFillStyle(mark == RINGS ? "#ffffff" : colors[c]);
                g.fill();
                g.setStrokeStyle(mark == RINGS ? colors[c] : "#ffffff");
                g.setLineWidth(mark == RINGS ? 2 : 1);
                g.stroke();
            }
        } else if (mark == BAR) {
            CanvasGradient gradient = g.createLinearGradient(x, 0, x + w, 0);
            for (int c = 0; c < colors.length; c++) {
                gradient.addColorStop(colors.length == 1 ? 0 : (double) c / (colors.length - 1), colors[c]);
            }
            g.setFillStyle(gradient);
            g.fillRect(x, y - 5, w, 10);
        } else if (mark == STEPS) {
            double step = w / colors.length;
            for (int c = 0; c < colors.length; c++) {
                g.setFillStyle(colors[c]);
                g.fillRect(x + step * c, y - 5, step, 10);
            }
        } else if (mark == TICK) {
            g.beginPath();
            g.moveTo(x + w / 2, y - 7);
            g.lineTo(x + w / 2, y + 7);
            g.setStrokeStyle(colors[0]);
            g.setLineWidth(2);
            g.stroke();
        } else {
            // WIDTHS: a thin line over a thick one
            g.setStrokeStyle(colors[0]);
            g.beginPath();
            g.moveTo(x + 2, y - 4);
            g.lineTo(x + w - 2, y - 4);
            g.setLineWidth(1);
            g.stroke();
            g.beginPath();
            g.moveTo(x + 2, y + 3);
            g.lineTo(x + w - 2, y + 3);
            g.setLineWidth(5);
            g.stroke();
        }
    }
}
