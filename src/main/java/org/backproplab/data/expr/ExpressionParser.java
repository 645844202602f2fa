package org.backproplab.data.expr;

/**
 * Reads a formula by recursive descent into a {@link Node} tree, loosest binding first:
 * <pre>
 * or      = and { "||" and }
 * and     = compare { "&amp;&amp;" compare }
 * compare = sum [ ("&lt;" | "&gt;" | "&lt;=" | "&gt;=" | "≤" | "≥") sum ]
 * sum     = product { ("+" | "-" | "−") product }
 * product = sign { ("*" | "×" | "·" | "/" | "÷") sign }
 * sign    = ("-" | "−" | "+") sign | power
 * power   = atom { "²" | "³" } [ "^" sign ]
 * atom    = number | constant | variable | function "(" or ")" | "(" or ")"
 * </pre>
 * No implicit products ("2x" is an error that says to write 2*x). Input is capped at {@value #MAX_LENGTH}
 * characters and nesting (parentheses, calls, signs, exponents) at {@value #MAX_DEPTH} levels, so neither
 * time nor stack grows without bound.
 */
final class ExpressionParser {
    /** The longest formula read. */
    static final int MAX_LENGTH = 200;
    /** The deepest nesting of parentheses, function calls, signs and exponents. */
    static final int MAX_DEPTH = 32;
    /** The functions, in the order the messages list them. */
    static final String[] FUNCTIONS = {"sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh"};

    private final String text;
    private final Variables variables;
    private int at;
    /** Levels entered; the formula itself is level 0. */
    private int depth = -1;

    private ExpressionParser(String text, Variables variables) {
        this.text = text;
        this.variables = variables;
    }

