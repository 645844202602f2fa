package org.backproplab.ui.stepper;

import java.util.List;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.StudentCode;
import org.backproplab.state.AppState;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.YourTurn;
import org.backproplab.state.phases.YourTurnText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.TextSlot;
import org.backproplab.ui.host.LabHost;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The "Your turn" panel under the phase stepper: the question the lab asks before it reveals a phase, the answer
 * field (Enter checks), Hint, Show me, the verdict in a live region, the score and streak, and the student code
 * that seeds data and weights. Its sentences and decisions come from {@link YourTurn} and {@link YourTurnText}.
 */
public final class YourTurnPanel {
    /** What the panel asks of the bar when a question is resolved. */
    interface Reveal {
        void resolved(Phase phase);
    }

    /** The phase stepper and the lab as the panel reads them (the panel lives in a bundle of its own, YourTurnMain). */
    interface Source {
        Phase phase();

        int batchCount();

        int batchExample(int k);

        long iteration();

        /** The lab's network at the start of the iteration. */
        Network network();

        Dataset trainData();
    }

    /** Listens for the panel's answers and score changes (the page's events). */
    public interface AnswerListener {
        void answered(Question question, Answer answer);

        /** The score changed without an answer: a question was given up with Show me. */
        void gaveUp();
    }

    static final String MARKUP = """
<section class="bls-quiz" data-role="your-turn" aria-label="Your turn" hidden>
  <div class="bls-row bls-quiz-top">
    <label class="bls-quiz-code">Student code <input type="text" data-role="quiz-code" autocomplete="off" spellcheck="false" maxlength="40"></label>
    <button type="button" class="bls-tool" data-role="quiz-code-apply" title="New data and weights from this code: the same code gives the same numbers">Use code</button>
    <span class="bls-quiz-score" data-role="quiz-score" aria-live="polite"></span>
  </div>
  <div class="bls-quiz-ask" data-role="quiz-form" hidden>
    <p class="bls-quiz-question" data-role="quiz-question"></p>
    <p class="bls-quiz-given" data-role="quiz-given"></p>
    <label>Your answer <input type="text" data-role="quiz-answer" inputmode="decimal" autocomplete="off" spellcheck="false" maxlength="40"></label>
    <button type="button" class="bls-tool" data-role="quiz-check">Check</button>
    <button type="button" class="bls-tool" data-role="quiz-hint">Hint</button>
    <button type="button" class="bls-tool" data-role="quiz-show">Show me</button>
    <ol class="bls-quiz-hints" data-role="quiz-hints"></ol>
  </div>
  <p class="bls-quiz-feedback" data-role="quiz-feedback" role="status" aria-live="polite"></p>
</section>
""";

    private final LabHost host;
    private final Source stepper;
    private final Reveal reveal;
    private final YourTurn turn = new YourTurn();
    private final HTMLElement section;
    private final HTMLElement form;
    private final HTMLInputElement code;
    private final HTMLInputElement answerField;
    private final HTMLButtonElement hintButton;
    private final HTMLButtonElement toggle;
    private final HTMLElement hintList;
    private final TextSlot question;
    private final TextSlot given;
    private final TextSlot feedback;
    private final TextSlot score;
    private AnswerListener listener;
    private int shownHints = -1;
    private Question shownQuestion;

    YourTurnPanel(HTMLElement container, LabHost host, Source stepper, Guard guard, Reveal reveal,
            Guard.Action changed) {
        this.host = host;
        this.stepper = stepper;
        this.reveal = reveal;
        section = Dom.role(container, "your-turn");
        form = Dom.role(container, "quiz-form");
        code = Dom.input(container, "quiz-code");
        answerField = Dom.input(container, "quiz-answer");
        hintButton = (HTMLButtonElement) Dom.role(container, "quiz-hint");
        toggle = (HTMLButtonElement) Dom.role(container, "quiz-toggle");
        hintList = Dom.role(container, "quiz-hints");
        question = new TextSlot(Dom.role(container, "quiz-question"));
        given = new TextSlot(Dom.role(container, "quiz-given"));
        feedback = new TextSlot(Dom.role(container, "quiz-feedback"));
        score = new TextSlot(Dom.role(container, "quiz-score"));
        // Enter and buttons, not a form's submit: a sandboxed iframe without allow-forms never fires submit.
        guard.listen(answerField, "keydown", "checking your answer", (KeyboardEvent e) -> {
            if ("Enter".equals(e.getKey())) {
                e.preventDefault();
                submit(answerField.getValue());
            }
        });
        guard.listen(Dom.role(container, "quiz-check"), "click", "checking your answer",
                (Event e) -> submit(answerField.getValue()));
        guard.listen(toggle, "click", "turning Your turn on or off", (Event e) -> {
            host.change(host.state().withQuiz(!host.state().quiz()));
            changed.run();
        });
        guard.listen(hintButton, "click", "showing a hint", (Event e) -> {
            turn.nextHint();
            show();
        });
        guard.listen(Dom.role(container, "quiz-show"), "click", "showing the answer", (Event e) -> showMe());
        guard.listen(Dom.role(container, "quiz-code-apply"), "click", "using the student code", (Event e) -> useCode());
        guard.listen(code, "keydown", "using the student code", (KeyboardEvent e) -> {
            if ("Enter".equals(e.getKey())) {
                e.preventDefault();
                useCode();
            }
        });
    }

    public void setListener(AnswerListener listener) {
        this.listener = listener;
    }

    /** Whether "Your turn" is on (the link key quiz=1 or the bar's toggle). */
    boolean isOn() {
        return host.state().quiz();
    }

    public YourTurn turn() {
        return turn;
    }

