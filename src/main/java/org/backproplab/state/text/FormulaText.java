package org.backproplab.state.text;

import org.backproplab.state.ExamplesText;
import org.backproplab.state.Sentence;
import org.backproplab.data.DatasetKind;
import org.backproplab.exercise.Problem;
import org.backproplab.data.expr.ExpressionException;

/**
 * The words around the formula field of the expr and rule data sets (and the examples field of a worksheet's
 * written-out examples, the same field): its label, and a refusal split into
 * the sentence (what is wrong, what was kept) and the parser's two pointer lines (the formula and a caret
 * under the offending character), which the page shows in a fixed-width font so the caret lines up.
 */
public final class FormulaText {
    private FormulaText() {
    }

    /** The label before the field: "y =" for a curve, "class 1 where" for a rule, "examples" for examples. */
    public static String label(DatasetKind kind) {
        return kind == DatasetKind.RULE ? "class 1 where" : kind == DatasetKind.EXAMPLES ? "examples" : "y =";
    }

    /** What the field is for, in words (its hint and accessible description). */
    public static String hint(DatasetKind kind) {
        if (kind == DatasetKind.EXAMPLES) {
            return "1 to " + Problem.MAX_EXAMPLES + " examples separated by " + ExamplesText.EXAMPLE_SEPARATOR
                    + ", each x1,x2 and 1 to " + ExamplesText.MAX_TARGETS + " targets from 0 to 1, e.g. "
                    + DatasetKind.DEFAULT_EXAMPLES + ExamplesText.EXAMPLE_SEPARATOR + "0.2,0.4,0.99,0.01";
        }
        return kind == DatasetKind.RULE
                ? "a rule in x1, x2, e.g. x1*x2 > 0; points where it holds are class 1"
                : "a formula in x, e.g. sin(3*x) + 0.5*x^2";
    }

    /** The refusal's sentence: the parser's problem (or the state's reason), then the formula kept. */
    public static String refusal(IllegalArgumentException e, String kept) {
        String problem = e instanceof ExpressionException parse ? parse.problem() : e.getMessage();
        return Sentence.capitalized(problem) + ". Kept " + kept + ".";
    }

    /** The two pointer lines of a parse error (formula, caret), or "" for a refusal with no position. */
    public static String pointer(IllegalArgumentException e) {
        return e instanceof ExpressionException parse ? parse.pointer() : "";
    }
}
