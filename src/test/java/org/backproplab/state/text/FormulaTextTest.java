package org.backproplab.state.text;

import org.backproplab.state.AppState;
import org.backproplab.state.text.FormulaText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;

class FormulaTextTest {
    private static IllegalArgumentException refusalOf(DatasetKind kind, String formula) {
        AppState start = AppState.defaults().withDataset(kind);
        return assertThrows(IllegalArgumentException.class, () -> start.withFormula(formula));
    }

    @Test
    void aParseErrorGivesItsProblemAndACaretUnderTheOffendingCharacter() {
        IllegalArgumentException e = refusalOf(DatasetKind.EXPR, "sin(sn(x))");
        String sentence = FormulaText.refusal(e, "sin(x)");
        assertTrue(sentence.startsWith("Unknown name 'sn' at 5"), sentence);
        assertTrue(sentence.endsWith(". Kept sin(x)."), sentence);
        String[] lines = FormulaText.pointer(e).split("\n");
        assertEquals(2, lines.length);
        assertEquals("sin(sn(x))", lines[0].trim());
        // 's' of "sn" is character 5: the caret sits under it
        assertEquals('s', lines[0].charAt(lines[1].indexOf('^')));
        assertEquals('(', lines[0].charAt(lines[1].indexOf('^') - 1));
    }

    @Test
    void aRuleThatGivesOneClassIsRefusedWithoutAPointer() {
        IllegalArgumentException e = refusalOf(DatasetKind.RULE, "x1 > 100");
        assertEquals("", FormulaText.pointer(e));
        assertTrue(FormulaText.refusal(e, "x2 > 3*sin(x1)").endsWith("Kept x2 > 3*sin(x1)."));
    }

    @Test
    void theLabelSaysWhatTheFormulaGives() {
        assertEquals("y =", FormulaText.label(DatasetKind.EXPR));
        assertEquals("class 1 where", FormulaText.label(DatasetKind.RULE));
        assertTrue(FormulaText.hint(DatasetKind.RULE).contains("x1*x2 > 0"));
    }

    @Test
    void theExamplesFieldIsLabelledAndItsHintsExampleIsAccepted() {
        assertEquals("examples", FormulaText.label(DatasetKind.EXAMPLES));
        String hint = FormulaText.hint(DatasetKind.EXAMPLES);
        String example = hint.substring(hint.indexOf("e.g. ") + 5);
        org.backproplab.data.Dataset read = org.backproplab.state.ExamplesText.parse(example);
        assertEquals(2, read.count(), hint);
        assertEquals(0.99, read.target(1, 0));
        assertTrue(hint.startsWith("1 to 10 examples separated by |"), hint);
    }
}
