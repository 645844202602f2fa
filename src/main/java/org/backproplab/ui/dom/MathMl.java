package org.backproplab.ui.dom;

import org.backproplab.core.NumberFormat;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * Builds MathML Core elements (Chromium, Firefox and Safari render them natively): formulas as real math,
 * readable by screen readers, with no library. Every builder returns a new element; {@link Number} is a
 * slot whose value changes from frame to frame without rebuilding the formula.
 */
public final class MathMl {
    static final String NAMESPACE = "http://www.w3.org/1998/Math/MathML";

    private MathMl() {
    }

    public static Element element(String tag, Node... children) {
        Element element = HTMLDocument.current().createElementNS(NAMESPACE, tag);
        for (Node child : children) {
            element.appendChild(child);
        }
        return element;
    }

    /**
     * A line of math: {@code <div class="blm-line"><math>children</math></div>}. Inline math in a block of
     * its own rather than display="block", which MathML centres; CSS gives it display-style fractions.
     */
    public static HTMLElement block(Node... children) {
        HTMLElement line = HTMLDocument.current().createElement("div");
        line.setClassName("blm-line");
        line.appendChild(element("math", element("mrow", children)));
        return line;
    }

    public static Element row(Node... children) {
        return element("mrow", children);
    }

    /** An identifier: a variable or a name such as "f"; single letters are italic. */
    public static Element mi(String name) {
        Element mi = element("mi");
        mi.setTextContent(name);
        return mi;
    }

    /** An identifier set upright: a word like "tanh" or a multi-letter name that must not look italic. */
    public static Element upright(String name) {
        Element mi = mi(name);
        mi.setAttribute("mathvariant", "normal");
        return mi;
    }

    public static Element mo(String operator) {
        Element mo = element("mo");
        mo.setTextContent(operator);
        return mo;
    }

    public static Element mn(String number) {
        Element mn = element("mn");
        mn.setTextContent(number);
        return mn;
    }

    static Element text(String words) {
        Element text = element("mtext");
        text.setTextContent(words);
        return text;
    }

    public static Element sub(Node base, Node subscript) {
        return element("msub", base, subscript);
    }

    public static Element sup(Node base, Node superscript) {
        return element("msup", base, superscript);
    }

    public static Element subsup(Node base, Node subscript, Node superscript) {
        return element("msubsup", base, subscript, superscript);
    }

    public static Element under(Node base, Node below, Node above) {
        return element("munderover", base, below, above);
    }

    public static Element below(Node base, Node underscript) {
        return element("munder", base, underscript);
    }

    public static Element mover(Node base, Node accent) {
        Element over = element("mover", base, accent);
        over.setAttribute("accent", "true");
        return over;
    }

    public static Element fraction(Node numerator, Node denominator) {
        return element("mfrac", numerator, denominator);
    }

    /** ∂J/∂{@code what}, as a fraction. */
    public static Element partial(Node numerator, Node denominator) {
        return fraction(row(mo("\u2202"), numerator), row(mo("\u2202"), denominator));
    }

    /** "(" children ")". */
    public static Element parenthesized(Node... children) {
        Element row = row(mo("("));
        for (Node child : children) {
            row.appendChild(child);
        }
        row.appendChild(mo(")"));
        return row;
    }

    /**
     * A number in a formula that is rewritten in place: 4 significant digits, a true minus sign,
     * parentheses around a negative value when it follows an operator, "—" when not finite. The full
     * double is kept in {@code data-value} (empty when not finite) and the slot's meaning in
     * {@code data-factor}, so scripts and tests can check the arithmetic that the page shows.
     */
    public static final class Number {
        private final Element row;
        private final Element open;
        private final Element value;
        private final Element close;
        private final boolean parenthesizeNegative;
        private double shown = Double.NaN;
        private boolean everShown;

        public Number(String factor, boolean parenthesizeNegative) {
            this.parenthesizeNegative = parenthesizeNegative;
            open = fence();
            value = mn("");
            close = fence();
            row = row(open, value, close);
            value.setAttribute("data-factor", factor);
        }

        /** A parenthesis slot: no operator spacing, so that it takes no room while empty. */
        private static Element fence() {
            Element fence = mo("");
            fence.setAttribute("lspace", "0");
            fence.setAttribute("rspace", "0");
            return fence;
        }

        public Element element() {
            return row;
        }

        public void set(double v) {
            if (everShown && (v == shown || (v != v && shown != shown))) {
                return;
            }
            everShown = true;
            shown = v;
            value.setTextContent(NumberFormat.display(v, 4));
            value.setAttribute("data-value", Double.isFinite(v) ? Double.toString(v) : "");
            boolean brackets = parenthesizeNegative && v < 0;
            open.setTextContent(brackets ? "(" : "");
            close.setTextContent(brackets ? ")" : "");
        }
    }
}
