package org.backproplab.ui.stepper;

import org.backproplab.ui.host.FeatureHost;
import org.backproplab.ui.host.FrameBudget;
import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.chart.CostCurveView;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.TextSlot;

import org.backproplab.state.phases.GradientReport;
import org.backproplab.state.LabSession;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.state.phases.PhaseText;
import org.backproplab.state.phases.PhaseView;
import org.backproplab.state.phases.WorkedExample;
import org.backproplab.state.phases.YourTurnText;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The phase stepper bar at the top of the network panel: one training iteration in four phases (forward
 * pass, cost, backpropagation, gradient descent) with ◀ / ▶, the example to look at, an "Animate" toggle,
 * the phase's caption in large text and the numbers it produced, plus the gradient check and the worked
 * example. It drives a {@link PhaseStepper} and tells the {@link NetworkView} and {@link CostCurveView}
 * what to show.
 *
 * <p>The bar is "on" from the first ▶ (or phase button, or a lesson that steps by phase) until Play or
 * Done: while it is on, → and the toolbar's Step move one phase, ← one back. Leaving it completes the
 * iteration in progress, so the lab always stands after a whole number of steps; every completed iteration
 * updates the lab's costs and curve ({@link LabSession#afterExternalSteps()}).
 */
public final class PhaseBar {
    /** How long Animate shows each phase. */
    static final double ANIMATE_MS = 2600;

    private static final String MARKUP = """
<div class="bls-bar" role="group" aria-label="One training iteration, phase by phase">
  <div class="bls-row bls-steps">
    <button type="button" class="bls-nav" data-role="phase-back" aria-label="Previous phase (←)" title="Previous phase (←)">◀</button>
    <ol class="bls-phases">
      <li><button type="button" class="bls-phase" data-role="phase-1" data-phase="1"><span class="bls-number">1</span> <span>Forward</span></button></li>
      <li><button type="button" class="bls-phase" data-role="phase-2" data-phase="2"><span class="bls-number">2</span> <span>Cost</span></button></li>
      <li><button type="button" class="bls-phase" data-role="phase-3" data-phase="3"><span class="bls-number">3</span> <span>Back&shy;propagation</span></button></li>
      <li><button type="button" class="bls-phase" data-role="phase-4" data-phase="4"><span class="bls-number">4</span> <span>Gradient descent</span></button></li>
    </ol>
    <button type="button" class="bls-nav" data-role="phase-next" aria-label="Next phase (→)" title="Next phase (→)">▶</button>
    <button type="button" class="bls-tool bls-done" data-role="phase-done" title="Finish this iteration and leave the phase stepper (Play does too)" hidden>Done stepping</button>
  </div>
  <div class="bls-row bls-tools">
    <select data-role="phase-example" aria-label="Example of the batch to show" title="The example of the batch whose numbers the network shows"></select>
    <button type="button" class="bls-tool" data-role="phase-animate" aria-pressed="false" title="Move on one phase every few seconds">Animate</button>
    <button type="button" class="bls-tool" data-role="gradient-check" title="Compare backpropagation's gradient with finite differences on this batch">Gradient check</button>
    <button type="button" class="bls-tool" data-role="copy-worked-example" title="Copy this step worked out by hand, as Markdown">Copy worked example</button>
    <button type="button" class="bls-tool" data-role="quiz-toggle" aria-pressed="false" title="Before each phase is shown, compute one of its numbers yourself">Your turn</button>
  </div>
  <div class="bls-text" aria-live="polite">
  <p class="bls-caption"><strong class="bls-headline" data-role="phase-headline"></strong> <span data-role="phase-caption"></span></p>
  <p class="bls-values" data-role="phase-values"></p>
  <p class="bls-legend" data-role="phase-legend" hidden><span class="bls-swatch bls-swatch-positive"></span>∂J/∂w &gt; 0: w will shrink <span class="bls-swatch bls-swatch-negative"></span>∂J/∂w &lt; 0: w will grow · thicker = larger |∂J/∂w|</p>
  </div>
  <p class="bls-status" data-role="phase-status" role="status"></p>
  <!--your-turn-->
</div>
""";

