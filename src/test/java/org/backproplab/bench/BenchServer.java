package org.backproplab.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves the built site for the bench page like e2e.StaticServer, but under a policy that also lets the
 * page load the WebAssembly GC build: the strict site policy (script-src 'self') blocks
 * WebAssembly.compileStreaming ('wasm-unsafe-eval' allows it), and TeaVM 0.16's Wasm GC runtime
 * (classes.wasm-runtime.js) evaluates strings with new Function while loading ('unsafe-eval').
 */
final class BenchServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'";

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "wasm", "application/wasm");

    private final HttpServer server;
    private final Path root;

    private BenchServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    static BenchServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        BenchServer files = new BenchServer(server, root.toAbsolutePath().normalize());
        server.createContext("/", files::handle);
        server.start();
        return files;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            Path file = root.resolve(URI.create(exchange.getRequestURI().getRawPath()).getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
