package org.backproplab.ui.microscope;

import java.util.function.IntConsumer;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.core.NumberFormat;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The learning-rate demo under the slice: four preset buttons and "your α", the caption with the verdict,
 * and the demo's points, revealed one every {@value #FRAMES_PER_POINT} frames (all at once for users who
 * prefer reduced motion). Pressing a button calls back with its number: 0–3 the presets, 4 your α.
 */
final class SliceDemo {
    /** Steps of a learning-rate demo. */
    static final int STEPS = 10;
    /** The number a press of "your α" calls back with. */
    static final int OWN_RATE = 4;
    /** Frames between revealing two points of a demo. */
    private static final int FRAMES_PER_POINT = 6;

    private final HTMLButtonElement[] presetButtons = new HTMLButtonElement[4];
    private final HTMLButtonElement ownRateButton;
    private final HTMLElement caption;
    private final double[] weights = new double[STEPS + 1];
    private final double[] costs = new double[STEPS + 1];
    private int count;
    private int shown;
    private int frames;
    private int revision = Integer.MIN_VALUE;
    private int index = -1;

    SliceDemo(HTMLElement body, Guard guard, IntConsumer run) {
        HTMLElement presets = Dom.element("div", "blm-presets", body);
        presets.setAttribute("role", "group");
        presets.setAttribute("aria-label", "Try a learning rate on this weight alone");
        for (int k = 0; k < 4; k++) {
            int preset = k;
            String label = MicroscopeText.PRESET_LABELS[k];
            presetButtons[k] = MicroscopeView.button(label, "Run " + STEPS + " steps of gradient descent on this "
                    + "weight alone with a " + label, "bl-button blm-preset", presets);
            guard.listen(presetButtons[k], "click", "running the learning-rate demo", (Event e) -> run.accept(preset));
        }
        ownRateButton = MicroscopeView.button(MicroscopeText.OWN_RATE, "Run " + STEPS + " steps on this weight alone "
                + "with your learning rate", "bl-button blm-preset blm-own-rate", presets);
        guard.listen(ownRateButton, "click", "running the learning-rate demo", (Event e) -> run.accept(OWN_RATE));
        caption = Dom.element("p", "blm-caption", body);
        caption.setAttribute("aria-live", "polite");
    }

    /** Whether the presets can be pressed: only where the slice curves upward (a minimum to aim at). */
    void enablePresets(boolean usable) {
        for (HTMLButtonElement button : presetButtons) {
            button.setDisabled(!usable);
        }
    }

    /** "your α = 0.1": the lab's own rate on its button. */
    void showOwnRate(double rate) {
        ownRateButton.setTextContent(MicroscopeText.OWN_RATE + " = " + NumberFormat.display(rate, 3));
    }

    /** No preset fits a concave slice: the presets go off and the caption says why. */
    void refuseConcave() {
        enablePresets(false);
        clear();
        caption.setTextContent(MicroscopeText.CONCAVE);
    }

    /**
     * Takes the points of a run of {@code demo} at α = {@code rate} (for the weight {@code weight} at the lab's
     * {@code labRevision}) and starts revealing them.
     */
    void start(String name, double rate, LearningRateDemo demo, LearningRateDemo.Verdict verdict, int labRevision,
            int weight, boolean reducedMotion) {
        count = demo.count();
        for (int k = 0; k < count; k++) {
            weights[k] = demo.weight(k);
            costs[k] = demo.cost(k);
        }
        shown = reducedMotion ? count : 1;
        frames = 0;
        revision = labRevision;
        index = weight;
        caption.setAttribute("data-verdict", verdict.name());
        caption.setTextContent(MicroscopeText.demoCaption(name, rate, count - 1, verdict));
    }

    void clear() {
        count = 0;
        shown = 0;
        index = -1;
        caption.setTextContent("");
        caption.removeAttribute("data-verdict");
    }

    /** Whether a demo is shown that no longer fits the lab (it changed, or another weight is selected). */
    boolean isStale(int labRevision, int weight) {
        return count > 0 && (labRevision != revision || weight != index);
    }

    /** Counts a frame; true when it reveals one more point (the slice needs repainting). */
    boolean advance() {
        if (shown < count && ++frames >= FRAMES_PER_POINT) {
            frames = 0;
            shown++;
            return true;
        }
        return false;
    }

    int count() {
        return count;
    }

    int shown() {
        return shown;
    }

    double[] weights() {
        return weights;
    }

    double[] costs() {
        return costs;
    }
}
