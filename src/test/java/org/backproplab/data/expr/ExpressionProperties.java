package org.backproplab.data.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Printing a formula and reading the print gives the same function at every sample point, bit for bit;
 * and any text at all — random characters of the grammar and beyond, deep nesting — gives either a formula or
 * the parser's own message, never another exception, a stack overflow or a hang.
 */
class ExpressionProperties {
    private static final double[] SAMPLES = {-6, -2.5, -1, -0.3, 0, 0.7, 1, 2, 5.5};

    /** A formula in x, written the many ways the grammar allows (spaces, Unicode operators, ², subscripts). */
    @Provide
    Arbitrary<String> curves() {
        return numeric(4, "x");
    }

    /** A rule: comparisons of formulas in x1, x2, joined by && and ||, sometimes in parentheses. */
    @Provide
    Arbitrary<String> rules() {
        Arbitrary<String> comparison = Combinators.combine(numeric(2, "x1"), Arbitraries.of("<", ">", "<=", ">=",
                "\u2264", "\u2265"), numeric(2, "x\u2082")).as((a, op, b) -> a + " " + op + " " + b);
        return Arbitraries.recursive(() -> comparison, inner -> Arbitraries.oneOf(comparison,
                Combinators.combine(inner, Arbitraries.of("&&", "||"), inner).as((a, op, b) -> a + op + b),
                inner.map(a -> "(" + a + ")")), 0, 3);
    }

    private static Arbitrary<String> numeric(int depth, String variable) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of(variable, variable, "pi", "e", "\u03c0"),
                Arbitraries.doubles().between(0, 1000).ofScale(3).map(Object::toString),
                Arbitraries.integers().between(0, 20).map(Object::toString),
                Arbitraries.of("1e-3", "2.5E2", ".5", "3."));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                leaf,
                Combinators.combine(inner, Arbitraries.of("+", "-", "*", "/", "^", " \u2212 ", "\u00d7", "\u00f7",
                        "\u00b7", " + "), inner).as((a, op, b) -> a + op + b),
                inner.map(a -> "(" + a + ")"),
                inner.map(a -> "-" + a),
                inner.map(a -> "(" + a + ")\u00b2"),
                Combinators.combine(Arbitraries.of(ExpressionParser.FUNCTIONS), inner).as((f, a) -> f + "(" + a + ")")),
                0, depth);
    }

    @Property(tries = 1000)
    void aPrintedCurveReadsBackAsTheSameFunction(@ForAll("curves") String text) {
        Expression original = Expression.curve(text);
        String printed = original.toString();
        Assume.that(printed.length() <= Expression.MAX_LENGTH);
        Expression again = Expression.curve(printed);
        assertEquals(printed, again.toString(), "printing is stable");
        for (double x : SAMPLES) {
            assertEquals(Double.doubleToLongBits(original.evaluate(x)), Double.doubleToLongBits(again.evaluate(x)),
                    text + " → " + printed + " at x = " + x);
        }
    }

    @Property(tries = 1000)
    void aPrintedRuleReadsBackAsTheSameRule(@ForAll("rules") String text) {
        Assume.that(text.length() <= Expression.MAX_LENGTH);
        Expression original = Expression.rule(text);
        String printed = original.toString();
        Assume.that(printed.length() <= Expression.MAX_LENGTH);
        Expression again = Expression.rule(printed);
        for (double x1 : SAMPLES) {
            for (double x2 : SAMPLES) {
                assertEquals(original.holds(x1, x2), again.holds(x1, x2), text + " → " + printed + " at " + x1 + ", " + x2);
            }
        }
    }

    /** Characters of the grammar (and its near misses) and any others. */
    @Provide
    Arbitrary<String> anything() {
        Arbitrary<Character> interesting = Arbitraries.of('x', '1', '2', '\u2081', '\u2082', '(', ')', '+', '-',
                '*', '/', '^', '<', '>', '=', '&', '|', '.', 'e', 'E', ' ', 's', 'i', 'n', '\u00b2', '\u2212', '\u00d7',
                '\u2264', '\u03c0', '0', '9');
        Arbitrary<Character> any = Arbitraries.oneOf(interesting, interesting, Arbitraries.chars());
        return any.list().ofMaxSize(Expression.MAX_LENGTH + 40).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 2000)
    void anyTextGivesAFormulaOrAMessageThatPointsIntoIt(@ForAll("anything") String text) {
        for (Variables variables : Variables.values()) {
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                try {
                    Expression formula = Expression.parse(text, variables);
                    formula.evaluate(0.5, -0.5);
                } catch (ExpressionException e) {
                    assertTrue(e.position() >= 1 && e.position() <= Math.min(text.length(), Expression.MAX_LENGTH) + 1,
                            "position " + e.position() + " for " + text.length() + " characters");
                    assertTrue(e.problem().contains(" at " + e.position()) || text.isBlank(), e.problem());
                    assertTrue(e.getMessage().startsWith(e.problem() + "\n"), e.getMessage());
                    assertTrue(e.pointer().endsWith("^"), e.pointer());
                }
            });
        }
    }

    /** Nesting of every kind, from shallow to far beyond the cap: a formula within it, the depth message beyond. */
    @Property(tries = 300)
    void nestingBeyondTheCapIsRefusedByName(@ForAll("depths") int levels,
            @ForAll("openers") String opener) {
        String closer = opener.endsWith("(") ? ")" : "";
        String text = opener.repeat(levels) + "x" + closer.repeat(levels);
        int nesting = levels * (opener.equals("\u2212(") ? 2 : 1); // a sign, then a parenthesis
        try {
            Expression.curve(text);
            assertTrue(nesting <= Expression.MAX_DEPTH && text.length() <= Expression.MAX_LENGTH, text);
        } catch (ExpressionException e) {
            assertTrue(nesting > Expression.MAX_DEPTH || text.length() > Expression.MAX_LENGTH, e.getMessage());
            assertTrue(e.problem().startsWith("the formula nests deeper than " + Expression.MAX_DEPTH)
                    || e.problem().startsWith("the formula is too long"), e.problem());
        }
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(0, 5000);
    }

    @Provide
    Arbitrary<String> openers() {
        return Arbitraries.of("(", "-", "sin(", "2^", "+", "\u2212(");
    }
}
