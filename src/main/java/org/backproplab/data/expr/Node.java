package org.backproplab.data.expr;

/**
 * One node of a compiled formula. {@link #evaluate} allocates nothing; a comparison or a logical operator
 * gives 1 (true) or 0 (false). {@link #print} writes the formula back in ASCII with only the parentheses its
 * structure needs, so that reading the text again builds the same tree.
 */
abstract class Node {
    /** Binding strength, loosest first: the printer parenthesises a child looser than its slot needs. */
    static final int OR = 1;
    static final int AND = 2;
    static final int COMPARE = 3;
    static final int SUM = 4;
    static final int PRODUCT = 5;
    static final int SIGN = 6;
    static final int POWER = 7;
    static final int ATOM = 8;

    abstract double evaluate(double x1, double x2);

    /** Whether the node is true or false (a comparison, &&, ||) rather than a number. */
    boolean isCondition() {
        return false;
    }

    abstract int precedence();

    abstract void print(StringBuilder text);

    /** {@code child} printed in a slot that needs at least {@code precedence}, in parentheses if looser. */
    static void print(StringBuilder text, Node child, int precedence) {
        if (child.precedence() < precedence) {
            text.append('(');
            child.print(text);
            text.append(')');
        } else {
            child.print(text);
        }
    }

    /** A number, or a named constant (pi, e) that prints as its name. */
    static final class Constant extends Node {
        final double value;
        final String name;

        Constant(double value, String name) {
            this.value = value;
            this.name = name;
        }

        @Override double evaluate(double x1, double x2) { return value; }
        @Override int precedence() { return ATOM; }

        @Override
        void print(StringBuilder text) {
            if (name != null) {
                text.append(name);
                return;
            }
            String digits = Double.toString(value);
            text.append(digits.endsWith(".0") ? digits.substring(0, digits.length() - 2) : digits);
        }
    }

    /** x (index 0) of a curve, or x₁ (0) and x₂ (1) of the plane. */
    static final class Variable extends Node {
        final int index;
        final String name;

        Variable(int index, String name) {
            this.index = index;
            this.name = name;
        }

        @Override double evaluate(double x1, double x2) { return index == 0 ? x1 : x2; }
        @Override int precedence() { return ATOM; }
        @Override void print(StringBuilder text) { text.append(name); }
    }

    /** −a. */
    static final class Negation extends Node {
        final Node operand;

        Negation(Node operand) {
            this.operand = operand;
        }

        @Override double evaluate(double x1, double x2) { return -operand.evaluate(x1, x2); }
        @Override int precedence() { return SIGN; }

        @Override
        void print(StringBuilder text) {
            text.append('-');
            print(text, operand, SIGN);
        }
    }

    /** a + b, a − b, a × b, a ÷ b, a ^ b (right-associative). */
    static final class Arithmetic extends Node {
        final char operator;
        final Node left;
        final Node right;

        Arithmetic(char operator, Node left, Node right) {
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        double evaluate(double x1, double x2) {
            double a = left.evaluate(x1, x2);
            double b = right.evaluate(x1, x2);
            switch (operator) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                default: return Math.pow(a, b);
            }
        }

        @Override
        int precedence() {
            return operator == '+' || operator == '-' ? SUM : operator == '^' ? POWER : PRODUCT;
        }

        @Override
        void print(StringBuilder text) {
            int own = precedence();
            if (operator == '^') {
                print(text, left, ATOM);
                text.append('^');
                print(text, right, SIGN);
            } else {
                // left-associative: a right operand of the same strength keeps its parentheses, a − (b − c)
                print(text, left, own);
                text.append(operator);
                print(text, right, own + 1);
            }
        }
    }

    /** sin, cos, tan, exp, log (natural), sqrt, abs, tanh of one argument. */
    static final class Call extends Node {
        final String function;
        final Node argument;

        Call(String function, Node argument) {
            this.function = function;
            this.argument = argument;
        }

        @Override
        double evaluate(double x1, double x2) {
            double a = argument.evaluate(x1, x2);
            switch (function) {
                case "sin": return Math.sin(a);
                case "cos": return Math.cos(a);
                case "tan": return Math.tan(a);
                case "exp": return Math.exp(a);
                case "log": return Math.log(a);
                case "sqrt": return Math.sqrt(a);
                case "abs": return Math.abs(a);
                default: return a >= 22 ? 1.0 : a <= -22 ? -1.0 : Math.tanh(a); // tanh, as Activation.TANH
            }
        }

        @Override int precedence() { return ATOM; }

        @Override
        void print(StringBuilder text) {
            text.append(function).append('(');
            argument.print(text);
            text.append(')');
        }
    }

    /** a &lt; b, a &gt; b, a ≤ b, a ≥ b: 1 when it holds, else 0 (NaN on either side never holds). */
    static final class Comparison extends Node {
        final String operator;
        final Node left;
        final Node right;

        Comparison(String operator, Node left, Node right) {
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        double evaluate(double x1, double x2) {
            double a = left.evaluate(x1, x2);
            double b = right.evaluate(x1, x2);
            boolean holds;
            switch (operator) {
                case "<": holds = a < b; break;
                case ">": holds = a > b; break;
                case "<=": holds = a <= b; break;
                default: holds = a >= b; break;
            }
            return holds ? 1.0 : 0.0;
        }

        @Override boolean isCondition() { return true; }
        @Override int precedence() { return COMPARE; }

        @Override
        void print(StringBuilder text) {
            print(text, left, SUM);
            text.append(' ').append(operator).append(' ');
            print(text, right, SUM);
        }
    }

    /** a &amp;&amp; b, a || b over conditions. */
    static final class Logic extends Node {
        final boolean and;
        final Node left;
        final Node right;

        Logic(boolean and, Node left, Node right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        double evaluate(double x1, double x2) {
            boolean a = left.evaluate(x1, x2) != 0;
            boolean holds = and ? a && right.evaluate(x1, x2) != 0 : a || right.evaluate(x1, x2) != 0;
            return holds ? 1.0 : 0.0;
        }

        @Override boolean isCondition() { return true; }
        @Override int precedence() { return and ? AND : OR; }

        @Override
        void print(StringBuilder text) {
            int own = precedence();
            print(text, left, own);
            text.append(and ? " && " : " || ");
            print(text, right, own + 1);
        }
    }
}
