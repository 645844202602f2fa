package org.backproplab.data.expr;

/** The variables a formula may use: x for a curve y = f(x), x₁ and x₂ for a class rule on the plane. */
public enum Variables {
    /** x, the one variable of a curve. */
    CURVE(new String[] {"x"}, new String[] {"x"}, "sin(3*x)"),
    /** x₁, x₂, written x1, x2 in ASCII. */
    PLANE(new String[] {"x1", "x2"}, new String[] {"x\u2081", "x\u2082"}, "x1*x2 > 0");

    private final String[] ascii;
    private final String[] unicode;
    private final String example;

    Variables(String[] ascii, String[] unicode, String example) {
        this.ascii = ascii;
        this.unicode = unicode;
        this.example = example;
    }

    /** The variable called {@code name} (ASCII or with a subscript), or −1. */
    int indexOf(String name) {
        for (int v = 0; v < ascii.length; v++) {
            if (ascii[v].equals(name) || unicode[v].equals(name)) {
                return v;
            }
        }
        return -1;
    }

    /** Variable {@code index} as printed: x, x1, x2. */
    String ascii(int index) {
        return ascii[index];
    }

    /** The variables for messages: "x" or "x1, x2". */
    String names() {
        return ascii.length == 1 ? ascii[0] : ascii[0] + ", " + ascii[1];
    }

    /** A formula to show as an example. */
    String example() {
        return example;
    }
}
