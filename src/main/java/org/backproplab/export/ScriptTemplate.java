package org.backproplab.export;

import java.util.Map;
import java.util.Set;

/**
 * The template language of export/script.py, kept to two rules so that the template stays a readable Python
 * file: a line {@code #%if tag1 tag2} starts a block kept only when one of its tags is on (blocks nest, each
 * ends at a line {@code #%end}), and {@code {{NAME}}} in a kept line is replaced by NAME's value.
 */
final class ScriptTemplate {
    private static final String IF = "#%if ";
    private static final String END = "#%end";

    private ScriptTemplate() {
    }

    /**
     * The kept lines of {@code template} with their placeholders filled.
     *
     * @throws IllegalStateException for a template fault: an #%if without #%end or the reverse, or a placeholder
     *     with no value (the message names it and its line)
     */
    static String render(String template, Set<String> tags, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 1024);
        // kept[d]: whether the lines at nesting depth d are written
        boolean[] kept = new boolean[64];
        kept[0] = true;
        int depth = 0;
        int lineNumber = 0;
        int start = 0;
        while (start < template.length()) {
            int end = template.indexOf('\n', start);
            if (end < 0) {
                end = template.length();
            }
            String line = template.substring(start, end);
            start = end + 1;
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.startsWith(IF)) {
                if (depth + 1 == kept.length) {
                    throw new IllegalStateException("template line " + lineNumber + ": #%if nested deeper than "
                            + (kept.length - 1));
                }
                depth++;
                kept[depth] = kept[depth - 1] && anyOn(trimmed.substring(IF.length()), tags);
            } else if (trimmed.equals(END)) {
                if (depth == 0) {
                    throw new IllegalStateException("template line " + lineNumber + ": #%end without #%if");
                }
                depth--;
            } else if (kept[depth]) {
                fill(line, values, lineNumber, out);
                out.append('\n');
            }
        }
        if (depth != 0) {
            throw new IllegalStateException("the template ends inside " + depth + " #%if block(s)");
        }
        return out.toString();
    }

    private static boolean anyOn(String names, Set<String> tags) {
        int from = 0;
        while (from < names.length()) {
            int space = names.indexOf(' ', from);
            int to = space < 0 ? names.length() : space;
            if (to > from && tags.contains(names.substring(from, to))) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    private static void fill(String line, Map<String, String> values, int lineNumber, StringBuilder out) {
        int from = 0;
        while (true) {
            int open = line.indexOf("{{", from);
            int close = open < 0 ? -1 : line.indexOf("}}", open + 2);
            if (close < 0) {
                out.append(line, from, line.length());
                return;
            }
            String name = line.substring(open + 2, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("template line " + lineNumber + ": {{" + name + "}} has no value");
            }
            out.append(line, from, open).append(value);
            from = close + 2;
        }
    }
}
