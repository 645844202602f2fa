package org.backproplab.ui.microscope;

import java.util.function.IntConsumer;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SlicePresets;
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
    private final HTMLElement presetNote;
    private final double[] weights = new double[STEPS + 1];
    private final double[] costs = new double[STEPS + 1];
    private int count;
    private int shown;
    private int frames;

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
        presetNote = Dom.element("p", "blm-note blm-preset-note", body);
        presetNote.setAttribute("data-role", "preset-note");
        caption = Dom.element("p", "blm-caption", body);
        caption.setAttribute("aria-live", "polite");
    }

    /**
     * The presets as measured for the weight shown ({@code current}), or, while they are being measured or
     * training runs, all pressable (a press pauses training and runs the preset once it is measured) with a
     * note that says so. A preset that is off always has its reason in the note and its button's title.
     */
    void showPresets(SlicePresets presets, boolean current, boolean running) {
        SlicePresets.Preset[] all = SlicePresets.Preset.values();
        for (int k = 0; k < all.length; k++) {
            boolean ready = !current || presets.status(all[k]) == SlicePresets.Status.READY;
            presetButtons[k].setDisabled(!ready);
            presetButtons[k].setTitle(current ? MicroscopeText.presetTitle(presets, all[k], STEPS)
                    : "Run " + STEPS + " steps of gradient descent on this weight alone with a " + MicroscopeText.PRESET_LABELS[k]);
            presetButtons[k].setAttribute("data-rate", current && ready ? Double.toString(presets.rate(all[k])) : "");
        }
        String note = current ? MicroscopeText.presetsNote(presets)
                : running ? MicroscopeText.PRESETS_WAIT : MicroscopeText.PRESETS_MEASURING;
        presetNote.setTextContent(note);
        Dom.show(presetNote, !note.isEmpty());
    }

    /** Why a pressed preset did not run: it is off, for the reason given. */
    void refuse(String reason) {
        clear();
        caption.setTextContent(reason);
    }

    /** While a pressed button waits for its measure. */
    void waiting() {
        clear();
        caption.setTextContent(MicroscopeText.MEASURING);
    }

    /** "your α = 0.1": the lab's own rate on its button. */
    void showOwnRate(double rate) {
        ownRateButton.setTextContent(MicroscopeText.OWN_RATE + " = " + NumberFormat.display(rate, 3));
    }

    /** Takes the points of a finished run of {@code demo} at α = {@code rate} and starts revealing them. */
    void start(String name, double rate, LearningRateDemo demo, LearningRateDemo.Verdict verdict,
            boolean reducedMotion) {
        count = demo.count();
        for (int k = 0; k < count; k++) {
            weights[k] = demo.weight(k);
            costs[k] = demo.cost(k);
        }
        shown = reducedMotion ? count : 1;
        frames = 0;
        caption.setAttribute("data-verdict", verdict.name());
        caption.setTextContent(MicroscopeText.demoCaption(name, rate, count - 1, verdict));
    }

    void clear() {
        count = 0;
        shown = 0;
        caption.setTextContent("");
        caption.removeAttribute("data-verdict");
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
