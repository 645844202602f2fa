package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StaticSiteServer} against slow, broken and hostile clients and a site that changes underneath it.
 * Latencies are printed, never asserted (a shared machine makes timings noise); what is asserted is that an
 * answer came while the stalled clients were still connected.
 */
class StaticSiteServerHardeningTest {
    static final String INDEX = "<!doctype html><title>lab</title>";

    @TempDir
    Path dir;

    final List<AutoCloseable> toClose = new ArrayList<>();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** A site with index.html and a 2 MB incompressible script (large enough to fill socket buffers). */
    Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("js"));
        Files.writeString(site.resolve("index.html"), INDEX);
        byte[] big = new byte[2 << 20];
        new Random(1).nextBytes(big);
        Files.write(site.resolve("js/big.js"), big);
        Files.writeString(site.resolve("js/app.js"), "console.log('hello');\n".repeat(200));
        return site;
    }

    StaticSiteServer start(SiteSource source, StaticSiteServer.Limits limits) throws IOException {
        StaticSiteServer server = StaticSiteServer.start(0, source, limits,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        toClose.add(server);
        return server;
    }

    Socket stalled(int port, String sent) throws IOException {
        Socket socket = RawHttp.open(port);
        toClose.add(socket);
        RawHttp.send(socket, sent);
        return socket;
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Whether the server still holds the connection open: a read neither gets data nor the end of the stream. */
    static boolean stillOpen(Socket socket) throws IOException {
        socket.setSoTimeout(50);
        try {
            socket.getInputStream().read();
            return false; // an answer or the end of the stream
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            socket.setSoTimeout(30_000);
        }
    }

    @Test
    void otherRequestsAreServedWhileClientsStall() throws Exception {
        // Deadlines of a minute, so that no stalled client is let go while the other requests run.
        StaticSiteServer server = start(SiteSource.directory(site()), new StaticSiteServer.Limits(16, 64, 60_000, 60_000));
        int port = server.port();
        Socket requestLine = stalled(port, "GET /index.html HTT");
        Socket halfHeader = stalled(port, "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Enc");
        Socket stalledBody = stalled(port, "POST /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nab");
        stalled(port, "GET /js/big.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(40)); // never reads
        waitUntil(() -> server.openConnections() >= 4, "the stalled connections are accepted");

        long worst = 0;
        for (int k = 0; k < 20; k++) {
            long start = System.nanoTime();
            RawHttp.Reply reply = RawHttp.get(port, k % 2 == 0 ? "/index.html" : "/js/app.js");
            worst = Math.max(worst, System.nanoTime() - start);
            assertEquals(200, reply.status());
            if (k % 2 == 0) {
                assertEquals(INDEX, reply.text());
            }
        }
        System.out.printf("serve with 4 stalled clients: 20 requests answered, the slowest in %.1f ms%n", worst / 1e6);
        assertTrue(stillOpen(requestLine), "the stalled request line is still waiting, not answered or closed");
        assertTrue(stillOpen(halfHeader), "the half-sent header is still waiting");
        // The request with a body the server never reads is answered at once, and the connection closed.
        RawHttp.Reply refused = RawHttp.read(stalledBody.getInputStream(), false);
        assertEquals(405, refused.status());
        assertEquals(-1, stalledBody.getInputStream().read(), "closed after the answer: the body is never read");
        assertTrue(server.openConnections() >= 3, "the stalled clients are still connected: "
                + server.openConnections());
    }

    @Test
    void stalledClientsAreLetGoAfterTheirDeadline() throws Exception {
        // Two threads only: once both stalled clients are let go, a third request must get through.
        StaticSiteServer server = start(SiteSource.directory(site()), new StaticSiteServer.Limits(2, 64, 300, 300));
        int port = server.port();
        Socket requestLine = stalled(port, "GET /index.html HTT");
        Socket neverReads = stalled(port, "GET /js/big.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(40));
        long start = System.nanoTime();
        assertEquals(-1, requestLine.getInputStream().read(), "closed without an answer");
        System.out.printf("serve: a stalled request line closed after %.0f ms (deadline 300 ms)%n",
                (System.nanoTime() - start) / 1e6);
        waitUntil(() -> server.openConnections() == 0, "the client that never reads is let go");
        System.out.printf("serve: a client that never reads let go after %.0f ms (deadline 300 ms per response)%n",
                (System.nanoTime() - start) / 1e6);
        long received = 0;
        try {
            received = neverReads.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // a reset is one way for the server to let go
        }
        assertTrue(received < 40L * (2 << 20), "the server stopped sending: " + received + " bytes");
        assertEquals(INDEX, RawHttp.get(port, "/index.html").text());
    }

    @Test
    void connectionsBeyondThePoolAndQueueGet503() throws Exception {
        StaticSiteServer server = start(SiteSource.directory(site()), new StaticSiteServer.Limits(1, 1, 60_000, 60_000));
        int port = server.port();
        stalled(port, "GET /index.html HTT"); // takes the one thread
        waitUntil(() -> server.openConnections() == 1, "the first connection is accepted");
        stalled(port, "GET /index.html HTT"); // waits in the queue
        waitUntil(() -> server.openConnections() == 2, "the second connection is accepted");
        RawHttp.Reply reply = RawHttp.get(port, "/index.html");
        assertEquals(503, reply.status());
        assertEquals("1", reply.header("retry-after"));
    }

    @Test
    void gzipWhenAcceptedWithEtagsAnd304() throws Exception {
        StaticSiteServer server = start(SiteSource.directory(site()), StaticSiteServer.Limits.DEFAULT);
        int port = server.port();
        byte[] original = Files.readAllBytes(dir.resolve("site/js/app.js"));
        RawHttp.Reply gzip = RawHttp.request(port, "GET /js/app.js HTTP/1.1\r\nHost: x\r\n"
                + "Accept-Encoding: deflate, gzip;q=0.8, br\r\nConnection: close\r\n\r\n");
        assertEquals(200, gzip.status());
        assertEquals("gzip", gzip.header("content-encoding"));
        assertEquals("Accept-Encoding", gzip.header("vary"));
        assertTrue(gzip.body().length < original.length / 10, "a repeated line compresses well: " + gzip.body().length);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(original, in.readAllBytes());
        }
        RawHttp.Reply plain = RawHttp.get(port, "/js/app.js");
        assertNull(plain.header("content-encoding"));
        assertArrayEquals(original, plain.body());
        assertNotNull(plain.header("etag"));
        assertNotEquals(plain.header("etag"), gzip.header("etag"), "each encoding has its own ETag");
        RawHttp.Reply refused = RawHttp.request(port, "GET /js/app.js HTTP/1.1\r\nHost: x\r\n"
                + "Accept-Encoding: gzip;q=0\r\nConnection: close\r\n\r\n");
        assertArrayEquals(original, refused.body(), "q=0 refuses gzip");

        RawHttp.Reply notModified = RawHttp.request(port, "GET /js/app.js HTTP/1.1\r\nHost: x\r\n"
                + "If-None-Match: \"other\", " + plain.header("etag") + "\r\nConnection: close\r\n\r\n");
        assertEquals(304, notModified.status());
        assertEquals(0, notModified.body().length);
        assertEquals(plain.header("etag"), notModified.header("etag"));
        assertEquals("default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'", notModified.header("content-security-policy"));
        RawHttp.Reply changed = RawHttp.request(port, "GET /js/app.js HTTP/1.1\r\nHost: x\r\n"
                + "If-None-Match: \"other\"\r\nConnection: close\r\n\r\n");
        assertEquals(200, changed.status());
    }

    @Test
    void keptAliveConnectionsAnswerPipelinedRequestsInOrder() throws Exception {
        StaticSiteServer server = start(SiteSource.directory(site()), StaticSiteServer.Limits.DEFAULT);
        try (Socket socket = RawHttp.open(server.port())) {
            RawHttp.send(socket, "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\nHEAD /js/app.js HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertEquals(INDEX, RawHttp.read(in, false).text());
            RawHttp.Reply head = RawHttp.read(in, true);
            assertEquals(String.valueOf(Files.size(dir.resolve("site/js/app.js"))), head.header("content-length"));
            assertEquals(404, RawHttp.read(in, false).status());
        }
    }

    @Test
    void malformedRequestsGet400() throws Exception {
        StaticSiteServer server = start(SiteSource.directory(site()), StaticSiteServer.Limits.DEFAULT);
        for (String request : new String[] {"GET\r\n\r\n", "GET /index.html HTTP/2.0\r\n\r\n",
                "GET /a b HTTP/1.1\r\n\r\n", "GET /index.html HTTP/1.1\r\nno colon\r\n\r\n",
                "GET /index.html HTTP/1.1\r\nX: " + "a".repeat(RequestHead.MAX_BYTES) + "\r\n\r\n"}) {
            assertEquals(400, RawHttp.request(server.port(), request).status(), request.substring(0, Math.min(20, request.length())));
        }
    }

    @Test
    void symlinksOutsideTheSiteAreNotServed() throws Exception {
        Path site = site();
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(site.resolve("secret.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("up"), dir);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        StaticSiteServer server = start(SiteSource.directory(site), StaticSiteServer.Limits.DEFAULT);
        for (String path : new String[] {"/passwd", "/secret.txt", "/up/secret.txt", "/up/site/index.html"}) {
            assertEquals(404, RawHttp.get(server.port(), path).status(), path);
        }
        assertEquals(INDEX, RawHttp.get(server.port(), "/home.html").text(), "a link inside the site is served");
    }

    @Test
    void aReplacedOrTruncatedJarStillServes() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("web/"));
            zip.putNextEntry(new ZipEntry("web/index.html"));
            zip.write(INDEX.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("org/Other.class"));
            zip.write(new byte[] {1, 2, 3});
        }
        StaticSiteServer server = start(SiteSource.jar(jar, "web/"), StaticSiteServer.Limits.DEFAULT);
        assertEquals(INDEX, RawHttp.get(server.port(), "/").text());
        Files.write(jar, new byte[] {'P', 'K'}); // truncated, as by a rebuild in progress
        assertEquals(INDEX, RawHttp.get(server.port(), "/index.html").text());
        Files.delete(jar);
        assertEquals(INDEX, RawHttp.get(server.port(), "/").text());
        assertEquals(404, RawHttp.get(server.port(), "/org/Other.class").status(), "only the site's prefix");
    }

    @Test
    void aSiteThatCannotBeReadFailsAtStartWithTheReason() throws IOException {
        Path jar = dir.resolve("broken.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 0});
        IOException e = assertThrows(IOException.class, () -> start(SiteSource.jar(jar, "web/"),
                StaticSiteServer.Limits.DEFAULT));
        assertNotNull(e.getMessage());
    }

    @Test
    void aFailureWhileAnsweringIsLoggedAndAnswered500() throws Exception {
        Map<String, Site.Entry> failing = new HashMap<>() {
            @Override
            public Site.Entry get(Object key) {
                throw new IllegalStateException("the disk is gone");
            }
        };
        StaticSiteServer server = StaticSiteServer.start(0, new Site(failing), StaticSiteServer.Limits.DEFAULT,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        toClose.add(server);
        RawHttp.Reply reply = RawHttp.get(server.port(), "/index.html");
        assertEquals(500, reply.status());
        assertEquals("default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'", reply.header("content-security-policy"));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains(
                "serve: error answering GET /index.html: java.lang.IllegalStateException: the disk is gone"),
                log.toString(StandardCharsets.UTF_8));
        assertEquals(500, RawHttp.get(server.port(), "/").status(), "and the server keeps answering");
    }

    @Test
    void theAddressToOpenIsTheLoopbackLiteral() throws Exception {
        StaticSiteServer server = start(SiteSource.directory(site()), StaticSiteServer.Limits.DEFAULT);
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
        assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
    }
}
