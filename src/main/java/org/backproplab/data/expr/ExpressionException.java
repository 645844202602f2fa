package org.backproplab.data.expr;

/**
 * A formula that cannot be read: what is wrong, where (1-based character position), and the formula with a
 * caret under that character. The message is all three:
 * <pre>
 * unknown name 'sn' at 5; allowed: sin cos tan exp log sqrt abs tanh, pi e, x
 *   sin(sn(x))
 *       ^
 * </pre>
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int position;
    private final String pointer;

    ExpressionException(String problem, int position, String text) {
        super(problem + "\n" + pointer(text, position));
        this.problem = problem;
        this.position = position;
        this.pointer = pointer(text, position);
    }

    /** What is wrong and at which character, on one line (the message without the caret lines). */
    public String problem() {
        return problem;
    }

    /** The offending character, 1-based; one past the end when the formula ends too early. */
    public int position() {
        return position;
    }

    /** Two lines: the formula (cut to the caret's neighbourhood when long) and a caret under the character. */
    public String pointer() {
        return pointer;
    }

    private static String pointer(String text, int position) {
        String shown = text == null ? "" : text;
        int caret = Math.max(0, position - 1);
        int from = 0;
        if (shown.length() > ExpressionParser.MAX_LENGTH) {
            from = Math.max(0, Math.min(caret - 20, shown.length() - 60));
            shown = (from > 0 ? "…" : "") + shown.substring(from, Math.min(shown.length(), from + 60)) + "…";
            caret = caret - from + (from > 0 ? 1 : 0);
        }
        StringBuilder line = new StringBuilder("  ").append(shown.replace('\n', ' ').replace('\t', ' ')).append("\n  ");
        for (int k = 0; k < caret; k++) {
            line.append(' ');
        }
        return line.append('^').toString();
    }
}
