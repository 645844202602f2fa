package org.backproplab.data.expr;

/**
 * A formula typed by a teacher, compiled once into a tree of doubles: a curve y = f(x), or a class rule in
 * x₁, x₂ (true where class 1 lies). Reading it never runs code — there is no eval — and any text gives either
 * an Expression or an {@link ExpressionException} that points at the offending character.
 *
 * <p>Syntax: numbers (2, 0.5, 1e-3), pi and e, the variables (x; or x1, x2, also x₁, x₂), + − × ÷ ^ (also
 * ASCII + - * / ^, and ² ³), unary minus, parentheses, sin cos tan exp log sqrt abs tanh (log is the natural
 * logarithm), comparisons &lt; &gt; &lt;= &gt;= ≤ ≥ and &amp;&amp; || in rules. No implicit products: 2x must be written 2*x.
 * Powers bind tighter than signs: −x^2 = −(x²), and 2^3^2 = 2^(3²). At most {@value #MAX_LENGTH} characters
 * and {@value #MAX_DEPTH} levels of nesting.
 *
 * <p>Immutable; {@link #evaluate} allocates nothing.
 */
public final class Expression {
    /** The longest formula read. */
    public static final int MAX_LENGTH = ExpressionParser.MAX_LENGTH;
    /** The deepest nesting of parentheses, function calls, signs and powers. */
    public static final int MAX_DEPTH = ExpressionParser.MAX_DEPTH;

    private final String text;
    private final Variables variables;
    private final Node root;

    private Expression(String text, Variables variables, Node root) {
        this.text = text;
        this.variables = variables;
        this.root = root;
    }

    /** y = f(x): a number in x, such as {@code sin(3*x) + 0.5*x^2}. */
    public static Expression curve(String text) {
        Node root = ExpressionParser.parse(text, Variables.CURVE);
        if (root.isCondition()) {
            int position = firstComparison(text);
            throw new ExpressionException("a curve y = f(x) is a number, but this formula compares at " + position
                    + "; comparisons belong in class rules", position, text);
        }
        return new Expression(text, Variables.CURVE, root);
    }

    /** A class rule: a comparison in x1, x2 such as {@code x1*x2 > 0}, true where class 1 lies. */
    public static Expression rule(String text) {
        Node root = ExpressionParser.parse(text, Variables.PLANE);
        if (!root.isCondition()) {
            int position = text.length() + 1;
            throw new ExpressionException("a class rule is true or false, but this formula is a number; compare it"
                    + " at " + position + ", e.g. x1*x2 > 0", position, text);
        }
        return new Expression(text, Variables.PLANE, root);
    }

    /** The formula in the variables {@code variables}: a curve or a rule, whichever the text is. */
    public static Expression parse(String text, Variables variables) {
        return new Expression(text, variables, ExpressionParser.parse(text, variables));
    }

    private static int firstComparison(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '<' || c == '>' || c == '\u2264' || c == '\u2265') {
                return k + 1;
            }
        }
        return 1;
    }

    /** f(x) of a curve (x₁ of a rule); NaN or ±∞ where f is (log of a negative number, 1/0). */
    public double evaluate(double x) {
        return root.evaluate(x, 0.0);
    }

    /** The value at (x₁, x₂): a number, or 1 (holds) and 0 (does not) for a rule. */
    public double evaluate(double x1, double x2) {
        return root.evaluate(x1, x2);
    }

    /** Whether a rule holds at (x₁, x₂). */
    public boolean holds(double x1, double x2) {
        return root.evaluate(x1, x2) != 0;
    }

    /** Whether this is a rule (true or false) rather than a number. */
    public boolean isRule() {
        return root.isCondition();
    }

    public Variables variables() {
        return variables;
    }

    /** The formula as it was typed. */
    public String text() {
        return text;
    }

    /**
     * The formula in ASCII with only the parentheses its structure needs ({@code sin(3*x)+0.5*x^2});
     * reading it again gives the same function, number for number.
     */
    @Override
    public String toString() {
        StringBuilder printed = new StringBuilder();
        root.print(printed);
        return printed.toString();
    }
}
