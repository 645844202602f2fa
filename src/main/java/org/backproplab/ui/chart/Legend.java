package org.backproplab.ui.chart;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSArray;

/**
 * A chart's key, drawn on the canvas in a white box at the top right: for each series a short line in its
 * colour and dash pattern, then its name. The dash patterns are the series' second cue besides colour, so a
 * reader who does not tell the colours apart can still match line and name. Entries are filled again before
 * each drawing ({@link #clear}, {@link #add}); the arrays are reused.
 */
public final class Legend {
    /** Solid, long dashes, dots, dash-dot, short dashes: series k uses {@code DASHES[k]}. */
    public static final JSArray<JSObject>[] DASHES = patterns();
    public static final JSArray<JSObject> SOLID = DASHES[0];
    public static final JSArray<JSObject> DOTS = DASHES[2];

    private static final double LINE_HEIGHT = 17;
    private final String[] names;
    private final String[] colors;
    private final int[] styles;
    private int count;

    public Legend(int capacity) {
        names = new String[capacity];
        colors = new String[capacity];
        styles = new int[capacity];
    }

    public void clear() {
        count = 0;
    }

    /** One more line of the key: {@code name} beside a line in {@code color} with dash pattern {@code style}. */
    public void add(String name, String color, int style) {
        names[count] = name;
        colors[count] = color;
        styles[count] = style;
        count++;
    }

    /** Draws the key with its top right corner at (right, top), inset by 4 px; nothing when empty. */
    public void draw(CanvasRenderingContext2D g, double right, double top) {
        if (count == 0) {
            return;
        }
        g.setFont(PlotFrame.FONT);
        double textWidth = 0;
        for (int i = 0; i < count; i++) {
            textWidth = Math.max(textWidth, g.measureText(names[i]).getWidth());
        }
        double boxWidth = textWidth + 48;
        double x = right - boxWidth - 4;
        double y = top + 4;
        g.setFillStyle("rgba(255,255,255,0.9)");
        g.fillRect(x, y, boxWidth, count * LINE_HEIGHT + 8);
        g.setStrokeStyle("#d3d9df");
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, boxWidth - 1, count * LINE_HEIGHT + 7);
        g.setTextAlign("left");
        g.setTextBaseline("middle");
        for (int i = 0; i < count; i++) {
            double lineY = y + 4 + LINE_HEIGHT * (i + 0.5);
            g.beginPath();
            g.moveTo(x + 8, lineY);
            g.lineTo(x + 36, lineY);
            g.setLineDash(DASHES[styles[i]]);
            g.setStrokeStyle(colors[i]);
            g.setLineWidth(2.5);
            g.stroke();
            g.setLineDash(SOLID);
            g.setFillStyle("#1f2933");
            g.fillText(names[i], x + 42, lineY);
        }
    }

    @SuppressWarnings("unchecked")
    private static JSArray<JSObject>[] patterns() {
        JSArray<JSObject>[] patterns = new JSArray[5];
        for (int k = 0; k < patterns.length; k++) {
            patterns[k] = pattern(k);
        }
        return patterns;
    }

    @JSBody(params = "k", script = "return [[], [9, 4], [2, 5], [10, 4, 2, 4], [5, 3]][k];")
    private static native JSArray<JSObject> pattern(int k);
}
