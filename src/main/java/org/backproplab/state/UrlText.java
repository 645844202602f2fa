package org.backproplab.state;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a link's settings: pairs cut at '&amp;' (but never inside the "&amp;&amp;" of a class rule), and
 * percent-encoding for values typed by a user (a formula's spaces, ≤, ², x₁) so a shared link survives being
 * pasted anywhere. Pages hand over their fragment already decoded; decoding again changes nothing in a
 * formula, which cannot hold a '%'.
 */
final class UrlText {
    private UrlText() {
    }

    /**
     * {@code body} cut at every '&amp;' that is not part of a pair "&amp;&amp;" (a rule's and): in
     * {@code f=x1>0&&x2>0&noise=0} the pairs are {@code f=x1>0&&x2>0} and {@code noise=0}.
     */
    static List<String> pairs(String body) {
        List<String> pairs = new ArrayList<>();
        int start = 0;
        int k = 0;
        while (k <= body.length()) {
            if (k == body.length()) {
                pairs.add(body.substring(start));
                break;
            }
            if (body.charAt(k) == '&') {
                int run = 1;
                while (k + run < body.length() && body.charAt(k + run) == '&') {
                    run++;
                }
                if (run == 2) {
                    k += 2;
                    continue;
                }
                pairs.add(body.substring(start, k));
                start = k + 1;
            }
            k++;
        }
        return pairs;
    }

    /** {@code value} with every character but ASCII letters, digits and {@code ()*+-./^,&|!_~=} as %XX of its UTF-8. */
    static String encode(String value) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "()*+-./^,&|!_~=".indexOf(c) >= 0) {
                text.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && k + 1 < value.length() ? k + 2 : k + 1;
            for (byte b : value.substring(k, end).getBytes(StandardCharsets.UTF_8)) {
                text.append('%').append(HEX.charAt((b >> 4) & 15)).append(HEX.charAt(b & 15));
            }
            k = end - 1;
        }
        return text.toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    /** {@code text} with each %XX (UTF-8) decoded; a '%' not followed by two hex digits stays as it is. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] bytes = new byte[text.length() * 3];
        int length = 0;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '%' && k + 2 < text.length() && hex(text.charAt(k + 1)) >= 0 && hex(text.charAt(k + 2)) >= 0) {
                bytes[length++] = (byte) (hex(text.charAt(k + 1)) * 16 + hex(text.charAt(k + 2)));
                k += 2;
                continue;
            }
            if (length > 0) {
                out.append(new String(bytes, 0, length, StandardCharsets.UTF_8));
                length = 0;
            }
            out.append(c);
        }
        if (length > 0) {
            out.append(new String(bytes, 0, length, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
