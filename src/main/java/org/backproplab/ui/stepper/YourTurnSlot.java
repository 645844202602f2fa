package org.backproplab.ui.stepper;

import org.backproplab.state.LabSession;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.state.text.FeatureLoadText;
import org.backproplab.ui.dom.BundleLoader;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.host.FeatureHost;
import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.host.QuizHost;
import org.backproplab.ui.host.QuizPanel;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Your turn" as the phase bar holds it: its code ({@link YourTurnPanel}, the exercise package) is a bundle of
 * its own, {@value #BUNDLE}, loaded the first time Your turn is on, so that a first visit does not download it.
 * Until it is there the bar waits at the next step and the panel says it is loading; a failed load says why in
 * the panel and the stepper goes on without questions (turning Your turn off and on tries again).
 */
public final class YourTurnSlot {
    static final String BUNDLE = "backprop-lab-quiz.js";
    private static final String FEATURE = "Your turn";

    /** Told of a course event (an answer, a score) as CourseEvents JSON. */
    public interface Events {
        void sent(String json);
    }

    private final LabHost host;
    private final FeatureHost features;
    private final PhaseStepper stepper;
    private final LabSession lab;
    private final Guard guard;
    private final YourTurnPanel.Reveal reveal;
    private final Guard.Action changed;
    private final HTMLElement section;
    private final HTMLElement toggle;
    private final TextSlot feedback;
    private QuizPanel panel;
    private Events events;
    private boolean loading;
    private String failure;

    YourTurnSlot(HTMLElement container, LabHost host, FeatureHost features, PhaseStepper stepper, Guard guard,
            YourTurnPanel.Reveal reveal, Guard.Action changed) {
        this.host = host;
        this.features = features;
        this.stepper = stepper;
        this.lab = host.lab();
        this.guard = guard;
        this.reveal = reveal;
        this.changed = changed;
        section = Dom.role(container, "your-turn");
        toggle = Dom.role(container, "quiz-toggle");
        feedback = new TextSlot(Dom.role(container, "quiz-feedback"));
        guard.listen(toggle, "click", "turning Your turn on or off", (Event e) -> {
            if (panel == null) { // once loaded, the panel's own listener turns it on and off
                failure = null;
                host.change(host.state().withQuiz(!host.state().quiz()));
                changed.run();
            }
        });
    }

    public void setEvents(Events events) {
        this.events = events;
    }

    private boolean isOn() {
        return host.state().quiz();
    }

    /** Loads the bundle when Your turn is on and it is not there yet. */
    private void ensureLoaded() {
        if (panel != null || loading || failure != null || !isOn()) {
            return;
        }
        loading = true;
        feedback.set(FeatureLoadText.loading(FEATURE));
        BundleLoader.load(BUNDLE, () -> guard.run("turning Your turn on", this::loaded),
                reason -> guard.run("turning Your turn on", () -> failed(reason)));
    }

    private void loaded() {
        loading = false;
        feedback.set("");
        QuizPanel created = create(new Host());
        if (created == null) {
            failed("the file did not define Your turn (is it from another version of the lab?)");
            return;
        }
        panel = created;
        if (stepper.isActive() && stepper.phase() == Phase.FORWARD) {
            panel.afterStep(true);
        }
        changed.run();
    }

    private void failed(String reason) {
        loading = false;
        failure = FeatureLoadText.failed(FEATURE, reason, BUNDLE, "Turn Your turn off and on");
        feedback.set(failure);
        changed.run();
    }

    @JSBody(params = "host", script = "return typeof backpropLabQuiz === 'function' ? backpropLabQuiz(host) : null;")
    private static native QuizPanel create(QuizHost host);

    /** Before the bar moves on to {@code upcoming}: whether it waits (a question, or Your turn still loading). */
    boolean holdsBefore(Phase upcoming) {
        if (panel != null) {
            return panel.holdsBefore(upcoming.number());
        }
        ensureLoaded();
        return loading;
    }

    void afterStep(boolean newIteration) {
        if (panel != null) {
            panel.afterStep(newIteration);
        }
    }

    boolean veils(Phase current) {
        return panel != null && current != null && panel.veils(current.number());
    }

    void idle() {
        if (panel != null) {
            panel.idle();
        }
    }

    /** Shows the panel (or that it is loading, or why it is not there); returns the example the bar should show. */
    int show(int example) {
        if (panel != null) {
            return panel.show(example);
        }
        ensureLoaded();
        Dom.show(section, isOn());
        toggle.setAttribute("aria-pressed", isOn() ? "true" : "false");
        return example;
    }

    /** The open question as JSON, or null (none open, or Your turn not loaded). */
    public String questionJson() {
        return panel == null ? null : panel.questionJson();
    }

    /** Whether a question waits for its answer (never while the bundle is loading or missing). */
    public boolean questionOpen() {
        return panel != null && panel.questionOpen();
    }

    public String batchJson() {
        return panel == null ? null : panel.batchJson();
    }

    /** Answers the open question as the scripting API's answer does; null when none is open. */
    public String answer(JSObject value) {
        return panel == null ? null : panel.answer(value);
    }

    /** The phase of number {@code number} (1 to 4), or null for 0. */
    static Phase phaseOf(int number) {
        for (Phase phase : Phase.values()) {
            if (phase.number() == number) {
                return phase;
            }
        }
        return null;
    }

    /** The lab and the stepper as the bundle's panel sees them. */
    private final class Host implements QuizHost {
        @Override
        public HTMLElement root() {
            return features.root();
        }

        @Override
        public String settings() {
            return features.settings();
        }

        @Override
        public void change(String settings) {
            features.change(settings);
        }

        @Override
        public double revision() {
            return features.revision();
        }

        @Override
        public boolean customData() {
            return features.customData();
        }

        @Override
        public double[] dataValues(boolean test, boolean targets) {
            return features.dataValues(test, targets);
        }

        @Override
        public void setPlaying(boolean play) {
            features.setPlaying(play);
        }

        @Override
        public void setStepping(boolean on) {
            features.setStepping(on);
        }

        @Override
        public void failed(String message) {
            features.failed(message);
        }

        @Override
        public int phase() {
            return stepper.isActive() ? stepper.phase().number() : 0;
        }

        @Override
        public int batchCount() {
            return stepper.batchCount();
        }

        @Override
        public int batchExample(int k) {
            return stepper.batchExample(k);
        }

        @Override
        public double iteration() {
            return stepper.iteration();
        }

        @Override
        public double[] parameters() {
            return lab.network().parameters();
        }

        @Override
        public void resolved(int phase) {
            reveal.resolved(phaseOf(phase));
        }

        @Override
        public void changed() {
            changed.run();
        }

        @Override
        public void sent(String eventJson) {
            if (events != null) {
                events.sent(eventJson);
            }
        }
    }
}