    private final LabHost view;
    private final LabSession lab;
    private final PhaseStepper stepper;
    private final PhaseDisplay networkView;
    private final CostCurveView costView;
    private final Guard guard;
    private final HTMLElement labRoot;
    private final HTMLButtonElement backButton;
    private final HTMLButtonElement nextButton;
    private final HTMLButtonElement[] phaseButtons = new HTMLButtonElement[4];
    private final HTMLSelectElement exampleSelect;
    private final HTMLButtonElement animateButton;
    private final HTMLButtonElement checkButton;
    private final HTMLButtonElement copyButton;
    private final HTMLButtonElement doneButton;
    private final TextSlot headline;
    private final TextSlot caption;
    private final TextSlot values;
    private final HTMLElement legend;
    private final TextSlot status;
    private final GradientCheckDialog checkDialog;
    private final WorkedExampleCopy copier;
    private final YourTurnSlot quiz;
    private final boolean reducedMotion = PhaseOverlay.prefersReducedMotion();

    private final FrameBudget budget = new FrameBudget();
    private boolean on;
    /** ▶ asked for a new iteration whose batch is still being computed, a frame's budget at a time. */
    private boolean preparing;
    /** The phase (1 to 4) a phase button asked for while the batch was being computed; 0 for none. */
    private int goal;
    private boolean animating;
    private double nextAnimationAt;
    private int example;
    private int optionCount = -1;
    private int shownRevision = Integer.MIN_VALUE;
    private int shownExample = Integer.MIN_VALUE;
    private boolean shownOn = true;
    private boolean shownDiverged;
    private long shownIteration = -1;

    public PhaseBar(HTMLElement container, LabHost view, PhaseDisplay networkView, CostCurveView costView, Guard guard,
            HTMLElement labRoot, FeatureHost features) {
        this.view = view;
        this.lab = view.lab();
        this.stepper = new PhaseStepper(lab);
        this.networkView = networkView;
        this.costView = costView;
        this.guard = guard;
        container.setInnerHTML(MARKUP.replace("<!--your-turn-->", YourTurnPanel.MARKUP));
        this.labRoot = labRoot;
        backButton = (HTMLButtonElement) Dom.role(container, "phase-back");
        nextButton = (HTMLButtonElement) Dom.role(container, "phase-next");
        for (int k = 0; k < 4; k++) {
            phaseButtons[k] = (HTMLButtonElement) Dom.role(container, "phase-" + (k + 1));
        }
        exampleSelect = Dom.select(container, "phase-example");
        animateButton = (HTMLButtonElement) Dom.role(container, "phase-animate");
        checkButton = (HTMLButtonElement) Dom.role(container, "gradient-check");
        copyButton = (HTMLButtonElement) Dom.role(container, "copy-worked-example");
        doneButton = (HTMLButtonElement) Dom.role(container, "phase-done");
        headline = new TextSlot(Dom.role(container, "phase-headline"));
        caption = new TextSlot(Dom.role(container, "phase-caption"));
        values = new TextSlot(Dom.role(container, "phase-values"));
        legend = Dom.role(container, "phase-legend");
        status = new TextSlot(Dom.role(container, "phase-status"));
        checkDialog = new GradientCheckDialog(labRoot, guard);
        copier = new WorkedExampleCopy(labRoot, guard);
        quiz = new YourTurnSlot(container, view, features, stepper, guard, this::resolved, this::refresh);
        if (reducedMotion) {
            animateButton.setDisabled(true);
            animateButton.setTitle("Off because your system asks for reduced motion: use ▶ or → instead");
        }
        listen();
        refresh();
    }

    private void listen() {
        guard.listen(nextButton, "click", "going to the next phase", (Event e) -> next());
        guard.listen(backButton, "click", "going back a phase", (Event e) -> back());
        for (int k = 0; k < 4; k++) {
            int number = k + 1;
            guard.listen(phaseButtons[k], "click", "going to phase " + number, (Event e) -> goTo(number));
        }
        guard.listen(exampleSelect, "change", "choosing the example", (Event e) -> {
            example = Integer.parseInt(exampleSelect.getValue());
            refresh();
        });
        guard.listen(animateButton, "click", "animating the phases", (Event e) -> setAnimating(!animating));
        guard.listen(checkButton, "click", "checking the gradient", (Event e) -> gradientCheck());
        guard.listen(copyButton, "click", "copying the worked example", (Event e) -> copyWorkedExample());
        guard.listen(doneButton, "click", "leaving the phase stepper", (Event e) -> {
            leave();
            nextButton.focus();
        });
    }

    // ---- what LabView asks

    /** Whether the bar is on: → and Step then move one phase. */
    public boolean isOn() {
        return on;
    }

    /** The current phase's number (1 to 4), or 0 when no iteration is being stepped. */
    public int phaseNumber() {
        Phase phase = stepper.phase();
        return phase == null ? 0 : phase.number();
    }

