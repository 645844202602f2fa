package org.backproplab.model;

/**
 * Text from a file or a command line, made safe to quote in a message: cut to {@value #MAX_VALUE_CHARS}
 * characters, and for a terminal with every control character written as {@code \}{@code uXXXX} — an ESC
 * in a CSV cell must not clear or recolour the screen, a newline must not start a second message. Pure Java
 * (TeaVM-safe: no String.format).
 */
public final class MessageText {
    /** The most characters of one quoted value (a name, a number's text, a file name). */
    public static final int MAX_VALUE_CHARS = 80;
    /** The most characters of a whole one-line message. */
    public static final int MAX_LINE_CHARS = 1_000;

    private MessageText() {
    }

    /** {@code value}, or its first {@value #MAX_VALUE_CHARS} characters and "…" when longer. */
    public static String cut(String value) {
        return cut(value, MAX_VALUE_CHARS);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /**
     * One line for a terminal: control characters (C0, DEL, C1, and the bidirectional overrides and isolates
     * that reorder what follows) as {@code \}{@code uXXXX}, then cut to {@value #MAX_LINE_CHARS} characters.
     */
    public static String line(String text) {
        String value = text == null ? "null" : text;
        StringBuilder line = new StringBuilder(Math.min(value.length(), MAX_LINE_CHARS) + 16);
        for (int k = 0; k < value.length() && line.length() <= MAX_LINE_CHARS; k++) {
            char c = value.charAt(k);
            if (isControl(c)) {
                String hex = Integer.toHexString(c);
                line.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                line.append(c);
            }
        }
        return cut(line.toString(), MAX_LINE_CHARS);
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
