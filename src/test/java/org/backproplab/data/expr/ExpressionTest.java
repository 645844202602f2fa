package org.backproplab.data.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Formulas worked by hand, and each kind of mistake with the message that points at it. */
class ExpressionTest {
    @Test
    void curvesGiveTheirValuesByHand() {
        assertEquals(Math.sin(2.1) + 0.5 * 0.49, Expression.curve("sin(3*x) + 0.5*x^2").evaluate(0.7), 1e-15);
        assertEquals(512, Expression.curve("2^3^2").evaluate(0), 0, "powers are right-associative");
        assertEquals(-4, Expression.curve("-2^2").evaluate(0), 0, "the power binds tighter than the sign");
        assertEquals(9, Expression.curve("x\u00b2").evaluate(3), 0);
        assertEquals(27, Expression.curve("x\u00b3").evaluate(3), 0);
        assertEquals(2.5, Expression.curve("3\u00d7x \u2212 1\u00f72").evaluate(1), 0);
        assertEquals(2.5, Expression.curve("3 * x - 1 / 2").evaluate(1), 0);
        assertEquals(7, Expression.curve("1 + 2 * 3").evaluate(0), 0);
        assertEquals(-1, Expression.curve("1 - 2 + 0").evaluate(0), 0, "left to right");
        assertEquals(1, Expression.curve("log(e)").evaluate(0), 0);
        assertEquals(2 * Math.PI, Expression.curve("2*pi").evaluate(0), 0);
        assertEquals(Math.PI, Expression.curve("\u03c0").evaluate(0), 0);
        assertEquals(3, Expression.curve("sqrt(abs(x))").evaluate(-9), 0);
        assertEquals(1, Expression.curve("tanh(1000)").evaluate(0), 0);
        assertEquals(Math.exp(1) + Math.cos(2) + Math.tan(0.5), Expression.curve("exp(1)+cos(2)+tan(x)").evaluate(0.5),
                1e-15);
        assertEquals(0.001, Expression.curve("1e-3").evaluate(0), 0);
        assertEquals(6, Expression.curve("--x*+2").evaluate(3), 0);
        assertTrue(Double.isNaN(Expression.curve("log(x)").evaluate(-1)), "undefined stays NaN");
    }

    @Test
    void rulesHoldWhereTheyShould() {
        Expression xor = Expression.rule("x1*x2 > 0");
        assertTrue(xor.holds(1, 1));
        assertTrue(xor.holds(-2, -0.5));
        assertFalse(xor.holds(1, -1));
        assertFalse(xor.holds(0, 3), "0 > 0 does not hold");
        Expression box = Expression.rule("x\u2081 \u2265 0 && x\u2082 \u2264 0");
        assertTrue(box.holds(0, 0));
        assertFalse(box.holds(-0.1, 0));
        assertTrue(Expression.rule("x1 > 0 || x2 > 0 && x1 < 0").holds(1, -1), "&& binds tighter than ||");
        assertFalse(Expression.rule("(x1 > 0 || x2 > 0) && x1 < 0").holds(1, -1));
        assertTrue(Expression.rule("x1^2 + x2^2 <= 6.25").holds(2.5, 0));
        assertFalse(Expression.rule("x1 >= sqrt(x2)").holds(1, -1), "NaN never holds");
        assertTrue(Expression.rule("x1<1").isRule());
        assertFalse(Expression.curve("x").isRule());
    }

    @Test
    void printsTheFormulaWithTheParenthesesItNeeds() {
        assertEquals("sin(3*x)+0.5*x^2", Expression.curve("sin(3 × x) + 0.5·x²").toString());
        assertEquals("x-(x-1)", Expression.curve("x - (x - 1)").toString());
        assertEquals("x-x-1", Expression.curve("(x - x) - 1").toString(), "a left-associative chain needs none");
        assertEquals("(-x)^2", Expression.curve("(-x)^2").toString());
        assertEquals("-x^2", Expression.curve("-(x^2)").toString());
        assertEquals("2^3^2", Expression.curve("2^(3^2)").toString());
        assertEquals("(2^3)^2", Expression.curve("(2^3)^2").toString());
        assertEquals("x1*x2 > 0 && (x1 < 1 || x2 < pi)", Expression.rule("x₁*x₂>0 && (x1<1 || x2 < π)")
                .toString());
        assertEquals("1.0E-5*x", Expression.curve("0.00001*x").toString());
    }

    private static String message(Runnable parse) {
        return assertThrows(ExpressionException.class, parse::run).getMessage();
    }