    /** The headline and caption shown, as one text. */
    public String captionText() {
        return headline.text() + " " + caption.text();
    }

    /** Turns the bar on without moving (pauses training); the next ▶ runs a forward pass. */
    public void enter() {
        if (!on) {
            on = true;
            view.setPlaying(false);
        }
        refresh();
    }

    /** One phase on (turning the bar on and pausing training first); from gradient descent, the next iteration. */
    public void next() {
        enter();
        if (lab.isDiverged()) {
            return;
        }
        // one budget for the click: the completed iteration's J, then the next batch
        FrameBudget clickBudget = budget.start();
        Phase current = stepper.isActive() ? stepper.phase() : null;
        boolean newIteration = current == null || current == Phase.GRADIENT_DESCENT;
        if (quiz.holdsBefore(newIteration ? Phase.FORWARD : current.next())) {
            refresh();
            return;
        }
        if (stepper.isActive() && stepper.phase() == Phase.GRADIENT_DESCENT) {
            completeIteration(clickBudget);
            if (lab.isDiverged()) {
                refresh();
                return;
            }
        }
        if (newIteration && !stepper.prepare(clickBudget)) {
            // a batch too large for one click: the frames go on with it and then show its forward pass
            preparing = true;
            refresh();
            return;
        }
        stepper.next();
        quiz.afterStep(newIteration);
        refresh();
    }

    /** Goes on with a new iteration's batch within this frame's budget; shows its forward pass once complete. */
    private void prepareNext() {
        if (!on || lab.isDiverged()) {
            preparing = false;
        } else if (stepper.prepare(budget.start())) {
            preparing = false;
            stepper.next();
            quiz.afterStep(true);
            refresh();
            if (goal > 1) {
                goTo(goal);
            }
            goal = 0;
        }
    }

    /** A "Your turn" question was resolved: unveil its phase, or move on to it. */
    private void resolved(Phase phase) {
        if (stepper.isActive() && stepper.phase() == phase) {
            refresh();
        } else {
            next();
        }
    }

    /** "Your turn" (for the lab's scripting API and page events). */
    public YourTurnSlot quiz() {
        return quiz;
    }

    /** One phase back within the iteration, if there is one. */
    public void back() {
        if (on && stepper.canGoBack()) {
            stepper.back();
            refresh();
        }
    }

    /** Goes forward or back to phase {@code number} (1 to 4) of the iteration, starting one if needed. */
    void goTo(int number) {
        enter();
        if (!stepper.isActive()) {
            next();
            if (preparing) {
                goal = number;
                return;
            }
        }
        for (int guardSteps = 0; guardSteps < 4 && stepper.isActive() && stepper.phase().number() < number; guardSteps++) {
            next();
        }
        while (stepper.isActive() && stepper.phase().number() > number && stepper.canGoBack()) {
            stepper.back();
        }
        refresh();
    }

    /** Turns the bar off, completing the iteration in progress (before Play, a script's steps, a lesson). */
    public void leave() {
        preparing = false;
        goal = 0;
        completeIteration(budget.start());
        on = false;
        quiz.idle();
        setAnimating(false);
        refresh();
    }

    /**
     * Applies the iteration's update and measures its J within {@code within}; the lab's frames measure the rest,
     * as after Step (a full batch of 1,800 points on six hidden layers of 16 took 34–39 ms at once).
     */
    private void completeIteration(FrameBudget within) {
        if (stepper.isActive()) {
            lab.finishMeasurement(); // the previous iteration's, if a click came before the frames finished it
            stepper.finish();
            if (lab.afterExternalSteps(within)) {
                view.updateDivergence();
            }
        }
    }

    /** Once per animation frame: Animate's timer, and the network and cost views' overlays. */
    public void frame(double now) {
        if (preparing && !lab.isMeasurementUnderWay()) {
            // the last iteration's J first (the lab's frame measures it), then the next batch
            prepareNext();
        }
        boolean active = stepper.isActive();
        if (animating && !preparing) {
            if (!on || lab.isDiverged()) {
                setAnimating(false);
            } else if (now >= nextAnimationAt) {
                nextAnimationAt = now + ANIMATE_MS;
                next();
                active = stepper.isActive();
            }
        }
        if (stepper.revision() != shownRevision || example != shownExample || on != shownOn
                || lab.isDiverged() != shownDiverged || (on && !active && lab.iteration() != shownIteration)) {
            refresh();
        }
        if (active && !quiz.veils(stepper.phase())) {
            PhaseView phaseView = stepper.view(selectedExample());
            networkView.showPhase(phaseView);
            if (phaseView.shows(Phase.COST)) {
                costView.markStep(phaseView.iteration(), phaseView.cost(),
                        phaseView.phase() == Phase.GRADIENT_DESCENT ? phaseView.newCost() : Double.NaN);
            } else {
                costView.clearMark();
            }
        } else {
            networkView.showPhase(null);
            costView.clearMark();
        }
    }

