package org.backproplab.cli.worksheet;

import org.backproplab.exercise.Exercise;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.exercise.Template;

/**
 * One worksheet: its template and seed, the problem (network, batch, α) made from them, the exercise that holds
 * the answer key, the weight whose ∂J/∂w is worked as a chain rule, and the lab link (null when the lab cannot
 * show the network).
 */
record Sheet(int number, Template template, long seed, Problem problem, Exercise exercise, Question chosen, String link) {

    static Sheet make(int number, Template template, long seed, double learningRate, String site) {
        Problem problem = template.problem(seed, learningRate);
        Exercise exercise = new Exercise(problem);
        Question chosen = null;
        for (Question question : exercise.questions(seed)) {
            if (question.kind() == QuestionKind.GRADIENT) {
                chosen = question;
            }
        }
        return new Sheet(number, template, seed, problem, exercise, chosen, WorksheetLink.url(site, problem, seed));
    }
}
