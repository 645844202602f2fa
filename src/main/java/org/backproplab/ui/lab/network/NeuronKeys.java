package org.backproplab.ui.lab.network;

import java.util.function.IntConsumer;
import org.backproplab.core.Shape;
import org.backproplab.ui.dom.Dom;
import org.backproplab.viz.NetworkLayout;
import org.backproplab.viz.NetworkText;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The neurons for the keyboard: a transparent button over every node of the diagram (the pointer passes
 * through to the canvas), named for screen readers, with one Tab stop for them all. ↑ ↓ move within a
 * column, ← → between columns; a focused neuron is treated as pointed at (its picture in the output view,
 * its tooltip) until the focus leaves the neurons; Enter or Space is a click on it.
 */
final class NeuronKeys {
    /** The diagram's stage: the buttons sit beside the canvas, as every overlay on it does. */
    private final HTMLElement stage;
    /** Run when the focused neuron ({@link #focused()}) changes. */
    private final Runnable focusChanged;
    /** Given the neuron ({@link NetworkLayout#encode}) that Enter or Space pressed. */
    private final IntConsumer pressed;
    /** Said after each neuron's name: how to reach the others. */
    private static final String KEYS_HINT = " (arrows: other neurons)";
    private HTMLButtonElement[] buttons = new HTMLButtonElement[0];
    private int[] offsets = new int[1];
    private Shape shape;
    private int tabStop;
    private int focused = NetworkLayout.NONE;

    NeuronKeys(HTMLElement stage, Runnable focusChanged, IntConsumer pressed) {
        this.focusChanged = focusChanged;
        this.pressed = pressed;
        this.stage = stage;
        stage.addEventListener("focusin", event -> moved(indexOf(event.getTarget())));
        stage.addEventListener("focusout", event -> moved(NetworkLayout.NONE));
        stage.addEventListener("keydown", event -> keyed((KeyboardEvent) event));
    }

    /** The neuron with the keyboard focus ({@link NetworkLayout#encode}), or {@link NetworkLayout#NONE}. */
    int focused() {
        return focused;
    }

    /** One button per neuron of {@code current}, named as the diagram names it. */
    void adopt(Shape current) {
        shape = current;
        for (HTMLButtonElement old : buttons) {
            stage.removeChild(old);
        }
        int layers = current.layerCount();
        offsets = new int[layers + 1];
        for (int l = 0; l < layers; l++) {
            offsets[l + 1] = offsets[l] + current.size(l);
        }
        buttons = new HTMLButtonElement[offsets[layers]];
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < current.size(l); i++) {
                int index = offsets[l] + i;
                int code = NetworkLayout.encode(l, i);
                HTMLButtonElement button = Dom.button("", NetworkText.neuronName(current, l, i) + KEYS_HINT,
                        "blv-neuron-key", stage, () -> pressed.accept(code));
                button.setAttribute("tabindex", index == 0 ? "0" : "-1");
                button.setAttribute("data-neuron", l + "," + i);
                buttons[index] = button;
            }
        }
        tabStop = 0;
        focused = NetworkLayout.NONE;
    }

    /** Puts each button over its node; {@code shiftY}: how far the layout is drawn above its coordinates. */
    void place(NetworkLayout layout, double shiftY) {
        Dom.setPixels(stage, "--blv-node", 2 * layout.radius()); // the buttons' side, views.css
        for (int l = 0; l < shape.layerCount(); l++) {
            for (int i = 0; i < shape.size(l); i++) {
                HTMLButtonElement button = buttons[offsets[l] + i];
                Dom.setPixels(button, "left", layout.neuronX(l, i) - layout.radius());
                Dom.setPixels(button, "top", layout.neuronY(l, i) - shiftY - layout.radius());
            }
        }
    }

    private int indexOf(JSObject target) {
        for (int k = 0; k < buttons.length; k++) {
            if (buttons[k] == target) {
                return k;
            }
        }
        return -1;
    }

    private void moved(int index) {
        int code = NetworkLayout.NONE;
        if (index >= 0) {
            int l = layerOf(index);
            code = NetworkLayout.encode(l, index - offsets[l]);
        }
        if (code != focused) {
            focused = code;
            focusChanged.run();
        }
    }

    private int layerOf(int index) {
        int l = 0;
        while (index >= offsets[l + 1]) {
            l++;
        }
        return l;
    }

    private void keyed(KeyboardEvent event) {
        int index = indexOf(event.getTarget());
        if (index < 0) {
            return;
        }
        int l = layerOf(index);
        int i = index - offsets[l];
        String key = event.getKey();
        int column = "ArrowLeft".equals(key) ? -1 : "ArrowRight".equals(key) ? 1 : 0;
        int row = "ArrowUp".equals(key) ? -1 : "ArrowDown".equals(key) ? 1 : 0;
        if (column == 0 && row == 0) {
            return;
        }
        // the neighbour in that direction, or the nearest neuron of a shorter column; the edge stays put
        int toLayer = Math.max(0, Math.min(shape.layerCount() - 1, l + column));
        int next = offsets[toLayer] + Math.max(0, Math.min(shape.size(toLayer) - 1, i + row));
        // arrows here move between neurons; they are not the lab's → (step) shortcut, nor a scroll
        event.preventDefault();
        event.stopPropagation();
        Dom.moveTabStop(buttons[tabStop], buttons[next]);
        tabStop = next;
    }
}
