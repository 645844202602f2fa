package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.expr.Expression;
import org.junit.jupiter.api.Test;

/** Data sets typed as formulas: a curve y = f(x) and a class rule in x₁, x₂. */
class FormulaDataTest {
    @Test
    void aCurveWithoutNoiseLiesOnItsFormula() {
        Dataset data = Generators.generate(DatasetKind.EXPR, Expression.curve("sin(x) + 0.1*x^2"), 300, 0, 7);
        assertEquals(300, data.count());
        for (int n = 0; n < data.count(); n++) {
            double x = data.input(n, 0);
            assertTrue(x >= -6 && x <= 6, "x = " + x);
            assertEquals(Math.sin(x) + 0.1 * x * x, data.target(n, 0), 1e-12);
        }
        Dataset again = Generators.generate(DatasetKind.EXPR, Expression.curve("sin(x) + 0.1*x^2"), 300, 0, 7);
        assertArrayEquals(data.inputsView(), again.inputsView(), "the same seed, the same points");
    }

    @Test
    void noiseStaysWithinItsShareOfTheRange() {
        Expression f = Expression.curve("x");
        Dataset data = Generators.generate(DatasetKind.EXPR, f, 500, 0.2, 3);
        double largest = 0;
        for (int n = 0; n < data.count(); n++) {
            largest = Math.max(largest, Math.abs(data.target(n, 0) - data.input(n, 0)));
        }
        // y = x on [−6, 6]: half the range is (at most) 6, so noise 0.2 moves a target by at most 1.2
        assertTrue(largest <= 1.2 && largest > 0.5, "largest shift " + largest);
    }

    @Test
    void anUndefinedXIsDrawnAgainAndAnUndefinedCurveIsRefused() {
        Dataset data = Generators.generate(DatasetKind.EXPR, Expression.curve("log(x)"), 200, 0, 1);
        assertEquals(200, data.count());
        for (int n = 0; n < data.count(); n++) {
            assertTrue(data.input(n, 0) > 0, "log is defined for x > 0 only");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate(DatasetKind.EXPR, Expression.curve("1/0"), 50, 0, 1));
        assertEquals("y = 1/0 is a number within ±1000000 at only 0 of 5000 x drawn from [−6, 6]; choose a formula"
                + " defined on most of that range", e.getMessage());
    }

    @Test
    void aRuleLabelsThePointsWhereItHolds() {
        Dataset data = Generators.generate(DatasetKind.RULE, Expression.rule("x1*x2 > 0"), 400, 0, 5);
        int ones = 0;
        for (int n = 0; n < data.count(); n++) {
            double x1 = data.input(n, 0);
            double x2 = data.input(n, 1);
            assertTrue(Math.abs(x1) <= 5 && Math.abs(x2) <= 5);
            assertEquals(x1 * x2 > 0 ? 1.0 : 0.0, data.target(n, 0), 0, "(" + x1 + ", " + x2 + ")");
            ones += (int) data.target(n, 0);
        }
        assertTrue(ones > 150 && ones < 250, "about half the square: " + ones);
    }

    @Test
    void aRuleWithOneClassOrAFormulaOfTheOtherKindIsRefused() {
        assertEquals("the rule x1 > 100 holds at none of the 40 points drawn from x1, x2 in [−5, 5], so there is only"
                + " one class; choose a rule that splits that square", assertThrows(IllegalArgumentException.class,
                        () -> Generators.generate(DatasetKind.RULE, Expression.rule("x1 > 100"), 40, 0, 1)).getMessage());
        Dataset byDefault = Generators.generate(DatasetKind.RULE, 40, 0, 1);
        for (int n = 0; n < byDefault.count(); n++) {
            double x1 = byDefault.input(n, 0);
            assertEquals(byDefault.input(n, 1) > 3 * Math.sin(x1) ? 1.0 : 0.0, byDefault.target(n, 0), 0,
                    "without a formula, the default rule x2 > 3*sin(x1)");
        }
        assertEquals("the expr dataset needs a formula in x such as sin(x) + 0.1*x^2",
                assertThrows(IllegalArgumentException.class, () -> Generators.generate(DatasetKind.EXPR,
                        Expression.rule("x1 > 0"), 40, 0, 1)).getMessage());
    }

    @Test
    void eachFormulaKindReadsItsOwnFormula() {
        assertTrue(DatasetKind.RULE.formula(DatasetKind.RULE.defaultFormula()).isRule());
        assertEquals(Math.sin(2) + 0.4, DatasetKind.EXPR.formula(DatasetKind.EXPR.defaultFormula()).evaluate(2), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> DatasetKind.CIRCLE.formula("x"));
        assertEquals("", DatasetKind.CIRCLE.defaultFormula());
    }
}
