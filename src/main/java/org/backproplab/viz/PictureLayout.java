package org.backproplab.viz;

/**
 * Where things go in a saved picture of a view (Export ▾ → … picture): the view drawn at least
 * {@value #MIN_WIDTH} CSS px wide, with a band above it holding a title (an axis name such as "cost J") and a
 * legend whose entries — a mark {@value #MARK_WIDTH} px wide, then its text — run left to right and wrap to
 * more rows when the width is used up; {@value #MARGIN} px of white all round, so no label touches the edge.
 * Everything is in CSS px; the picture's pixels are {@link #scale()} times as many: the screen's device pixel
 * ratio, lowered only when a side would pass {@value #MAX_PIXELS} px (bounded memory).
 */
public final class PictureLayout {
    /** The narrowest picture, in CSS px: each picture is at least this many pixels wide. */
    public static final double MIN_WIDTH = 800;
    /** The longest side of a picture, in pixels. */
    public static final double MAX_PIXELS = 4096;
    public static final double MARGIN = 12;
    public static final double ROW_HEIGHT = 22;
    public static final double MARK_WIDTH = 28;
    /** Between a mark and its text, and between the title and the first entry / one entry and the next. */
    public static final double MARK_GAP = 6;
    public static final double ENTRY_GAP = 20;
    /** The view's height as a share of its width in the picture: the screen's shape, kept within these. */
    public static final double MIN_ASPECT = 0.45;
    public static final double MAX_ASPECT = 0.8;

    private final double width;
    private final double height;
    private final double scale;
    private final double viewTop;
    private final double viewWidth;
    private final double viewHeight;
    private final double titleWidth;
    private final double[] markX;
    private final double[] rowY;
    private final double[] textWidths;

    private PictureLayout(double width, double height, double scale, double viewTop, double viewWidth,
            double viewHeight, double titleWidth, double[] markX, double[] rowY, double[] textWidths) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.viewTop = viewTop;
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
        this.titleWidth = titleWidth;
        this.markX = markX;
        this.rowY = rowY;
        this.textWidths = textWidths;
    }

    /**
     * The picture of a view shown {@code screenWidth} × {@code screenHeight} CSS px on a screen of device pixel
     * ratio {@code ratio} (not a number, ≤ 0 or > 8: 1), under a title {@code titleWidth} px wide (0: none) and a
     * legend whose entries' texts are {@code textWidths} px wide (a text wider than the picture gets a row of its
     * own and is cut to fit).
     */
    public static PictureLayout of(double screenWidth, double screenHeight, double ratio, double titleWidth,
            double[] textWidths) {
        double r = ratio > 0 && ratio <= 8 ? ratio : 1;
        double onScreenWidth = screenWidth > 0 ? screenWidth : MIN_WIDTH;
        double onScreenHeight = screenHeight > 0 ? screenHeight : onScreenWidth * MIN_ASPECT;
        double width = Math.ceil(Math.max(onScreenWidth, MIN_WIDTH));
        double inner = width - 2 * MARGIN;
        double right = width - MARGIN;
        double title = Math.min(Math.max(0, titleWidth), inner);
        int count = textWidths.length;
        double[] markX = new double[count];
        double[] rowY = new double[count];
        double[] texts = new double[count];
        double x = MARGIN + (title > 0 ? title + ENTRY_GAP : 0);
        int row = 0;
        for (int k = 0; k < count; k++) {
            double text = Math.min(Math.max(0, textWidths[k]), inner - MARK_WIDTH - MARK_GAP);
            double entry = MARK_WIDTH + MARK_GAP + text;
            if (x + entry > right && x > MARGIN) {
                row++;
                x = MARGIN;
            }
            markX[k] = x;
            rowY[k] = MARGIN + row * ROW_HEIGHT;
            texts[k] = text;
            x += entry + ENTRY_GAP;
        }
        int rows = count > 0 ? row + 1 : title > 0 ? 1 : 0;
        double band = rows * ROW_HEIGHT + (rows > 0 ? MARK_GAP : 0);
        double aspect = Math.max(MIN_ASPECT, Math.min(MAX_ASPECT, onScreenHeight / onScreenWidth));
        double viewHeight = Math.ceil(inner * aspect);
        double height = MARGIN + band + viewHeight + MARGIN;
        double scale = Math.min(r, Math.min(MAX_PIXELS / width, MAX_PIXELS / height));
        return new PictureLayout(width, height, scale, MARGIN + band, inner, viewHeight, title, markX, rowY, texts);
    }

    /** The picture's width in CSS px. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Pixels per CSS px. */
    public double scale() {
        return scale;
    }

    public int pixelWidth() {
        return (int) Math.floor(width * scale + 0.5); // no Math.round: a long is a BigInt in the browser
    }

    public int pixelHeight() {
        return (int) Math.floor(height * scale + 0.5);
    }

    /** The view's rectangle: left, top, width, height. */
    public double viewLeft() {
        return MARGIN;
    }

    public double viewTop() {
        return viewTop;
    }

    public double viewWidth() {
        return viewWidth;
    }

    public double viewHeight() {
        return viewHeight;
    }

    /** The title's box (left = top = {@link #MARGIN}, one row tall); width 0 for none. */
    public double titleWidth() {
        return titleWidth;
    }

    public int entryCount() {
        return markX.length;
    }

    /** Entry k's mark box: x, y (its row's top), {@link #MARK_WIDTH} wide, {@link #ROW_HEIGHT} tall. */
    public double markX(int k) {
        return markX[k];
    }

    public double rowY(int k) {
        return rowY[k];
    }

    public double textX(int k) {
        return markX[k] + MARK_WIDTH + MARK_GAP;
    }

    /** Entry k's text width: as measured, or less when cut to fit the picture. */
    public double textWidth(int k) {
        return textWidths[k];
    }

    /**
     * The boxes in picture pixels, for tests and scripts: "title:x,y,w,h;mark0:…;text0:…;…;view:…" (whole
     * pixels, rounded inwards).
     */
    public String boxes() {
        StringBuilder out = new StringBuilder();
        if (titleWidth > 0) {
            box(out, "title", MARGIN, MARGIN, titleWidth, ROW_HEIGHT);
        }
        for (int k = 0; k < markX.length; k++) {
            box(out, "mark" + k, markX[k], rowY[k], MARK_WIDTH, ROW_HEIGHT);
            box(out, "text" + k, textX(k), rowY[k], textWidths[k], ROW_HEIGHT);
        }
        box(out, "view", MARGIN, viewTop, viewWidth, viewHeight);
        return out.toString();
    }

    private void box(StringBuilder out, String name, double x, double y, double w, double h) {
        if (out.length() > 0) {
            out.append(';');
        }
        int left = (int) Math.ceil(x * scale);
        int top = (int) Math.ceil(y * scale);
        int right = (int) Math.floor((x + w) * scale);
        int bottom = (int) Math.floor((y + h) * scale);
        out.append(name).append(':').append(left).append(',').append(top).append(',').append(right - left)
                .append(',').append(bottom - top);
    }
}
