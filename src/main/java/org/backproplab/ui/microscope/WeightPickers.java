package org.backproplab.ui.microscope;

import org.backproplab.core.Shape;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The two pickers at the top of the microscope: the weight under it, and the second weight of the 2-D map
 * (or none). Each is a {@link WeightPicker} of three short lists.
 */
final class WeightPickers {
    private final WeightPicker first;
    private final WeightPicker second;

    /** {@code picked} runs when the user chose in either picker. */
    WeightPickers(HTMLElement body, Guard guard, Runnable picked) {
        HTMLElement pickers = Dom.element("div", "blm-pickers", body);
        first = new WeightPicker(pickers, "Weight", "weight", null, null, guard, picked);
        second = new WeightPicker(pickers, "2-D map with", "second-weight", "none: one weight only",
                () -> first.index(), guard, picked);
    }

    /** The chosen weight's flat index. */
    int first() {
        return first.index();
    }

    /** The chosen second weight's flat index, −1 for none. */
    int second() {
        return second.index();
    }

    void focus() {
        first.focus();
    }

    /** Shows {@code index} and {@code secondIndex} (−1: none) of {@code shape} as chosen. */
    void sync(Shape shape, int index, int secondIndex) {
        first.sync(shape, index);
        second.sync(shape, secondIndex);
    }
}
