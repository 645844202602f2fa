package org.backproplab.state;

/**
 * When an embedded lab shows its views as tabs (one at a time, at a readable size) instead of side by side: in
 * a box at most {@value #MAX_HEIGHT} px tall (the README's 720×420 frame) or at most {@value #MAX_WIDTH} px
 * wide. The box is the frame's window for an iframe embed and the element for a lab mounted by script.
 *
 * <p>An element whose height follows its content grows by the tab bar when the tabs come on; the height judged
 * is therefore the box's without the tab bar, so that a box just under the limit does not switch the tabs on
 * and off with every resize the switch itself causes.
 */
public final class EmbedTabsRule {
    /** The tallest box (CSS px) in which the views show as tabs. */
    public static final double MAX_HEIGHT = 440;
    /** The widest box (CSS px) in which the views show as tabs. */
    public static final double MAX_WIDTH = 560;

    private EmbedTabsRule() {
    }

    /**
     * Whether views show as tabs in a box {@code width} × {@code height} CSS px of which the tab bar, when shown,
     * takes {@code tabBarHeight} (0 while it is hidden). A box not laid out (0 × 0, NaN) keeps them side by side.
     */
    public static boolean tabbed(double width, double height, double tabBarHeight) {
        if (!(width > 0) || !(height > 0)) {
            return false;
        }
        double bar = tabBarHeight > 0 ? tabBarHeight : 0;
        return width <= MAX_WIDTH || height - bar <= MAX_HEIGHT;
    }
}
