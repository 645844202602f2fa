package org.backproplab.ui.lab.output;

import org.backproplab.core.Shape;
import org.backproplab.state.text.OutputLegendText;
import org.backproplab.ui.dom.Dom;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Under the output plot of the point sets: the colour legend (which colour is which ŷ) and the toggles
 * "Show test data" and "Discretize output" (buttons with aria-pressed); a press runs {@code changed}.
 */
final class OutputOptions {
    private final HTMLElement group;
    private final HTMLElement scale;
    private final HTMLElement bar;
    private final HTMLElement[] labels = new HTMLElement[3];
    private final HTMLButtonElement showTest;
    private final HTMLButtonElement discretize;
    private final Runnable changed;
    private boolean testShown = true;
    private boolean discretized;
    private int classCount = 2;
    private double[] shownOutputs = new double[0];

    OutputOptions(HTMLElement legend, Runnable changed) {
        this.changed = changed;
        group = Dom.element("span", "blv-legend-group blv-output-options", legend);
        scale = Dom.element("span", "blv-colour-scale", group);
        bar = Dom.element("span", "blv-colour-bar", scale);
        bar.setAttribute("role", "img");
        bar.setAttribute("data-role", "colour-legend");
        HTMLElement ticks = Dom.element("span", "blv-colour-ticks", scale);
        for (int k = 0; k < labels.length; k++) {
            labels[k] = Dom.span("", "", ticks);
        }
        showTest = Dom.button(OutputLegendText.SHOW_TEST, OutputLegendText.SHOW_TEST, "blv-segment blv-chip", group,
                () -> { testShown = !testShown; update(); changed.run(); });
        showTest.setAttribute("data-role", "show-test");
        discretize = Dom.button(OutputLegendText.DISCRETIZE, OutputLegendText.DISCRETIZE, "blv-segment blv-chip",
                group, () -> { discretized = !discretized; update(); changed.run(); });
        discretize.setAttribute("data-role", "discretize");
        update();
    }

    /** Shown for the point sets, with the labels of {@code classes} classes. */
    void adopt(boolean classification, int classes) {
        Dom.show(group, classification);
        classCount = classes;
        label(OutputLegendText.barLabels(classes));
        Dom.setClass(bar, "blv-three", classes > 2);
        Dom.show(scale, true);
        update();
    }

    /**
     * The bar while the plot shows one neuron instead of ŷ (layer −1: ŷ again): its name and range on the
     * orange–grey–blue bar, or no bar for a softmax output, drawn in its class's colour.
     */
    void showNeuron(Shape shape, int layer, int neuron) {
        if (layer < 0) {
            adopt(true, classCount);
            return;
        }
        String[] text = OutputLegendText.neuronBarLabels(shape, layer, neuron);
        Dom.show(scale, text != null);
        if (text != null) {
            label(text);
            Dom.setClass(bar, "blv-three", false);
            Dom.setClass(bar, "blv-discrete", false);
        }
        bar.setAttribute("aria-label", OutputLegendText.neuronDescription(shape, layer, neuron));
    }

    private void label(String[] text) {
        for (int k = 0; k < labels.length; k++) {
            labels[k].setTextContent(text[k]);
        }
    }

    boolean showsTest() {
        return testShown;
    }

    boolean isDiscretized() {
        return discretized;
    }

    /** The picture's outputs as shown: {@code outputs}, or each cell's class while discretized. */
    double[] shown(double[] outputs, int outputSize) {
        if (!discretized) {
            return outputs;
        }
        if (shownOutputs.length != outputs.length) {
            shownOutputs = new double[outputs.length];
        }
        OutputLegendText.discretize(outputs, outputSize, shownOutputs);
        return shownOutputs;
    }

    private void update() {
        showTest.setAttribute("aria-pressed", testShown ? "true" : "false");
        discretize.setAttribute("aria-pressed", discretized ? "true" : "false");
        Dom.setClass(bar, "blv-discrete", discretized);
        bar.setAttribute("aria-label", OutputLegendText.description(classCount, discretized));
    }
}
