package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteServerTest {
    @TempDir
    Path dir;

    StaticSiteServer server;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void startServerOnATemporarySite() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("js"));
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>lab</title>");
        Files.writeString(site.resolve("js/app.js"), "console.log(1)");
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.writeString(site.resolve("model.json"), "{}");
        Files.write(site.resolve("app.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Files.write(site.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(site.resolve("icon.svg"), "<svg/>");
        Files.writeString(site.resolve("docs/index.html"), "docs");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        server = StaticSiteServer.start(0, SiteSource.directory(site));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesFilesWithTheirContentTypes() throws Exception {
        String[][] cases = {
            {"/", "text/html; charset=utf-8"},
            {"/index.html", "text/html; charset=utf-8"},
            {"/js/app.js", "text/javascript; charset=utf-8"},
            {"/style.css", "text/css; charset=utf-8"},
            {"/model.json", "application/json"},
            {"/app.wasm", "application/wasm"},
            {"/pic.png", "image/png"},
            {"/icon.svg", "image/svg+xml"},
            {"/docs/", "text/html; charset=utf-8"},
        };
        for (String[] c : cases) {
            HttpResponse<byte[]> response = get(c[0]);
            assertEquals(200, response.statusCode(), c[0]);
            assertEquals(c[1], response.headers().firstValue("Content-Type").orElse(null), c[0]);
        }
        assertEquals("<!doctype html><title>lab</title>", new String(get("/").body(), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, get("/app.wasm").body());
    }

    @Test
    void sendsTheSecurityHeadersOnEveryResponse() throws Exception {
        for (String path : new String[] {"/", "/missing.js"}) {
            HttpResponse<byte[]> response = get(path);
            // The same policy the browser tests serve the site under (e2e.StaticServer).
            assertEquals("default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
                    response.headers().firstValue("Content-Security-Policy").orElse(null));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
    }

    @Test
    void missingFilesAndDirectoriesWithoutIndexAre404() throws Exception {
        assertEquals(404, get("/nope.html").statusCode());
        assertEquals(404, get("/js").statusCode());
        assertEquals(404, get("/js/").statusCode());
    }

    @Test
    void pathTraversalNeverLeavesTheSite() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/js/../../secret.txt", "/%2e%2e/secret.txt",
                "/js/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt"}) {
            assertEquals(404, rawStatus(path), path);
        }
        assertNull(StaticSiteServer.relativePath("/a/../b"));
        assertNull(StaticSiteServer.relativePath("/a//b"));
        assertNull(StaticSiteServer.relativePath("/./a"));
        assertEquals("a/index.html", StaticSiteServer.relativePath("/a/"));
    }

    /** The status line for a request sent byte for byte, so that no client normalises the path first. */
    int rawStatus(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(!response.contains("secret\r\n") && !response.endsWith("secret"), response);
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    @Test
    void headGetsTheHeadersWithoutABodyAndOtherMethodsAre405() throws Exception {
        HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(URI.create(url("/style.css")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals("text/css; charset=utf-8", head.headers().firstValue("Content-Type").orElse(null));
        assertEquals("6", head.headers().firstValue("Content-Length").orElse(null));
        assertEquals(0, head.body().length);
        HttpResponse<byte[]> post = client.send(HttpRequest.newBuilder(URI.create(url("/")))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(null));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress());
    }

    @Test
    void servesClasspathResourcesButNotDirectories() throws Exception {
        StaticSiteServer classpath = StaticSiteServer.start(0, SiteSource.classpath("/examples/"));
        try {
            String base = "http://127.0.0.1:" + classpath.port();
            HttpResponse<String> json = client.send(HttpRequest.newBuilder(URI.create(base + "/worked-2-2-2.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, json.statusCode());
            assertEquals("application/json", json.headers().firstValue("Content-Type").orElse(null));
            assertTrue(json.body().contains("\"layers\": [2, 2, 2]"));
            assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            classpath.close();
        }
        java.util.Map<String, byte[]> classes = SiteSource.classpath("/org/backproplab/").readAll();
        assertTrue(classes.containsKey("cli/Main.class") && !classes.containsKey("cli"), "a directory is not a file");
    }

    @Test
    void contentTypeForUnknownExtensionsIsOctetStream() {
        assertEquals("application/octet-stream", StaticSiteServer.contentType("data.bin"));
        assertEquals("application/octet-stream", StaticSiteServer.contentType("README"));
        assertEquals("text/html; charset=utf-8", StaticSiteServer.contentType("A.HTML"));
    }
}
