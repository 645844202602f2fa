package org.backproplab.state;

/** Small text rules every panel shares: a sentence's first letter, text made safe inside HTML, a notice's list. */
public final class Sentence {
    private Sentence() {
    }

    /**
     * {@code text} with a capital first letter and no trailing period: "must be a number" becomes "Must be a
     * number". Only a Latin a–z is raised: "λ must be …" keeps its λ (a capital Λ is another symbol).
     */
    public static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        char first = trimmed.charAt(0);
        // ASCII arithmetic, not Character.toUpperCase, whose Unicode table would grow the bundle.
        return first >= 'a' && first <= 'z' ? (char) (first - 'a' + 'A') + trimmed.substring(1) : trimmed;
    }

    /** {@code text} with {@code < > & "} written as entities, to be placed in HTML markup or an attribute. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                default: out.append(c);
            }
        }
        return text.length() == out.length() ? text : out.toString();
    }

    /** Each line as an HTML list item, as a notice shows it: "<li>Capitalized, escaped.</li>". */
    public static String listItems(java.util.List<String> lines) {
        StringBuilder items = new StringBuilder();
        for (String line : lines) {
            items.append("<li>").append(escapeHtml(capitalized(line))).append(".</li>");
        }
        return items.toString();
    }
}
