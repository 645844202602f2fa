package org.backproplab.ui.lab.network;

import org.backproplab.core.Feature;
import org.backproplab.core.Features;
import org.backproplab.state.AppState;
import org.backproplab.state.network.InputChoices;
import org.backproplab.ui.dom.Dom;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A toggle button (aria-pressed) for every feature input the data allows, in a row over the network's
 * input column: pressing one gives the lab the inputs {@link InputChoices#toggled} says.
 */
final class InputChips {
    private final NetworkView.Listener listener;
    private final HTMLElement row;
    private final Feature[] features = Feature.values();
    private final HTMLButtonElement[] chips = new HTMLButtonElement[features.length];
    private AppState state;

    InputChips(HTMLElement parent, NetworkView.Listener listener) {
        this.listener = listener;
        row = Dom.element("div", "blv-toolbar blv-input-chips", parent);
        row.setAttribute("role", "group");
        row.setAttribute("aria-label", "network inputs");
        Dom.span("blv-picker-label", "inputs", row);
        for (int k = 0; k < features.length; k++) {
            Feature feature = features[k];
            chips[k] = Dom.button(feature.symbol(), InputChoices.chipName(feature), "blv-segment blv-chip", row,
                    () -> press(feature));
            chips[k].setAttribute("data-input", feature.id());
        }
    }

    /** The settings a press changes (the latest drawn). */
    void follow(AppState current) {
        state = current;
    }

    /** Which chips are shown (the data's), pressed (the inputs in use) and may be pressed. */
    void adopt(Features inputs) {
        boolean any = false;
        for (int k = 0; k < features.length; k++) {
            boolean offered = inputs.hasTokens() && features[k].rawInputs() == inputs.rawInputSize();
            any |= offered;
            Dom.show(chips[k], offered);
            if (offered) {
                boolean on = InputChoices.isOn(inputs, features[k]);
                String pressed = on ? "true" : "false";
                if (!pressed.equals(chips[k].getAttribute("aria-pressed"))) {
                    chips[k].setAttribute("aria-pressed", pressed);
                }
                boolean last = InputChoices.isLastOn(inputs, features[k]);
                chips[k].setDisabled(last);
                chips[k].setTitle(last ? InputChoices.LAST_INPUT : InputChoices.chipName(features[k]));
            }
        }
        Dom.show(row, any);
    }

    private void press(Feature feature) {
        if (state == null) {
            return;
        }
        Features next = InputChoices.toggled(state.features(), feature);
        if (next != null) {
            listener.settingsChanged(state.withFeatures(next));
        }
    }
}
