package org.backproplab.ui.stepper;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Question;
import org.backproplab.state.course.CourseEvents;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.YourTurn;
import org.backproplab.state.phases.YourTurnText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.host.QuizHost;
import org.backproplab.ui.host.QuizPanel;
import org.backproplab.ui.host.RemoteHost;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The entry point of js/backprop-lab-quiz.js, "Your turn" in a bundle of its own, which a lab loads when Your turn
 * is first turned on. {@link #backpropLabQuiz} (a global of the page) builds the panel in the stepper's markup and
 * hands back its {@link QuizPanel}; several labs on one page share the one bundle. The entry point is named
 * {@code backpropLabQuizMain} so that it leaves the app's {@code main} alone.
 */
public final class YourTurnMain implements QuizPanel {
    private final YourTurnPanel panel;

    private YourTurnMain(YourTurnPanel panel) {
        this.panel = panel;
    }

    public static void main(String[] args) {
    }

    /** "Your turn" for the lab and phase stepper that lend {@code host}. */
    @JSExport
    public static QuizPanel backpropLabQuiz(QuizHost host) {
        RemoteHost remote = new RemoteHost(host);
        YourTurnPanel.Source source = new YourTurnPanel.Source() {
            @Override
            public Phase phase() {
                return YourTurnSlot.phaseOf(host.phase());
            }

            @Override
            public int batchCount() {
                return host.batchCount();
            }

            @Override
            public int batchExample(int k) {
                return host.batchExample(k);
            }

            @Override
            public long iteration() {
                return (long) host.iteration();
            }

            /** A fresh network of the lab's shape with the lab's current weights. */
            @Override
            public Network network() {
                Network network = remote.lab().initialNetwork();
                network.setParameters(host.parameters());
                return network;
            }

            @Override
            public Dataset trainData() {
                return remote.lab().trainData();
            }
        };
        YourTurnPanel panel = new YourTurnPanel(host.root(), remote, source, new Guard(host::failed),
                phase -> host.resolved(phase.number()), host::changed);
        YourTurn turn = panel.turn();
        panel.setListener(new YourTurnPanel.AnswerListener() {
            @Override
            public void answered(Question question, Answer answer) {
                host.sent(CourseEvents.answer(question, answer, turn.right(), turn.asked(), turn.streak()));
                gaveUp();
            }

            @Override
            public void gaveUp() {
                host.sent(CourseEvents.score(turn.right(), turn.asked(), turn.streak()));
            }
        });
        return new YourTurnMain(panel);
    }

    @Override
    public boolean holdsBefore(int upcoming) {
        return panel.holdsBefore(YourTurnSlot.phaseOf(upcoming));
    }

    @Override
    public void afterStep(boolean newIteration) {
        panel.afterStep(newIteration);
    }

    @Override
    public boolean veils(int phase) {
        return panel.veils(YourTurnSlot.phaseOf(phase));
    }

    @Override
    public void idle() {
        panel.idle();
    }

    @Override
    public int show(int example) {
        return panel.show(example);
    }

    @Override
    public boolean questionOpen() {
        return panel.turn().open() != null;
    }

    @Override
    public String questionJson() {
        return panel.questionJson();
    }

    @Override
    public String batchJson() {
        return panel.batchJson();
    }

    @Override
    public String answer(JSObject value) {
        if (panel.questionJson() == null) {
            return null;
        }
        Question open = panel.turn().open();
        double x = Dom.isNumber(value) ? Dom.asNumber(value) : YourTurnText.parse(Dom.asText(value), open.kind());
        if (!Double.isFinite(x)) {
            return "{\"error\": \"" + YourTurnText.unreadable(Dom.asText(value)).replace("\\", "\\\\")
                    .replace("\"", "\\\"") + "\"}";
        }
        return panel.answer(x).toJson();
    }
}
