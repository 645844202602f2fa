package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a static site, held in memory ({@link Site}), over HTTP/1.1 on 127.0.0.1: GET and HEAD only,
 * index.html for a directory, 404 for anything missing or any path with a ".." segment, gzip when the browser
 * accepts it, ETag and 304, and headers that keep the page to its own origin (a strict
 * Content-Security-Policy: the site's own files only) and stop content sniffing.
 *
 * <p>One slow or hostile client cannot stop it: each connection runs on one of a fixed pool of threads, the
 * request head must arrive within {@link Limits#requestMillis} and each response be taken within
 * {@link Limits#writeMillis}, else the connection is closed. Connections beyond the pool wait in a bounded
 * queue (then get 503); a connection is kept open after a response only while nobody waits. A failure
 * while answering is logged on the error stream and answered with 500.
 */
public final class StaticSiteServer implements AutoCloseable {
    /**
     * The policy the site is built and tested under (the browser tests' server sends the same): nothing but
     * the site's own files; no inline script or style. The WebAssembly build (js/backprop-lab.wasm, faster, see
     * docs/performance.md) needs two sources more: 'wasm-unsafe-eval' to compile the site's own module, and
     * 'unsafe-eval' because TeaVM 0.16's loader (js/backprop-lab.wasm-runtime.js) makes the JavaScript side of
     * every JSO call with {@code new Function}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'";

    static final int LINGER_MILLIS = 1_000;
    static final int LINGER_BYTES = 1 << 20;

    /**
     * Every class of ours a request can reach, loaded when this class is. The JVM reads classes from the jar
     * only when first used, so without this a jar rebuilt while the server runs would break the first request
     * that needs a class not loaded yet (ServeJarReplacedIT).
     */
    private static final List<Class<?>> SERVING_CLASSES = List.of(TimedInput.class, RequestHead.class,
            RequestHead.Malformed.class, Response.class, Responses.class, Site.class, Site.Entry.class);

    /** Connection attempts the operating system may hold before they are accepted. */
    static final int BACKLOG = 1024;

    /**
     * @param threads connections served at once
     * @param queue accepted connections that may wait for a thread (more get 503)
     * @param requestMillis the time for a request head to arrive, from the connection or the previous response
     *     (so also how long an idle kept-alive connection stays open)
     * @param writeMillis the time for the client to take one response
     */
    public record Limits(int threads, int queue, int requestMillis, int writeMillis) {
        public static final Limits DEFAULT = new Limits(16, 1024, 5_000, 10_000);
    }

    private final Site site;
    private final Limits limits;
    private final PrintStream log;
    private final ServerSocket listener;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private StaticSiteServer(Site site, Limits limits, PrintStream log, ServerSocket listener) {
        this.site = site;
        this.limits = limits;
        this.log = log;
        this.listener = listener;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queue()), task -> daemon(task, "serve-" + count.incrementAndGet()));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "serve-watchdog"));
    }

    /**
     * Reads the whole of {@code source} into memory and serves it on 127.0.0.1:{@code port} (0 = any free port;
     * read the actual one from {@link #port}), logging failures on stderr. Stop it with {@link #close}.
     */
    public static StaticSiteServer start(int port, SiteSource source) throws IOException {
        return start(port, source, Limits.DEFAULT, System.err);
    }

    static StaticSiteServer start(int port, SiteSource source, Limits limits, PrintStream log) throws IOException {
        return start(port, Site.load(source), limits, log);
    }

    static StaticSiteServer start(int port, Site site, Limits limits, PrintStream log) throws IOException {
        ServerSocket listener = new ServerSocket(port, BACKLOG, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        StaticSiteServer server = new StaticSiteServer(site, limits, log, listener);
        daemon(server::acceptLoop, "serve-accept").start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The address to open in a browser: http://127.0.0.1:P/. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Connections accepted and not yet closed (served, waiting for a thread, or stalled). */
    int openConnections() {
        return open.size();
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        pool.shutdownNow();
        watchdog.shutdownNow();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.println("serve: cannot accept a connection: " + e.getMessage());
                }
                continue;
            }
            open.add(socket);
            try {
                pool.execute(() -> connection(socket));
            } catch (RejectedExecutionException e) {
                // Every thread busy and the queue full: a short answer fits the socket's send buffer.
                try {
                    socket.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
                            + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the client is gone
                }
                closeQuietly(socket);
            }
        }
    }

    /** Answers the requests of one connection in order, until it closes, misbehaves or runs out of time. */
    private void connection(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            TimedInput timed = new TimedInput(socket);
            InputStream in = new java.io.BufferedInputStream(timed, 8192);
            OutputStream out = socket.getOutputStream();
            while (true) {
                timed.deadlineIn(limits.requestMillis());
                RequestHead request;
                try {
                    request = RequestHead.read(in);
                } catch (RequestHead.Malformed e) {
                    write(socket, out, Response.text(400, "400 bad request: " + e.getMessage() + "\n"), false, false);
                    lingeringClose(socket, timed, in);
                    return;
                }
                if (request == null) {
                    return;
                }
                Response response;
                try {
                    response = Responses.answer(site, request);
                } catch (RuntimeException | LinkageError e) {
                    log.println("serve: error answering " + request.method() + " " + request.path() + ": " + e);
                    response = Response.text(500, "500 internal server error\n");
                }
                boolean keepAlive = request.keepAlive() && !request.hasBody() && pool.getQueue().isEmpty()
                        && response.status() < 500;
                write(socket, out, response, request.method().equals("HEAD"), keepAlive);
                if (!keepAlive) {
                    lingeringClose(socket, timed, in);
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            // a stalled client: closing its connection is the answer
        } catch (IOException e) {
            // the client went away, or the watchdog closed a connection that would not take its response
        } catch (RuntimeException | LinkageError e) {
            log.println("serve: error on a connection: " + e);
        } finally {
            open.remove(socket);
        }
    }

    /** Sends the response, closing the socket if the client does not take it within writeMillis. */
    private void write(Socket socket, OutputStream out, Response response, boolean head, boolean keepAlive)
            throws IOException {
        ScheduledFuture<?> guard = watchdog.schedule(() -> closeQuietly(socket), limits.writeMillis(),
                TimeUnit.MILLISECONDS);
        try {
            out.write(response.head(keepAlive));
            if (!head && response.body() != null) {
                out.write(response.body());
            }
            out.flush();
        } finally {
            guard.cancel(false);
        }
    }

    /**
     * Ends the response stream and discards what the client still sends (a body never read, pipelined requests)
     * for at most {@value #LINGER_MILLIS} ms or {@value #LINGER_BYTES} bytes: closing a socket with unread
     * input sends a reset, which can destroy the response before the client has read it.
     */
    private static void lingeringClose(Socket socket, TimedInput timed, InputStream in) throws IOException {
        socket.shutdownOutput();
        timed.deadlineIn(LINGER_MILLIS);
        byte[] discard = new byte[8192];
        long total = 0;
        int n;
        while (total < LINGER_BYTES && (n = in.read(discard)) >= 0) {
            total += n;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
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
        return Site.contentType(name);
    }
}
