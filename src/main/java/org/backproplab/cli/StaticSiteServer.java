package org.backproplab.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Serves a static site over HTTP on 127.0.0.1 with the JDK's {@link HttpServer}: GET and HEAD only,
 * index.html for a directory, 404 for anything missing or any path with a ".." segment, and headers that keep
 * the page to its own origin (a strict Content-Security-Policy: the site's own files only) and stop
 * content sniffing.
 */
public final class StaticSiteServer {
    /**
     * The policy the site is built and tested under (the browser tests' server sends the same): nothing but
     * the site's own files; no inline script or style, no eval, no WebAssembly compilation.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'";

    private StaticSiteServer() {
    }

    /**
     * Starts serving {@code site} on 127.0.0.1:{@code port} (0 = any free port; read the actual one from
     * {@code server.getAddress().getPort()}). Stop it with {@code server.stop(0)}.
     */
    public static HttpServer start(int port, SiteSource site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange, site);
            }
        });
        server.start();
        return server;
    }

    private static void handle(HttpExchange exchange, SiteSource site) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            headers.set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "405 method not allowed: only GET and HEAD\n", false);
            return;
        }
        String relative = relativePath(exchange.getRequestURI().getPath());
        byte[] body = relative == null ? null : site.read(relative);
        if (body == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "404 not found\n", head);
            return;
        }
        headers.set("Content-Type", contentType(relative));
        headers.set("Cache-Control", "no-cache");
        sendBytes(exchange, 200, body, head);
    }

    /**
     * The decoded request path as a path relative to the site root, with index.html for directories, or null
     * when it must not be served (a ".." or "." segment, a backslash, a NUL, an empty segment).
     */
    static String relativePath(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return null;
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return relative;
    }

    /** The Content-Type for a file name, by extension; application/octet-stream when unknown. */
    static String contentType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json", "map" -> "application/json";
            case "wasm" -> "application/wasm";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "ico" -> "image/x-icon";
            case "txt", "md" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private static void send(HttpExchange exchange, int status, String type, String text, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        sendBytes(exchange, status, text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void sendBytes(HttpExchange exchange, int status, byte[] body, boolean head) throws IOException {
        if (head) {
            // HEAD: the headers a GET would get, no body (-1 tells HttpServer not to expect one)
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
