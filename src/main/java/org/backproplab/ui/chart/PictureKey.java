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

    private enum Mark { LINE, DOTS, RINGS, BAR, STEPS, TICK, WIDTHS }

    private record Entry(String text, Mark mark, String[] colors, JSArray<JSObject> dash) {
    }

    private final String title;
    private final List<Entry> entries = new ArrayList<>();

    /** A key under {@code title} (null or "": none). */
    public PictureKey(String title) {
        this.title = title == null ? "" : title;
    }

    /** A line in {@code color} with dash pattern {@code dash} (Dom.dashes; [] solid). */
    public PictureKey line(String text, String color, JSArray<JSObject> dash) {
        entries.add(new Entry(text, Mark.LINE, new String[] {color}, dash));
        return this;
    }

    /** Filled dots with a white rim, one per colour. */
    public PictureKey dots(String text, String... colors) {
        entries.add(new Entry(text, Mark.DOTS, colors, null));
        return this;
    }

    /** White dots with a rim, one per colour. */
    public PictureKey rings(String text, String... colors) {
        entries.add(new Entry(text, Mark.RINGS, colors, null));
        return this;
    }

    /** A colour bar through {@code colors}, blended ({@code steps} false) or in equal blocks. */
    public PictureKey bar(String text, boolean steps, String... colors) {
        entries.add(new Entry(text, steps ? Mark.STEPS : Mark.BAR, colors, null));
        return this;
    }

    /** A short upright line, as the output view draws an error. */
    public PictureKey tick(String text, String color) {
        entries.add(new Entry(text, Mark.TICK, new String[] {color}, null));
        return this;
    }

    /** A thin and a thick line: what a line's width stands for. */
    public PictureKey widths(String text, String color) {
        entries.add(new Entry(text, Mark.WIDTHS, new String[] {color}, null));
        return this;
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
        double[] widths = new double[entries.size()];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = Math.ceil(g.measureText(entries.get(k).text()).getWidth());
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
        for (int k = 0; k < entries.size() && k < layout.entryCount(); k++) {
            Entry entry = entries.get(k);
            double x = layout.markX(k);
            double y = layout.rowY(k) + middle;
            drawMark(g, entry, x, y);
            g.setFont(FONT);
            g.setFillStyle(TEXT_COLOR);
            g.setTextAlign("left");
            g.setTextBaseline("middle");
            g.fillText(entry.text(), layout.textX(k), y, Math.max(1, layout.textWidth(k)));
        }
    }

    private static void drawMark(CanvasRenderingContext2D g, Entry entry, double x, double y) {
        double w = PictureLayout.MARK_WIDTH;
        String[] colors = entry.colors();
        switch (entry.mark()) {
            case LINE -> {
                g.beginPath();
                g.moveTo(x + 2, y);
                g.lineTo(x + w - 2, y);
                g.setLineDash(entry.dash());
                g.setStrokeStyle(colors[0]);
                g.setLineWidth(2.5);
                g.stroke();
                g.setLineDash(Dom.dashes(0, 0));
            }
            case DOTS, RINGS -> {
                double step = w / colors.length;
                for (int c = 0; c < colors.length; c++) {
                    g.beginPath();
                    g.arc(x + step * (c + 0.5), y, 4.5, 0, 2 * Math.PI);
                    boolean ring = entry.mark() == Mark.RINGS;
                    g.setFillStyle(ring ? "#ffffff" : colors[c]);
                    g.fill();
                    g.setStrokeStyle(ring ? colors[c] : "#ffffff");
                    g.setLineWidth(ring ? 2 : 1);
                    g.stroke();
                }
            }
            case BAR -> {
                CanvasGradient gradient = g.createLinearGradient(x, 0, x + w, 0);
                for (int c = 0; c < colors.length; c++) {
                    gradient.addColorStop(colors.length == 1 ? 0 : (double) c / (colors.length - 1), colors[c]);
                }
                g.setFillStyle(gradient);
                g.fillRect(x, y - 5, w, 10);
            }
            case STEPS -> {
                double step = w / colors.length;
                for (int c = 0; c < colors.length; c++) {
                    g.setFillStyle(colors[c]);
                    g.fillRect(x + step * c, y - 5, step, 10);
                }
            }
            case TICK -> {
                g.beginPath();
                g.moveTo(x + w / 2, y - 7);
                g.lineTo(x + w / 2, y + 7);
                g.setStrokeStyle(colors[0]);
                g.setLineWidth(2);
                g.stroke();
            }
            case WIDTHS -> {
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
            default -> throw new IllegalStateException("no drawing for the mark " + entry.mark());
        }
    }
}