    /** The tree of {@code text}, or an {@link ExpressionException} at the first problem. */
    static Node parse(String text, Variables variables) {
        if (text == null || isBlank(text)) {
            throw new ExpressionException("the formula is empty; write one in " + variables.names() + ", such as "
                    + variables.example(), 1, text == null ? "" : text);
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException("the formula is too long at " + (MAX_LENGTH + 1) + ": it has "
                    + text.length() + " characters, but at most " + MAX_LENGTH + " are allowed", MAX_LENGTH + 1, text);
        }
        ExpressionParser parser = new ExpressionParser(text, variables);
        Node tree = parser.or();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw parser.unexpected("an operator or the end");
        }
        return tree;
    }

    private Node or() {
        enter();
        Node left = and();
        while (take("||")) {
            int position = at - 1;
            Node right = and();
            left = new Node.Logic(false, condition(left, "||", position, "left"), condition(right, "||", position, "right"));
        }
        depth--;
        return left;
    }

    private Node and() {
        Node left = compare();
        while (take("&&")) {
            int position = at - 1;
            Node right = compare();
            left = new Node.Logic(true, condition(left, "&&", position, "left"), condition(right, "&&", position, "right"));
        }
        return left;
    }

    private Node compare() {
        Node left = sum();
        skipSpaces();
        int position = at + 1;
        String operator = comparison();
        if (operator == null) {
            return left;
        }
        Node right = sum();
        number(left, operator, position, "left");
        number(right, operator, position, "right");
        skipSpaces();
        if (comparisonAhead()) {
            throw new ExpressionException("comparisons cannot be chained at " + (at + 1) + "; join two with &&, "
                    + "e.g. 0 < x1 && x1 < 1", at + 1, text);
        }
        return new Node.Comparison(operator, left, right);
    }

    private Node sum() {
        Node left = product();
        while (true) {
            skipSpaces();
            char c = peek();
            if (c != '+' && c != '-' && c != '\u2212') {
                return left;
            }
            int position = ++at;
            Node right = product();
            char operator = c == '+' ? '+' : '-';
            left = new Node.Arithmetic(operator, number(left, String.valueOf(c), position, "left"),
                    number(right, String.valueOf(c), position, "right"));
        }
    }

    private Node product() {
        Node left = sign();
        while (true) {
            skipSpaces();
            char c = peek();
            boolean times = c == '*' || c == '\u00d7' || c == '\u00b7' || c == '\u22c5';
            if (!times && c != '/' && c != '\u00f7') {
                return left;
            }
            int position = ++at;
            Node right = sign();
            left = new Node.Arithmetic(times ? '*' : '/', number(left, String.valueOf(c), position, "left"),
                    number(right, String.valueOf(c), position, "right"));
        }
    }

    private Node sign() {
        skipSpaces();
        char c = peek();
        if (c == '-' || c == '\u2212' || c == '+') {
            int position = ++at;
            enter();
            Node operand = number(sign(), String.valueOf(c), position, "right");
            depth--;
            return c == '+' ? operand : new Node.Negation(operand);
        }
        return power();
    }

    private Node power() {
        Node base = atom();
        while (true) {
            skipSpaces();
            char c = peek();
            if (c != '\u00b2' && c != '\u00b3') {
                break;
            }
            int position = ++at;
            base = new Node.Arithmetic('^', number(base, String.valueOf(c), position, "left"),
                    new Node.Constant(c == '\u00b2' ? 2 : 3, null));
        }
        if (peek() == '^') {
            int position = ++at;
            enter();
            Node exponent = sign();
            depth--;
            return new Node.Arithmetic('^', number(base, "^", position, "left"), number(exponent, "^", position, "right"));
        }
        return base;
    }

    private Node atom() {
        skipSpaces();
        if (at >= text.length()) {
            throw new ExpressionException("the formula ends too early at " + (at + 1) + ": expected a number, "
                    + variables.names() + ", a function or '('", at + 1, text);
        }
        char c = text.charAt(at);
        int start = at;
        if (isDigit(c) || c == '.') {
            return numberLiteral();
        }
        if (c == '(') {
            at++;
            Node inside = or();
            close(start);
            return inside;
        }
        if (isLetter(c) || c == '\u03c0') {
            at++;
            while (at < text.length() && (isLetter(text.charAt(at)) || isDigit(text.charAt(at))
                    || isSubscript(text.charAt(at)))) {
                at++;
            }
            String name = text.substring(start, at);
            return named(name, start);
        }
        throw unexpected("a number, " + variables.names() + ", a function or '('");
    }

    private Node named(String name, int start) {
        if (name.equals("pi") || name.equals("\u03c0")) {
            return new Node.Constant(Math.PI, "pi");
        }
        if (name.equals("e")) {
            return new Node.Constant(Math.E, "e");
        }
        int variable = variables.indexOf(name);
        if (variable >= 0) {
            return new Node.Variable(variable, variables.ascii(variable));
        }
        for (String function : FUNCTIONS) {
            if (function.equals(name)) {
                skipSpaces();
                if (peek() != '(') {
                    throw new ExpressionException("expected '(' after " + name + " at " + (at + 1) + ", e.g. "
                            + name + "(x)", at + 1, text);
                }
                int open = at;
                at++;
                Node argument = or();
                close(open);
                return new Node.Call(function, number(argument, name, start + 1, "argument"));
            }
        }
        throw new ExpressionException("unknown name '" + shorten(name) + "' at " + (start + 1) + "; allowed: "
                + allowedNames(), start + 1, text);
    }

    private String allowedNames() {
        StringBuilder names = new StringBuilder();
        for (String function : FUNCTIONS) {
            names.append(names.length() == 0 ? "" : " ").append(function);
        }
        return names.append(", pi e, ").append(variables.names()).toString();
    }

    private Node numberLiteral() {
        int start = at;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at - start == 1 && text.charAt(start) == '.') {
            throw new ExpressionException("a lone '.' at " + (start + 1) + " is not a number; write e.g. 0.5",
                    start + 1, text);
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int sign = at + 1 < text.length() && (text.charAt(at + 1) == '+' || text.charAt(at + 1) == '-') ? 1 : 0;
            if (at + 1 + sign < text.length() && isDigit(text.charAt(at + 1 + sign))) {
                at += 1 + sign;
                while (at < text.length() && isDigit(text.charAt(at))) {
                    at++;
                }
            }
        }
        String digits = text.substring(start, at);
        double value = Double.parseDouble(digits);
        if (Double.isInfinite(value)) {
            throw new ExpressionException("the number " + shorten(digits) + " at " + (start + 1)
                    + " is too large for a double", start + 1, text);
        }
        skipSpaces();
        if (at < text.length() && (isLetter(text.charAt(at)) || text.charAt(at) == '(' || text.charAt(at) == '\u03c0')) {
            throw new ExpressionException("expected an operator after the number " + shorten(digits) + " at "
                    + (at + 1) + "; write products with *, e.g. " + shorten(digits) + "*" + variables.ascii(0),
                    at + 1, text);
        }
        return new Node.Constant(value, null);
    }

    private void close(int open) {
        skipSpaces();
        if (peek() != ')') {
            throw new ExpressionException("missing ')' at " + (at + 1) + " to close the '(' at " + (open + 1),
                    at + 1, text);
        }
        at++;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            // at has just passed the '(', sign or '^' that opened the level
            throw new ExpressionException("the formula nests deeper than " + MAX_DEPTH + " levels at " + Math.max(1, at)
                    + " (parentheses, functions, signs and powers count); at most " + MAX_DEPTH
                    + " are allowed", Math.max(1, at), text);
        }
    }

    private String comparison() {
        skipSpaces();
        char c = peek();
        if (c == '\u2264' || c == '\u2265') {
            at++;
            return c == '\u2264' ? "<=" : ">=";
        }
        if (c == '<' || c == '>') {
            at++;
            if (peek() == '=') {
                at++;
                return c + "=";
            }
            return String.valueOf(c);
        }
        return null;
    }

    private boolean comparisonAhead() {
        char c = peek();
        return c == '<' || c == '>' || c == '\u2264' || c == '\u2265';
    }

    private boolean take(String operator) {
        skipSpaces();
        if (text.startsWith(operator, at)) {
            at += operator.length();
            return true;
        }
        return false;
    }

    /** {@code node} if it is a number; otherwise it compares, where a number belongs. */
    private Node number(Node node, String operator, int position, String side) {
        if (node.isCondition()) {
            throw new ExpressionException("'" + operator + "' at " + position + " needs a number as its " + side
                    + ", but gets a comparison (true or false)", position, text);
        }
        return node;
    }

    /** {@code node} if it is a comparison; otherwise a number stands where && or || needs true or false. */
    private Node condition(Node node, String operator, int position, String side) {
        if (!node.isCondition()) {
            throw new ExpressionException("'" + operator + "' at " + position + " joins comparisons, but its " + side
                    + " side is a number; compare it, e.g. x1 > 0", position, text);
        }
        return node;
    }

    private ExpressionException unexpected(String expected) {
        char c = text.charAt(at);
        String shown = c == '&' || c == '|' ? "'" + c + "' (write && or || for and, or)"
                : c < ' ' || (c >= '\u007f' && c < '\u00a0') || Character.isSurrogate(c) ? "character U+" + hex(c)
                : "'" + c + "'";
        return new ExpressionException("unexpected " + shown + " at " + (at + 1) + "; expected " + expected,
                at + 1, text);
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private static boolean isBlank(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSubscript(char c) {
        return c >= '\u2080' && c <= '\u2089';
    }

    private static String hex(char c) {
        String digits = Integer.toHexString(c).toUpperCase();
        return "0000".substring(digits.length()) + digits;
    }

    private static String shorten(String name) {
        return name.length() > 20 ? name.substring(0, 20) + "…" : name;
    }
}
