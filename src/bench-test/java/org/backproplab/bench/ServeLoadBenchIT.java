package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} under load: the real jar in its own JVM (default heap settings), {@value #CLIENTS} clients on
 * loopback each downloading the script bundle over and over for {@value #SECONDS} seconds, one connection per
 * download. Prints throughput, latency percentiles, failed downloads and the server's resident memory (peak
 * from /proc/PID/status VmHWM). Numbers for reading, no timed assertions; the one assertion is that the
 * server answered at all.
 *
 * <p>Also runnable without Maven, against any jar (e.g. one built from an older commit, for a before/after):
 * {@code java -cp target/test-classes:target/classes:… org.backproplab.bench.ServeLoadBenchIT JAR [gzip]}.
 */
class ServeLoadBenchIT {
    static final int CLIENTS = 200;
    static final int SECONDS = 5;
    static final String PATH = "/js/backprop-lab.js";

    @Test
    void twoHundredParallelDownloadsOfTheBundle() throws Exception {
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        JsonObject identity = run(jar, false);
        JsonObject gzip = run(jar, true);
        BenchFiles.write("serve-load", new JsonObject().add("identity", identity).add("gzip", gzip),
                table("identity", identity) + table("gzip", gzip));
        assertTrue(identity.getLong("downloads", 0) > 0, "the server answered no download at all");
    }

    public static void main(String[] args) throws Exception {
        boolean gzip = args.length > 1 && args[1].equals("gzip");
        System.out.println(table(gzip ? "gzip" : "identity", run(args[0], gzip)));
    }

    static String table(String name, JsonObject r) {
        return String.format(Locale.ROOT, "serve, %d parallel downloads of %s for %d s (%s; load average %s)%n"
                + "  downloads %d (%.0f/s, %.1f MB/s), failed %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                + "  server memory: resident %.0f MB idle, peak %.0f MB%n",
                CLIENTS, PATH, SECONDS, name, r.getString("load", "?"), r.getLong("downloads", 0),
                r.getDouble("perSecond", 0), r.getDouble("megabytesPerSecond", 0), r.getLong("failed", 0),
                r.getDouble("p50Millis", 0), r.getDouble("p99Millis", 0), r.getDouble("maxMillis", 0),
                r.getDouble("idleMegabytes", 0), r.getDouble("peakMegabytes", 0));
    }

    static JsonObject run(String jar, boolean gzip) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-jar", jar, "serve", "--port", "0").redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = output.readLine();
            if (line == null || !line.contains("http://")) {
                throw new IllegalStateException("serve printed " + line);
            }
            int port = Integer.parseInt(line.replaceAll(".*:(\\d+)/.*", "$1"));
            Thread drain = new Thread(() -> {
                try {
                    output.transferTo(Writer.nullWriter());
                } catch (IOException e) {
                    // the server ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            download(port, gzip); // warm: the first request may load classes
            Thread.sleep(500);
            double idle = memoryMegabytes(server.pid(), "VmRSS");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            AtomicLong failed = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long[] mine = new long[100_000];
                latencies.add(mine);
                Thread client = new Thread(() -> {
                    int n = 0;
                    while (System.nanoTime() < end && n < mine.length) {
                        long start = System.nanoTime();
                        try {
                            bytes.addAndGet(download(port, gzip));
                            mine[n++] = System.nanoTime() - start;
                        } catch (IOException | RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                clients.add(client);
            }
            long started = System.nanoTime();
            clients.forEach(Thread::start);
            for (Thread client : clients) {
                client.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
            return new JsonObject()
                    .add("jar", jar)
                    .add("gzip", gzip)
                    .add("load", BenchFiles.loadAverage())
                    .add("downloads", all.length)
                    .add("failed", failed.get())
                    .add("perSecond", all.length / seconds)
                    .add("megabytesPerSecond", bytes.get() / seconds / 1e6)
                    .add("p50Millis", percentile(all, 0.50))
                    .add("p99Millis", percentile(all, 0.99))
                    .add("maxMillis", all.length == 0 ? 0 : all[all.length - 1] / 1e6)
                    .add("idleMegabytes", idle)
                    .add("peakMegabytes", memoryMegabytes(server.pid(), "VmHWM"));
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /** One GET on its own connection; the number of bytes received. Throws unless the status is 200. */
    static long download(int port, boolean gzip) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            byte[] head = new byte[12];
            int headRead = 0;
            while ((n = in.read(buffer)) > 0) {
                for (int k = 0; k < n && headRead < head.length; k++) {
                    head[headRead++] = buffer[k];
                }
                total += n;
            }
            String status = new String(head, 0, headRead, StandardCharsets.US_ASCII);
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IOException("status " + status);
            }
            return total;
        }
    }

    /** A line of /proc/PID/status in MB (Linux), NaN elsewhere. */
    static double memoryMegabytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Double.NaN;
    }
}
