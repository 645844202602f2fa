package org.backproplab.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response of {@link StaticSiteServer}: status, headers and a body that is shared, never copied (the
 * site's own array). Every response carries the security headers.
 */
record Response(int status, Map<String, String> headers, byte[] body) {

    /** A plain-text answer such as "404 not found\n". */
    static Response text(int status, String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        return new Response(status, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The status line and headers, with Content-Length (also for HEAD: what a GET would get) and Connection. */
    byte[] head(boolean keepAlive) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason()).append("\r\n");
        head.append("X-Content-Type-Options: nosniff\r\n");
        head.append("Content-Security-Policy: ").append(StaticSiteServer.CONTENT_SECURITY_POLICY).append("\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (status != 304) {
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
        }
        head.append(keepAlive ? "" : "Connection: close\r\n").append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
