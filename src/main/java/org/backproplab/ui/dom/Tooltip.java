package org.backproplab.ui.dom;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * A small text box that floats over a view near the thing the pointer is on. It lives inside the view's
 * stage (position: relative) and is kept inside it; lines are separated by "\n".
 */
public final class Tooltip {
    private static final double GAP = 10;

    private final HTMLElement box;
    private String text = "";
    private boolean visible;

    public Tooltip(HTMLElement stage) {
        box = Dom.element("div", "blv-tooltip", stage);
        box.setAttribute("role", "tooltip");
        box.setHidden(true);
    }

    /**
     * Shows {@code newText} above the point (x, y) of the stage (below it when there is no room above),
     * kept inside a stage of stageWidth × stageHeight.
     */
    public void show(String newText, double x, double y, double stageWidth, double stageHeight) {
        if (!newText.equals(text)) {
            text = newText;
            box.setTextContent(newText);
        }
        if (!visible) {
            visible = true;
            box.setHidden(false);
        }
        double width = box.getOffsetWidth();
        double height = box.getOffsetHeight();
        double left = Math.max(2, Math.min(stageWidth - width - 2, x - width / 2));
        double top = y - GAP - height;
        if (top < 2) {
            top = Math.min(stageHeight - height - 2, y + GAP);
        }
        Dom.setPixels(box, "left", left);
        Dom.setPixels(box, "top", Math.max(0, top));
    }

    public void hide() {
        if (visible) {
            visible = false;
            box.setHidden(true);
        }
    }

    public boolean isVisible() {
        return visible;
    }

    /** The text shown, for tests of the view's wording. */
    String text() {
        return text;
    }
}
