package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.backproplab.e2e.Browser;
import org.backproplab.e2e.BrowserExtension;
import org.backproplab.e2e.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens web/bench/ in headless Chromium over http ({@link #BENCH_POLICY}; bench profile only:
 * {@code mvn -B -Pbench verify}),
 * waits for the page to finish, writes target/bench/browser.json (the page's result plus the bundle
 * sizes) and prints the table. Asserts only correctness: that the plain-JS reference and the TeaVM core
 * computed the same costs from the same weights and data. Timings are reported, never asserted.
 */
@ExtendWith(BrowserExtension.class)
class BrowserBenchIT {
    /** The reference and the TeaVM core must agree this closely after 100 steps (or 3 frames). */
    private static final double SAME_MATH = 1e-9;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    /**
     * The site's own policy (script-src 'self') blocks WebAssembly.compileStreaming; 'wasm-unsafe-eval'
     * allows it, and TeaVM 0.16's Wasm GC runtime (classes.wasm-runtime.js) evaluates strings with new
     * Function while loading ('unsafe-eval'). Only the bench page is served so.
     */
    static final String BENCH_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'";

    @Test
    void timesTheTeaVmCoreAgainstThePlainJsReference(Browser browser) throws IOException {
        Path web = StaticServer.webDirectory();
        JsonObject result;
        try (StaticServer server = StaticServer.serve(web, BENCH_POLICY)) {
            browser.open(server.url("/bench/index.html" + System.getProperty("bench.query", "")));
            new WebDriverWait(browser.driver(), RUN_LIMIT)
                    .withMessage("the bench page did not finish")
                    .until(d -> browser.script("return window.benchResult !== undefined;"));
            result = Json.parse((String) browser.script("return JSON.stringify(window.benchResult);")).asObject();
        }
        assertNotNull(result.get("workloads"), () -> "the page failed: " + result);
        result.add("bundles", bundleSizes(web));
        result.add("loadAverage", BenchFiles.loadAverage());
        BenchFiles.write("browser", result, table(result));

        List<Runnable> checks = new ArrayList<>();
        Consumer<JsonObject> sameMath = check -> {
            for (String engine : List.of("teavmJs", "teavmWasm")) {
                JsonValue entry = check.get(engine);
                if (entry != null) {
                    double difference = entry.asObject().getDouble("costRelativeDifference", Double.NaN);
                    checks.add(() -> assertTrue(difference <= SAME_MATH,
                            engine + " and the reference disagree by " + difference + ": " + check));
                }
            }
        };
        for (JsonValue workload : result.get("workloads").asArray()) {
            sameMath.accept(workload.asObject().get("check").asObject());
        }
        JsonObject frameCheck = result.get("frame").asObject().get("check").asObject();
        sameMath.accept(frameCheck);
        checks.add(() -> assertEquals(0, frameCheck.get("teavmJs").asObject().getInt("differentPixels", -1),
                "boundary pixels differing between TeaVM JS and the reference"));
        checks.add(() -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        assertAll(checks.stream().map(check -> check::run));
    }

    private static JsonObject bundleSizes(Path web) throws IOException {
        JsonObject sizes = new JsonObject();
        for (String file : List.of("js/backprop-lab.js", "bench/bench-teavm.js", "bench/reference.js",
                "bench/bench-teavm.wasm", "bench/classes.wasm-runtime.js")) {
            Path path = web.resolve(file);
            if (Files.isRegularFile(path)) {
                byte[] bytes = Files.readAllBytes(path);
                sizes.add(file, new JsonObject().add("raw", bytes.length).add("gzip", gzipSize(bytes)));
            }
        }
        return sizes;
    }

    private static int gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }

    private static String table(JsonObject result) {
        StringBuilder text = new StringBuilder("\nBrowser (" + result.getString("userAgent", "?") + ")\n");
        text.append("wasm: ").append(result.get("wasm")).append("; load average after the run: ")
                .append(result.getString("loadAverage", "?")).append('\n');
        text.append(String.format(Locale.ROOT, "%-22s %12s %12s %8s %12s %8s %10s%n", "workload", "reference",
                "TeaVM JS", "JS/ref", "TeaVM Wasm", "Wasm/ref", "Δcost JS"));
        for (JsonValue value : result.get("workloads").asArray()) {
            JsonObject workload = value.asObject();
            text.append(String.format(Locale.ROOT, "%-22s %12.0f %12.0f %8.3f %12s %8s %10.1e%n",
                    workload.getString("id", "?") + " (steps/s)", number(workload, "reference"),
                    number(workload, "teavmJs"), number(workload, "ratioJs"), format(workload, "teavmWasm", "%.0f"),
                    format(workload, "ratioWasm", "%.3f"), workload.get("check").asObject().get("teavmJs").asObject()
                            .getDouble("costRelativeDifference", Double.NaN)));
        }
        JsonObject frame = result.get("frame").asObject();
        JsonObject canvas = frame.get("withCanvas").asObject();
        text.append(String.format(Locale.ROOT, "%-22s %12.3f %12.3f %8.3f %12s %8s%n", "frame (ms)",
                number(frame, "reference"), number(frame, "teavmJs"), number(frame, "ratioJs"),
                format(frame, "teavmWasm", "%.3f"), format(frame, "ratioWasm", "%.3f")));
        text.append(String.format(Locale.ROOT, "%-22s %12.3f %12.3f %8s %12s%n", "frame + canvas (ms)",
                number(canvas, "reference"), number(canvas, "teavmJs"), "", format(canvas, "teavmWasm", "%.3f")));
        text.append("(frame ratio: frames/s TeaVM / frames/s reference)\nbundles (bytes raw / gzip):\n");
        for (JsonObject.Member member : result.get("bundles").asObject()) {
            JsonObject size = member.getValue().asObject();
            text.append(String.format(Locale.ROOT, "  %-32s %9d %9d%n", member.getName(), size.getInt("raw", 0),
                    size.getInt("gzip", 0)));
        }
        return text.toString();
    }

    private static double number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || !value.isNumber() ? Double.NaN : value.asDouble();
    }

    private static String format(JsonObject object, String name, String pattern) {
        double value = number(object, name);
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, pattern, value);
    }
}