    private void setAnimating(boolean value) {
        boolean allowed = value && !reducedMotion;
        if (allowed && !animating) {
            nextAnimationAt = 0; // the next frame moves on at once
            enter();
        }
        animating = allowed;
        animateButton.setAttribute("aria-pressed", animating ? "true" : "false");
    }

    /** The example of the batch shown, or {@link PhaseView#BATCH_MEAN}; always valid for the current batch. */
    private int selectedExample() {
        int count = stepper.isActive() ? PhaseText.listedExamples(stepper.batchCount()) : 0;
        return example >= 0 && example < count ? example : PhaseView.BATCH_MEAN;
    }

    // ---- showing

    private void refresh() {
        shownRevision = stepper.revision();
        shownExample = example;
        shownOn = on;
        shownDiverged = lab.isDiverged();
        shownIteration = lab.iteration();
        boolean active = stepper.isActive();
        Phase phase = active ? stepper.phase() : null;
        for (int k = 0; k < 4; k++) {
            boolean current = phase != null && phase.number() == k + 1;
            Dom.setClass(phaseButtons[k], "bls-current", current);
            Dom.setClass(phaseButtons[k], "bls-done-phase", phase != null && phase.number() > k + 1);
            if (current) {
                phaseButtons[k].setAttribute("aria-current", "step");
            } else {
                phaseButtons[k].removeAttribute("aria-current");
            }
            phaseButtons[k].setDisabled(lab.isDiverged() && !current);
        }
        backButton.setDisabled(!(on && stepper.canGoBack()));
        nextButton.setDisabled(lab.isDiverged());
        Dom.show(doneButton, on);
        Dom.setClass(labRoot, "bl-stepping", on);
        updateExamples(active ? stepper.batchCount() : 0);
        example = quiz.show(example);
        boolean veiled = quiz.veils(phase);
        Dom.show(legend, phase == Phase.BACKPROPAGATION && !veiled);
        if (phase == null) {
            headline.set(PhaseText.idleHeadline(on, lab.iteration()));
            caption.set(preparing ? PhaseText.computingCaption(lab.trainer().batchExamples())
                    : PhaseText.idleCaption(on, lab.isDiverged()));
            values.set("");
            return;
        }
        if (veiled) {
            headline.set(phase.number() + " · " + PhaseText.headline(phase));
            caption.set(YourTurnText.veiled());
            values.set("");
            return;
        }
        PhaseView shown = stepper.view(selectedExample());
        headline.set(phase.number() + " · " + PhaseText.headline(phase));
        caption.set(phase.caption() + PhaseText.optimizerNote(phase, view.state().optimizer()));
        values.set(PhaseText.values(shown));
    }

    /** The picker's options: the batch mean and each example of the batch; rebuilt when the batch size changes. */
    private void updateExamples(int count) {
        if (count != optionCount) {
            optionCount = count;
            exampleSelect.setInnerHTML("");
            exampleSelect.setTitle(PhaseText.examplePickerTitle(count));
            addOption("-1", "batch mean");
            for (int k = 0; k < PhaseText.listedExamples(count); k++) {
                addOption(Integer.toString(k), "example " + (k + 1));
            }
        }
        exampleSelect.setValue(Integer.toString(selectedExample()));
        exampleSelect.setDisabled(count == 0);
    }

    private void addOption(String value, String text) {
        HTMLOptionElement option = (HTMLOptionElement) Dom.element("option", null, exampleSelect);
        option.setValue(value);
        option.setTextContent(text);
    }

    // ---- tools

    private WorkedExample current() {
        return WorkedExample.of(lab, stepper, selectedExample());
    }

    private void gradientCheck() {
        GradientReport report = current().gradientCheck();
        checkDialog.show(report, checkButton);
    }

    private void copyWorkedExample() {
        WorkedExample worked = current();
        String markdown = worked.markdown(view.state().dataset().id());
        status.set("");
        copier.copy(markdown, copyButton, copied -> status.set(copied
                ? PhaseText.copied(worked.example(), worked.learningRate()) : ""));
    }
}
