package org.backproplab.ui.chart;

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

    /** The most entries a key holds. */
    public static final int CAPACITY = 6;

    private final String title;
    private final String[] texts = new String[CAPACITY];
    private final String[][] colors = new String[CAPACITY][];
    @SuppressWarnings("unchecked")
    private final JSArray<JSObject>[] dashes = new JSArray[CAPACITY];
    private final int[] marks = new int[CAPACITY];
    private int count;

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

    /** One more entry; a key full at {@link #CAPACITY} entries takes no more. */
    private void add(String text, int mark, String[] markColors, JSArray<JSObject> dash) {
        if (count == CAPACITY) {
            return;
        }
        marks[count] = mark;
        texts[count] = text;
        colors[count] = markColors;
        dashes[count] = dash;
        count++;
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
        double[] widths = new double[count];
        for (int k = 0; k < count; k++) {
            widths[k] = Math.ceil(g.measureText(texts[k]).getWidth());
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
        for (int k = 0; k < count && k < layout.entryCount(); k++) {
            double x = layout.markX(k);
            double y = layout.rowY(k) + middle;
            drawMark(g, marks[k], colors[k], dashes[k], x, y);
            g.setFont(FONT);
            g.setFillStyle(TEXT_COLOR);
            g.setTextAlign("left");
            g.setTextBaseline("middle");
            g.fillText(texts[k], layout.textX(k), y, Math.max(1, layout.textWidth(k)));
        }
    }

    private static void drawMark(CanvasRenderingContext2D g, int mark, String[] colors, JSArray<JSObject> dash,
            double x, double y) {
        double w = PictureLayout.MARK_WIDTH;
        int n = colors.length;
        if (mark == LINE) {
            g.setLineDash(dash);
            stroke(g, x + 2, y, x + w - 2, y, colors[0], 2.5);
            g.setLineDash(Dom.dashes(0, 0));
        } else if (mark == TICK) {
            stroke(g, x + w / 2, y - 7, x + w / 2, y + 7, colors[0], 2);
        } else if (mark == WIDTHS) {
            stroke(g, x + 2, y - 4, x + w - 2, y - 4, colors[0], 1);
            stroke(g, x + 2, y + 3, x + w - 2, y + 3, colors[0], 5);
        } else if (mark == BAR || mark == STEPS) {
            // blended: one stop per colour, evenly spaced; in blocks: each colour from its block's start to its end
            CanvasGradient gradient = g.createLinearGradient(x, 0, x + w, 0);
            for (int c = 0; c < n; c++) {
                if (mark == STEPS) {
                    gradient.addColorStop((double) c / n, colors[c]);
                    gradient.addColorStop((double) (c + 1) / n, colors[c]);
                } else {
                    gradient.addColorStop(n == 1 ? 0 : (double) c / (n - 1), colors[c]);
                }
            }
            g.setFillStyle(gradient);
            g.fillRect(x, y - 5, w, 10);
        } else {
            // DOTS or RINGS, one per colour
            for (int c = 0; c < n; c++) {
                g.beginPath();
                g.arc(x + w / n * (c + 0.5), y, 4.5, 0, 2 * Math.PI);
                g.setFillStyle(mark == RINGS ? "#ffffff" : colors[c]);
                g.fill();
                g.setStrokeStyle(mark == RINGS ? colors[c] : "#ffffff");
                g.setLineWidth(mark == RINGS ? 2 : 1);
                g.stroke();
            }
        }
    }

    private static void stroke(CanvasRenderingContext2D g, double x1, double y1, double x2, double y2, String color,
            double width) {
        g.beginPath();
        g.moveTo(x1, y1);
        g.lineTo(x2, y2);
        g.setStrokeStyle(color);
        g.setLineWidth(width);
        g.stroke();
    }
}
