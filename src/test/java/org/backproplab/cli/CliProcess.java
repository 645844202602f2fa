package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The command line in its own JVM with a {@value #HEAP} heap, as a user runs it: exit code, stdout, stderr
 * (as bytes, so that a control character cannot hide) and the peak resident memory seen while it ran.
 */
record CliProcess(int exitCode, String out, byte[] err, double peakMegabytes, double seconds) {
    static final String HEAP = "-Xmx512m";

    static CliProcess run(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = readAll(process.getInputStream());
        CompletableFuture<byte[]> err = readAll(process.getErrorStream());
        double peak = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, residentMegabytes(process.pid()));
            if (System.nanoTime() - start > 120_000_000_000L) {
                process.destroyForcibly();
                throw new AssertionError("the command line still runs after 120 s: " + command.subList(4,
                        command.size()));
            }
        }
        return new CliProcess(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8), err.join(), peak,
                (System.nanoTime() - start) / 1e9);
    }

    private static CompletableFuture<byte[]> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** VmHWM (the peak resident set so far) of a process, in MB; 0 where /proc is not there. */
    private static double residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two looks
        }
        return 0;
    }

    String errText() {
        return new String(err, StandardCharsets.UTF_8);
    }

    /**
     * Exit code 2, nothing on stdout, exactly one line on stderr containing {@code expected}, no control
     * character in it but its final newline, and no stack trace. Prints the time and memory it took.
     */
    CliProcess assertOneLineBadInput(String expected) {
        String text = errText();
        System.out.printf("%-90.90s exit %d, %.1f s, peak resident %.0f MB%n", text.strip(), exitCode, seconds,
                peakMegabytes);
        assertEquals(2, exitCode, "exit code; stderr: " + text);
        assertEquals("", out, "stdout must stay empty on bad input");
        assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, "one line on stderr: " + text);
        for (int k = 0; k < text.length() - 1; k++) {
            char c = text.charAt(k);
            assertTrue(c >= 0x20 && !(c >= 0x7f && c <= 0x9f), "control character " + (int) c + " at " + k);
        }
        assertTrue(text.startsWith("error: "), text);
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), "no stack trace: " + text);
        assertTrue(text.contains(expected), "stderr should contain <" + expected + "> but is <" + text + ">");
        assertTrue(peakMegabytes < 512, "peak resident memory " + peakMegabytes + " MB");
        return this;
    }
}
