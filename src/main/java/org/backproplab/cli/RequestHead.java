package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and headers of one HTTP/1.x request, read up to the blank line that ends them (never the
 * body). Header names are lower-cased; a repeated header's values are joined with ", ".
 *
 * @param method e.g. GET
 * @param path the decoded path of the target ("/js/app.js"), without the query
 * @param version "HTTP/1.1" or "HTTP/1.0"
 */
record RequestHead(String method, String path, String version, Map<String, String> headers) {
    /** The most bytes of request line and headers together. */
    static final int MAX_BYTES = 16 * 1024;

    /** A request that is not HTTP/1.x as this server reads it. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** Reads the next request head, or returns null when the client closed the connection before one began. */
    static RequestHead read(InputStream in) throws IOException, Malformed {
        byte[] head = new byte[1024];
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (length == 0) {
                    return null;
                }
                throw new Malformed("the connection ended inside the request head");
            }
            if (length == 0 && (b == '\r' || b == '\n')) {
                continue; // blank lines before a request are allowed (RFC 9112, 2.2)
            }
            if (length == MAX_BYTES) {
                throw new Malformed("the request head is longer than " + MAX_BYTES + " bytes");
            }
            if (length == head.length) {
                head = java.util.Arrays.copyOf(head, Math.min(2 * head.length, MAX_BYTES));
            }
            head[length++] = (byte) b;
            if (b == '\n' && (endsWith(head, length, "\n\n") || endsWith(head, length, "\r\n\r\n"))) {
                return parse(new String(head, 0, length, StandardCharsets.ISO_8859_1));
            }
        }
    }

    private static boolean endsWith(byte[] bytes, int length, String end) {
        if (length < end.length()) {
            return false;
        }
        for (int k = 0; k < end.length(); k++) {
            if (bytes[length - end.length() + k] != end.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static RequestHead parse(String text) throws Malformed {
        String[] lines = text.split("\r?\n");
        String[] request = lines[0].split(" ", -1);
        if (request.length != 3 || request[0].isEmpty() || !request[2].matches("HTTP/1\\.[01]")) {
            throw new Malformed("the request line is not METHOD TARGET HTTP/1.x");
        }
        String path;
        try {
            path = new URI(request[1]).getPath();
        } catch (URISyntaxException e) {
            throw new Malformed("the request target is not a URI path");
        }
        if (path == null || !path.startsWith("/")) {
            throw new Malformed("the request target is not a path");
        }
        Map<String, String> headers = new HashMap<>();
        for (int k = 1; k < lines.length; k++) {
            int colon = lines[k].indexOf(':');
            if (colon <= 0 || lines[k].charAt(0) == ' ' || lines[k].charAt(0) == '\t') {
                throw new Malformed("header line " + k + " is not NAME: VALUE");
            }
            String name = lines[k].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[k].substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        return new RequestHead(request[0], path, request[2], Map.copyOf(headers));
    }

    String header(String name) {
        return headers.get(name);
    }

    /** Whether a body follows the head (which this server never reads, so the connection must then close). */
    boolean hasBody() {
        String length = header("content-length");
        return header("transfer-encoding") != null || (length != null && !length.equals("0"));
    }

    /** Whether the client asks to keep the connection open after the response (HTTP/1.1's default). */
    boolean keepAlive() {
        String connection = header("connection");
        boolean close = connection != null && tokens(connection).containsKey("close");
        return version.equals("HTTP/1.1") ? !close
                : connection != null && tokens(connection).containsKey("keep-alive");
    }

    /** Whether Accept-Encoding allows gzip (listed, or *, without q=0). */
    boolean acceptsGzip() {
        String accept = header("accept-encoding");
        if (accept == null) {
            return false;
        }
        Map<String, Double> codings = tokens(accept);
        Double gzip = codings.getOrDefault("gzip", codings.get("*"));
        return gzip != null && gzip > 0;
    }

    /** Whether If-None-Match names {@code etag} (or is *): the client's copy is current. */
    boolean matches(String etag) {
        String ifNoneMatch = header("if-none-match");
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A comma-separated list's tokens (lower-cased) with their q value (1 when absent, 0 when unreadable). */
    private static Map<String, Double> tokens(String list) {
        Map<String, Double> tokens = new HashMap<>();
        for (String item : list.split(",")) {
            String[] parts = item.split(";");
            double q = 1;
            for (int k = 1; k < parts.length; k++) {
                String parameter = parts[k].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            tokens.put(parts[0].trim().toLowerCase(Locale.ROOT), q);
        }
        return tokens;
    }
}
