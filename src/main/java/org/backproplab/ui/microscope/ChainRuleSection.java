package org.backproplab.ui.microscope;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.ChainRule;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The microscope's two formula sections: the gradient-descent update of the weight with a note on how it
 * relates to the real training step, and where ∂J/∂w comes from — the mean over the training examples and
 * the chain rule for one example, chosen with ‹ and ›.
 */
final class ChainRuleSection {
    private final MicroscopeView view;
    private final HTMLElement updateNote;
    private final HTMLElement batchLead;
    private final HTMLElement exampleText;
    private final ChainRuleMath math;
    private int example;

    ChainRuleSection(HTMLElement body, Guard guard, MicroscopeView view) {
        this.view = view;
        // In the order things happen: backpropagation gives ∂J/∂w, then gradient descent uses it.
        MicroscopeView.heading(body, "Backpropagation: where \u2202J/\u2202w comes from");
        batchLead = Dom.element("p", "blm-lead", body);
        HTMLElement batchMath = Dom.element("div", "blm-math", body);
        HTMLElement exampleBar = Dom.element("div", "blm-example-bar", body);
        HTMLButtonElement previous = MicroscopeView.button("\u2039", "Previous example", "bl-button blm-step-button",
                exampleBar);
        exampleText = Dom.element("span", "blm-example-text", exampleBar);
        exampleText.setAttribute("aria-live", "polite");
        HTMLButtonElement next = MicroscopeView.button("\u203a", "Next example", "bl-button blm-step-button", exampleBar);
        guard.listen(previous, "click", "showing the previous example", (Event e) -> moveExample(-1));
        guard.listen(next, "click", "showing the next example", (Event e) -> moveExample(1));
        HTMLElement exampleMath = Dom.element("div", "blm-math", body);
        HTMLElement activationNote = Dom.element("p", "blm-note", body);

        MicroscopeView.heading(body, "Gradient descent: one step downhill");
        HTMLElement updateMath = Dom.element("div", "blm-math", body);
        updateNote = Dom.element("p", "blm-note", body);
        math = new ChainRuleMath(batchMath, exampleMath, activationNote, updateMath);
    }

    /** The training example the chain rule is shown for (from 0). */
    int example() {
        return example;
    }

    /** Back to the first example (a new network or data set, or fewer examples than the one shown). */
    void firstExample() {
        example = 0;
    }

    private void moveExample(int by) {
        int count = view.exampleCount();
        if (count > 0) {
            example = ((example + by) % count + count) % count;
        }
    }

    /** The formulas and sentences for the measured {@code rule}; the update note in the microscope's words. */
    void show(ChainRule rule, Network network, Dataset data, double rate, double nextWeight, String updateText) {
        math.show(rule, network.shape(), network.regularization(), rate, nextWeight);
        batchLead.setTextContent(MicroscopeText.batchLead(rule.isBias(), rule.exampleCount()));
        exampleText.setTextContent(MicroscopeText.example(example, rule.exampleCount(), data, rule.exampleRow()));
        updateNote.setTextContent(updateText);
    }
}
