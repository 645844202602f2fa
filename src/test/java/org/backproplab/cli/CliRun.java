package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of {@link Main#run} with captured stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit code 2, nothing on stdout, and {@code expected} in the stderr message. */
    public CliRun assertBadInput(String expected) {
        assertEquals(2, exitCode, "exit code; stderr: " + err);
        assertEquals("", out, "stdout must stay empty on bad input");
        assertTrue(err.contains(expected), "stderr should contain <" + expected + "> but is <" + err + ">");
        return this;
    }

    public CliRun assertOk() {
        assertEquals(0, exitCode, "exit code; stderr: " + err);
        return this;
    }
}