    @Test
    void unknownNamesListTheAllowedOnesAndPointAtTheName() {
        assertEquals("unknown name 'sn' at 5; allowed: sin cos tan exp log sqrt abs tanh, pi e, x\n"
                + "  sin(sn(x))\n"
                + "      ^", message(() -> Expression.curve("sin(sn(x))")));
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.curve("x1 + 1"));
        assertEquals("unknown name 'x1' at 1; allowed: sin cos tan exp log sqrt abs tanh, pi e, x", e.problem());
        assertEquals(1, e.position());
        assertEquals("unknown name 'x' at 1; allowed: sin cos tan exp log sqrt abs tanh, pi e, x1, x2",
                assertThrows(ExpressionException.class, () -> Expression.rule("x > 0")).problem());
    }

    private static String problem(Runnable parse) {
        return assertThrows(ExpressionException.class, parse::run).problem();
    }

    @Test
    void eachMistakeIsNamedWhereItIs() {
        assertEquals("expected an operator after the number 2 at 2; write products with *, e.g. 2*x",
                problem(() -> Expression.curve("2x")));
        assertEquals("missing ')' at 5 to close the '(' at 1", problem(() -> Expression.curve("(x+1")));
        assertEquals("the formula ends too early at 4: expected a number, x, a function or '('",
                problem(() -> Expression.curve("x +")));
        assertEquals("unexpected ')' at 2; expected an operator or the end", problem(() -> Expression.curve("x)")));
        assertEquals("unexpected '$' at 3; expected a number, x, a function or '('",
                problem(() -> Expression.curve("x+$")));
        assertEquals("expected '(' after sin at 5, e.g. sin(x)", problem(() -> Expression.curve("sin x")));
        assertEquals("a curve y = f(x) is a number, but this formula compares at 3; comparisons belong in class rules",
                problem(() -> Expression.curve("x > 0")));
        assertEquals("a class rule is true or false, but this formula is a number; compare it at 6, e.g. x1*x2 > 0",
                problem(() -> Expression.rule("x1*x2")));
        assertEquals("comparisons cannot be chained at 8; join two with &&, e.g. 0 < x1 && x1 < 1",
                problem(() -> Expression.rule("0 < x1 < 1")));
        assertEquals("unexpected '&' (write && or || for and, or) at 4; expected an operator or the end",
                problem(() -> Expression.rule("x1 & x2 > 0")));
        assertEquals("'+' at 8 needs a number as its right, but gets a comparison (true or false)",
                problem(() -> Expression.rule("x1 > 0 + (x2 > 0)")));
        assertEquals("'&&' at 5 joins comparisons, but its right side is a number; compare it, e.g. x1 > 0",
                problem(() -> Expression.rule("x1>0&&x2")));
        assertEquals("the formula is empty; write one in x, such as sin(3*x)", problem(() -> Expression.curve("  ")));
        assertEquals("the formula is empty; write one in x1, x2, such as x1*x2 > 0", problem(() -> Expression.rule("")));
        assertEquals("the number 1e999 at 1 is too large for a double", problem(() -> Expression.curve("1e999")));
        assertEquals("a lone '.' at 3 is not a number; write e.g. 0.5", problem(() -> Expression.curve("x+.")));
        assertEquals("a lone '.' at 1 is not a number; write e.g. 0.5", problem(() -> Expression.curve(".e1")),
                "found by the fuzzer: Double.parseDouble threw on it");
    }

    @Test
    void lengthIsCappedByItsConstant() {
        String longest = "x" + "+x".repeat((Expression.MAX_LENGTH - 1) / 2);
        assertEquals(Expression.MAX_LENGTH - 1, longest.length());
        assertEquals(100, Expression.curve(longest).evaluate(1), 0);
        String tooLong = "x".repeat(Expression.MAX_LENGTH + 1);
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.curve(tooLong));
        assertEquals("the formula is too long at 201: it has 201 characters, but at most 200 are allowed", e.problem());
        assertEquals(Expression.MAX_LENGTH + 1, e.position());
        assertTrue(e.pointer().length() < 140, "a long formula is cut around the caret: " + e.pointer());
    }

    @Test
    void nestingIsCappedByItsConstant() {
        int max = Expression.MAX_DEPTH;
        assertEquals(1, Expression.curve("(".repeat(max) + "x" + ")".repeat(max)).evaluate(1), 0);
        assertEquals(-1, Expression.curve("-".repeat(max - 1) + "x").evaluate(1), 0);
        assertEquals(1, Expression.curve("abs(".repeat(max) + "x" + ")".repeat(max)).evaluate(1), 0);
        String deeper = "the formula nests deeper than 32 levels at " + (max + 1)
                + " (parentheses, functions, signs and powers count); at most 32 are allowed";
        assertEquals(deeper, problem(() -> Expression.curve("(".repeat(max + 1) + "x" + ")".repeat(max + 1))));
        assertEquals(deeper, problem(() -> Expression.curve("(".repeat(150))));
        assertEquals(deeper, problem(() -> Expression.curve("-".repeat(max + 1) + "x")));
        assertTrue(problem(() -> Expression.curve("2^".repeat(60) + "2")).startsWith("the formula nests deeper than 32"));
    }
}
