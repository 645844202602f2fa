package org.backproplab.state.phases;

import org.backproplab.state.AppState;
import org.backproplab.state.phases.Phase;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Exercise;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.core.Regularization;

/**
 * "Your turn": before the phase stepper reveals a phase, the student is asked for one quantity of it,
 * computed from the iteration on screen (the lab's weights before the update and the iteration's batch).
 * Holds the open question, the hints shown so far, the last verdict, the score (questions answered right at
 * the first try, of those asked) and the streak (right at the first try in a row). One question per phase per
 * iteration; which one of the phase's questions comes from the iteration number.
 */
public final class YourTurn {
    private Exercise exercise;
    private List<Question> questions = List.of();
    private long iteration;
    private Question open;
    private Phase openPhase;
    private final boolean[] resolved = new boolean[Phase.values().length];
    private final boolean[] tried = new boolean[Phase.values().length];
    private int hintsShown;
    private Answer lastAnswer;
    private int asked;
    private int right;
    private int streak;
    private String unavailable = "";

    /** The phase a question kind belongs to. */
    public static Phase phaseOf(QuestionKind kind) {
        return switch (kind) {
            case Z, A -> Phase.FORWARD;
            case COST -> Phase.COST;
            case DELTA, GRADIENT -> Phase.BACKPROPAGATION;
            case NEW_WEIGHT, DIRECTION -> Phase.GRADIENT_DESCENT;
        };
    }

    /**
     * Why the lab's settings allow no question (the exercises are about plain gradient descent on a batch of 1 to
     * {@value Problem#MAX_EXAMPLES} examples, without regularization), or "" when they do.
     */
    public static String unsupported(AppState state, int batchCount) {
        List<String> changes = new ArrayList<>();
        if (state.optimizer() != OptimizerKind.SGD) {
            changes.add("the optimizer to plain gradient descent (SGD)");
        }
        if (state.regularization() != Regularization.Type.NONE) {
            changes.add("regularization to none");
        }
        if (state.schedule() != LearningRateScheduleKind.CONSTANT) {
            changes.add("the learning-rate schedule to constant");
        }
        if (batchCount < 1 || batchCount > Problem.MAX_EXAMPLES) {
            changes.add("the batch size to 1 to " + Problem.MAX_EXAMPLES + " (this batch has " + batchCount
                    + " examples)");
        }
        return changes.isEmpty() ? "" : YourTurnText.unsupported(changes);
    }

    /**
     * A new iteration: its problem is {@code network} (the weights before the update) on {@code batch} with
     * α = {@code learningRate}; nothing is resolved yet. With {@code whyNot} non-empty there are no questions
     * this iteration and {@link #unavailable()} says why.
     */
    public void startIteration(long iteration, Network network, Dataset batch, double learningRate, String whyNot) {
        this.iteration = iteration;
        java.util.Arrays.fill(resolved, false);
        java.util.Arrays.fill(tried, false);
        close();
        lastAnswer = null;
        unavailable = whyNot;
        if (!whyNot.isEmpty()) {
            exercise = null;
            questions = List.of();
            return;
        }
        exercise = new Exercise(new Problem(network, batch, learningRate));
        questions = exercise.questions(iteration);
    }

    /** Forgets the iteration (the stepper went idle, or the lab changed). */
    public void reset() {
        exercise = null;
        questions = List.of();
        java.util.Arrays.fill(resolved, false);
        java.util.Arrays.fill(tried, false);
        close();
        lastAnswer = null;
        unavailable = "";
    }

    /** Whether there is an iteration with questions. */
    public boolean hasIteration() {
        return exercise != null;
    }

    /** Why this iteration has no questions, or "". */
    public String unavailable() {
        return unavailable;
    }

    /** Whether {@code phase} may be shown: its question was answered or given up, or there is none. */
    public boolean mayReveal(Phase phase) {
        return exercise == null || resolved[phase.ordinal()] || questionOf(phase) == null;
    }

    /** Opens the question of {@code phase} (if it has one and it is not resolved); returns whether one is open. */
    public boolean ask(Phase phase) {
        if (mayReveal(phase)) {
            return false;
        }
        if (open == null || openPhase != phase) {
            open = questionOf(phase);
            openPhase = phase;
            hintsShown = 0;
            lastAnswer = null;
        }
        return true;
    }

    /** The open question, or null. */
    public Question open() {
        return open;
    }

    /** The phase of the open question, or null. */
    public Phase openPhase() {
        return openPhase;
    }

    public Exercise exercise() {
        return exercise;
    }

    /**
     * Checks {@code value} against the open question: right closes it (its phase may be revealed), wrong keeps it
     * open. The first try of each question counts for the score and the streak, even when it is reopened.
     *
     * @throws IllegalStateException when no question is open
     */
    public Answer answer(double value) {
        if (open == null) {
            throw new IllegalStateException("no question is open, so there is nothing to answer");
        }
        Answer verdict = exercise.check(open, value);
        if (!tried[openPhase.ordinal()]) {
            tried[openPhase.ordinal()] = true;
            asked++;
            if (verdict.correct()) {
                right++;
                streak++;
            } else {
                streak = 0;
            }
        }
        lastAnswer = verdict;
        if (verdict.correct()) {
            resolve();
        }
        return verdict;
    }

    /** Gives the open question up: it counts as wrong (if not tried yet) and its phase may be revealed. */
    public double giveUp() {
        if (open == null) {
            return Double.NaN;
        }
        double expected = exercise.expected(open);
        if (!tried[openPhase.ordinal()]) {
            tried[openPhase.ordinal()] = true;
            asked++;
            streak = 0;
        }
        lastAnswer = null;
        resolve();
        return expected;
    }

    /** Shows one more hint of the open question; returns the hints shown so far. */
    public List<String> nextHint() {
        if (open != null && hintsShown < exercise.hints(open).size()) {
            hintsShown++;
        }
        return hints();
    }

    /** The hints of the open question shown so far. */
    public List<String> hints() {
        return open == null ? List.of() : exercise.hints(open).subList(0, hintsShown);
    }

    /** Whether the open question has another hint. */
    public boolean hasMoreHints() {
        return open != null && hintsShown < exercise.hints(open).size();
    }

    /** The verdict on the last answer to the open question (or the one just closed by a right answer), or null. */
    public Answer lastAnswer() {
        return lastAnswer;
    }

    public int asked() {
        return asked;
    }

    public int right() {
        return right;
    }

    public int streak() {
        return streak;
    }

    public long iteration() {
        return iteration;
    }

    private void resolve() {
        resolved[openPhase.ordinal()] = true;
        close();
    }

    /** Closes the open question unanswered (the student went back a phase); asking again reopens it. */
    public void cancel() {
        close();
    }

    private void close() {
        open = null;
        openPhase = null;
        hintsShown = 0;
    }

    /** The question of {@code phase} this iteration: the phase's questions taken in turn, one per iteration. */
    private Question questionOf(Phase phase) {
        List<Question> ofPhase = new ArrayList<>();
        for (Question question : questions) {
            if (phaseOf(question.kind()) == phase) {
                ofPhase.add(question);
            }
        }
        if (ofPhase.isEmpty()) {
            return null;
        }
        int index = (int) ((iteration - 1) % ofPhase.size());
        return ofPhase.get(index < 0 ? index + ofPhase.size() : index);
    }
}