    /**
     * Called before the bar moves on to {@code upcoming}: whether it must wait, because a question is open or
     * the question of {@code upcoming} (cost, backpropagation, gradient descent) is opened now.
     */
    boolean holdsBefore(Phase upcoming) {
        if (!isOn()) {
            return false;
        }
        if (turn.open() != null) {
            if (turn.openPhase() == upcoming || turn.openPhase() == stepper.phase()) {
                focusAnswer();
                return true;
            }
            turn.cancel();
        }
        if (upcoming == Phase.FORWARD || !turn.hasIteration()) {
            return false;
        }
        boolean held = turn.ask(upcoming);
        if (held) {
            feedback.set("");
            focusAnswer();
        }
        return held;
    }

    /** Called after the bar moved; a new iteration's forward pass stays veiled until its question is resolved. */
    void afterStep(boolean newIteration) {
        if (!isOn() || !newIteration || stepper.phase() != Phase.FORWARD) {
            return;
        }
        int count = stepper.batchCount();
        AppState state = host.state();
        String whyNot = YourTurn.unsupported(state, count);
        Dataset batch = null;
        if (whyNot.isEmpty()) {
            int[] rows = new int[count];
            for (int k = 0; k < count; k++) {
                rows[k] = stepper.batchExample(k);
            }
            batch = stepper.trainData().subset(rows);
        }
        turn.startIteration(stepper.iteration(), stepper.network(), batch, state.learningRate(), whyNot);
        feedback.set(whyNot);
        if (turn.ask(Phase.FORWARD)) {
            focusAnswer();
        }
    }

    /** Whether the current phase's numbers must stay hidden: its question is open. */
    boolean veils(Phase current) {
        return isOn() && current != null && turn.open() != null && turn.openPhase() == current;
    }

    /** The bar went idle or the lab changed: the iteration's questions are gone. */
    void idle() {
        if (turn.hasIteration() || turn.open() != null) {
            turn.reset();
        }
    }

    /** The open question as JSON ({@link Question#toJson}), or null when none is open. */
    public String questionJson() {
        Question open = turn.open();
        return open == null ? null : open.toJson();
    }

    /** The open question's batch as JSON {"inputs": [[…], …], "targets": [[…], …]}, or null when none is open. */
    public String batchJson() {
        return turn.open() == null ? null : YourTurnText.batchJson(turn.exercise().problem());
    }

    /** Checks a typed answer; returns the verdict, or null (with the message shown) when the text is not one. */
    private void submit(String text) {
        Question open = turn.open();
        if (open == null) {
            return;
        }
        double value = YourTurnText.parse(text, open.kind());
        if (Double.isNaN(value)) {
            feedback.set(YourTurnText.unreadable(text));
            focusAnswer();
            return;
        }
        answer(value);
    }

    /**
     * Answers the open question with {@code value}, as Check does: the verdict is shown and sent to the listener,
     * and a right answer reveals the phase. Returns the verdict, or null when no question is open.
     */
    public Answer answer(double value) {
        Question open = turn.open();
        if (open == null) {
            return null;
        }
        Phase phase = turn.openPhase();
        Answer verdict = turn.answer(value);
        feedback.set(YourTurnText.verdict(verdict, open.kind()));
        if (listener != null) {
            listener.answered(open, verdict);
        }
        if (verdict.correct()) {
            answerField.setValue("");
            reveal.resolved(phase);
        } else {
            answerField.select();
        }
        show();
        return verdict;
    }

    private void showMe() {
        Question open = turn.open();
        if (open == null) {
            return;
        }
        Phase phase = turn.openPhase();
        double expected = turn.giveUp();
        feedback.set(YourTurnText.shown(expected, open.kind()));
        if (listener != null) {
            listener.gaveUp();
        }
        answerField.setValue("");
        reveal.resolved(phase);
        show();
    }

    private void useCode() {
        String text = code.getValue();
        if (text.trim().isEmpty()) {
            feedback.set("Type a student code first: any name or number your teacher gives you.");
            return;
        }
        long seed = StudentCode.seed(text);
        turn.reset();
        host.setStepping(false);
        host.change(host.state().withSeed(seed));
        feedback.set("New data and weights from code “" + text.trim() + "”. Press ▶ for the first question.");
    }

    private void focusAnswer() {
        show();
        answerField.focus();
    }

    /**
     * Shows the open question, its hints and the score (the panel hidden when the mode is off); returns the example
     * the bar should show: the open question's, else {@code example}.
     */
    int show(int example) {
        show();
        Question open = turn.open();
        return open != null && open.example() >= 0 ? open.example() : example;
    }

    private void show() {
        Dom.show(section, isOn());
        toggle.setAttribute("aria-pressed", isOn() ? "true" : "false");
        Question open = turn.open();
        Dom.show(form, open != null);
        score.set(YourTurnText.score(turn.right(), turn.asked(), turn.streak()));
        if (open == null) {
            question.set("");
            given.set("");
            if (shownHints != 0) {
                hintList.setInnerHTML("");
                shownHints = 0;
            }
            shownQuestion = null;
            return;
        }
        Problem problem = turn.exercise().problem();
        question.set(YourTurnText.question(open, problem));
        given.set(YourTurnText.given(open, problem));
        List<String> hints = turn.hints();
        if (hints.size() != shownHints || !open.equals(shownQuestion)) {
            shownQuestion = open;
            hintList.setInnerHTML("");
            for (String hint : hints) {
                Dom.element("li", null, hintList).setTextContent(hint);
            }
            shownHints = hints.size();
        }
        hintButton.setDisabled(!turn.hasMoreHints());
    }
}
