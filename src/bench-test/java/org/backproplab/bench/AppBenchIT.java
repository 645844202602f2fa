package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backproplab.e2e.Browser;
import org.backproplab.e2e.BrowserExtension;
import org.backproplab.e2e.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the real app in headless Chromium (bench profile only: {@code mvn -B -Pbench verify -Dit.test=AppBenchIT}),
 * three times: the JavaScript build from file:// (target/web/index.html), and over http (a static server with the
 * site's policy) the JavaScript build ({@code ?engine=js}) and the WebAssembly GC build, side by side:
 * <ul>
 *   <li>the first frame: when the lab's first frame (every view drawn) ended, in ms after navigation
 *       start, over several fresh loads;</li>
 *   <li>the app frame while playing at the default speed (training plus every view drawn; the script
 *       time FrameLoop records) for the default lab, spiral on the largest network and gauss3 with 3
 *       classes (and the largest at 10 steps per frame): median, 95th percentile, and the JavaScript bytes allocated per frame (V8's sampling
 *       heap profiler, collected objects included), and the default lab at 1,000 steps per frame (the training
 *       step's own garbage);</li>
 *   <li>four labs mounted on one page (web/bench/four-labs.html), all playing: the script time of each
 *       animation frame summed over the four;</li>
 *   <li>spiral on 6 × 16 with every panel closed, then with the microscope (slice and 2-D map) and the α lab's
 *       finder, then its race, open ({@link PanelsBench}, both builds over http; {@code -Dbench.noPanels=true} leaves
 *       them out, {@code -Dbench.panelsOnly=true} runs only them);</li>
 *   <li>with {@code -Dbench.profile=true}, the functions with the most self time in each scenario.</li>
 * </ul>
 * Writes target/bench/app.json and app.txt. Numbers are printed, never asserted against time; the test
 * asserts only that every scenario ran and the console stayed clean.
 */
@ExtendWith(BrowserExtension.class)
class AppBenchIT {
    private static final boolean PANELS_ONLY = Boolean.getBoolean("bench.panelsOnly");
    private static final int LOADS = PANELS_ONLY ? 1 : Integer.getInteger("bench.loads", 7);
    private static final int WARM_UP_FRAMES = 60;
    private static final int TIMED_FRAMES = Integer.getInteger("bench.frames", 300);
    private static final Duration FRAME_WAIT = Duration.ofMinutes(3);

    /** The page's own lab, as a script expression. */
    private static final String[] MAIN_LAB = {"BackpropLab.main"};

    /** id, URL fragment, description. */
    private static final String[][] SCENARIOS = {
        {"default", "", "default lab (circle, 2-4-2-1, 5 steps/frame)"},
        {"spiral-largest", "data=spiral&hidden=16,16,16,16,16,16", "spiral, 6 × 16 hidden (the largest)"},
        {"gauss3", "data=gauss3", "gauss3, 3 classes (softmax)"},
        {"spiral-largest-10", "data=spiral&hidden=16,16,16,16,16,16&speed=10", "spiral, 6 × 16, 10 steps/frame"},
        // the most steps a frame takes: what the training step itself leaves behind in the browser
        {"default-1000", "speed=1000", "default lab, 1000 steps/frame"},
    };

    @Test
    void timesTheFirstFrameAndTheAppFrame(Browser browser) throws IOException {
        JsonObject result = new JsonObject();
        result.add("userAgent", (String) null);
        List<String> errors = new ArrayList<>();
        boolean profile = Boolean.getBoolean("bench.profile");
        JsonArray builds = new JsonArray();
        JsonArray panels = new JsonArray();
        List<String> panelsBuilds = new ArrayList<>();
        try (StaticServer server = StaticServer.serve(StaticServer.webDirectory())) {
            // id, page, engine() it must report, description
            String[][] pages = {
                {"js-file", StaticServer.webDirectory().toAbsolutePath().resolve("index.html").toUri().toString(), "js",
                    "JavaScript build from file://"},
                {"js-http", server.url("/index.html?engine=js"), "js", "JavaScript build over http (?engine=js)"},
                {"wasm-http", server.url("/index.html"), "wasm", "WebAssembly GC build over http"},
            };
            for (String[] build : pages) {
                builds.add(timeBuild(browser, build[1], build[2], profile, errors)
                        .add("id", build[0]).add("description", build[3]));
            }
            if (!Boolean.getBoolean("bench.noPanels")) {
                for (String[] build : new String[][] {pages[1], pages[2]}) {
                    PanelsBench.run(browser, build[1], panels, errors);
                    panelsBuilds.add(build[3]);
                }
            }
        }
        result.set("userAgent", (String) browser.script("return navigator.userAgent;"));
        result.add("builds", builds);
        // several labs on one course page (BackpropLab.mount: the JavaScript build), all training
        browser.open("about:blank");
        browser.open(StaticServer.webDirectory().toAbsolutePath().resolve("bench/four-labs.html").toUri().toString());
        String[] fourLabs = {"benchLabs[0]", "benchLabs[1]", "benchLabs[2]", "benchLabs[3]"};
        waitForFirstFrame(browser, fourLabs);
        JsonObject four = timePlaying(browser, fourLabs, profile)
                .add("id", "four-labs")
                .add("fragment", "")
                .add("description", "four default labs on one page (sum)")
                .add("layers", "4 × 2-4-2-1");
        result.add("fourLabs", four);
        errors.addAll(browser.consoleErrors());
        result.add("loadAverage", BenchFiles.loadAverage());

        result.add("panels", panels);
        StringBuilder panelsText = new StringBuilder();
        int perBuild = panelsBuilds.isEmpty() ? 0 : panels.size() / panelsBuilds.size();
        for (int b = 0; b < panelsBuilds.size(); b++) {
            JsonArray part = new JsonArray();
            for (int k = b * perBuild; k < (b + 1) * perBuild; k++) {
                part.add(panels.get(k));
            }
            panelsText.append("\n== every panel open: ").append(panelsBuilds.get(b)).append(PanelsBench.table(part));
        }
        BenchFiles.write("app", result, table(result) + panelsText);

        List<Runnable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(List.of(), errors, "console errors"));
        List<JsonObject> entries = new ArrayList<>();
        entries.add(four);
        for (var build : builds) {
            build.asObject().get("scenarios").asArray().forEach(v -> entries.add(v.asObject()));
        }
        for (JsonObject entry : entries) {
            checks.add(() -> assertTrue(entry.getBoolean("playing", false), "still playing: " + entry));
            checks.add(() -> assertTrue(entry.getInt("frames", 0) >= TIMED_FRAMES / 2, "frames timed: " + entry));
        }
        PanelsBench.check(panels, checks);
        assertAll(checks.stream().map(check -> check::run));
    }

    /** The first frame over {@link #LOADS} fresh loads of {@code page}, then every scenario played there. */
    private static JsonObject timeBuild(Browser browser, String page, String engine, boolean profile,
            List<String> errors) {
        double[] firstFrames = new double[LOADS];
        double[] contentLoaded = new double[LOADS];
        for (int k = 0; k < LOADS; k++) {
            browser.open("about:blank");
            browser.open(page);
            waitForFirstFrame(browser, MAIN_LAB);
            assertEquals(engine, browser.script("return BackpropLab.main.engine();"), "the build at " + page);
            firstFrames[k] = number(browser.script("return BackpropLab.main.firstFrameMillis();"));
            contentLoaded[k] = number(browser.script(
                    "var n = performance.getEntriesByType('navigation')[0]; return n ? n.domContentLoadedEventEnd : NaN;"));
            errors.addAll(browser.consoleErrors());
        }
        JsonObject build = new JsonObject().add("page", page).add("engine", engine);
        build.add("firstVisitScripts", firstVisitScripts(browser));
        build.add("firstFrame", new JsonObject()
                .add("loads", LOADS)
                .add("medianMs", median(firstFrames))
                .add("minMs", Arrays.stream(firstFrames).min().orElse(Double.NaN))
                .add("maxMs", Arrays.stream(firstFrames).max().orElse(Double.NaN))
                .add("domContentLoadedMedianMs", median(contentLoaded))
                .add("allMs", array(firstFrames)));
        JsonArray scenarios = new JsonArray();
        for (String[] scenario : PANELS_ONLY ? new String[0][] : SCENARIOS) {
            browser.open("about:blank");
            browser.open(page + (scenario[1].isEmpty() ? "" : "#" + scenario[1]));
            waitForFirstFrame(browser, MAIN_LAB);
            String layers = (String) browser.script(
                    "var c = document.querySelector('canvas[data-layers]'); return c ? c.getAttribute('data-layers') : '';");
            double startIteration = number(browser.script("return BackpropLab.main.iteration();"));
            double startTime = number(browser.script("return performance.now();"));
            JsonObject entry = timePlaying(browser, MAIN_LAB, profile);
            double steps = number(browser.script("return BackpropLab.main.iteration();")) - startIteration;
            double seconds = (number(browser.script("return performance.now();")) - startTime) / 1000;
            scenarios.add(entry
                    .add("id", scenario[0])
                    .add("fragment", scenario[1])
                    .add("description", scenario[2])
                    .add("layers", layers)
                    .add("stepsPerSecond", steps / seconds));
            errors.addAll(browser.consoleErrors());
        }
        build.add("scenarios", scenarios);
        return build;
    }

    /**
     * Presses every Play button on the page, lets the labs ({@code handles}, script expressions) warm up,
     * then times {@link #TIMED_FRAMES} frames: each frame's script time summed over the labs (they all
     * run in the same animation frame), and the bytes allocated per frame.
     */
    private static JsonObject timePlaying(Browser browser, String[] handles, boolean profile) {
        browser.script("document.querySelectorAll('[data-role=play]').forEach(function (b) { b.click(); });");
        waitFrames(browser, handles[0], WARM_UP_FRAMES);
        startAllocationSampling(browser);
        double before = waitFrames(browser, handles[0], TIMED_FRAMES);
        double after = number(browser.script("return " + handles[0] + ".frameCount();"));
        JsonArray allocators = new JsonArray();
        double allocated = stopAllocationSampling(browser, allocators);
        double window = after - before;
        double[] times = null;
        boolean playing = true;
        for (String handle : handles) {
            double[] lab = doubles(browser.script("return " + handle + ".frameTimes(arguments[0]);",
                    (int) Math.min(window, 600)));
            // the labs' latest frames line up from the end (a lab mounted later has counted fewer)
            int n = times == null ? lab.length : Math.min(times.length, lab.length);
            double[] sum = new double[n];
            for (int f = 0; f < n; f++) {
                sum[n - 1 - f] = lab[lab.length - 1 - f] + (times == null ? 0 : times[times.length - 1 - f]);
            }
            times = sum;
            playing &= Boolean.TRUE.equals(browser.script("return " + handle + ".playing();"));
        }
        JsonObject entry = new JsonObject()
                .add("labs", handles.length)
                .add("frames", times.length)
                .add("medianMs", percentile(times, 50))
                .add("p95Ms", percentile(times, 95))
                .add("maxMs", Arrays.stream(times).max().orElse(Double.NaN))
                .add("meanMs", Arrays.stream(times).average().orElse(Double.NaN))
                .add("allocatedBytesPerFrame", allocated / Math.max(1, window))
                .add("playing", playing);
        if (profile) {
            entry.add("selfTimeTop", cpuProfile(browser, handles[0]));
            entry.add("allocationTop", allocators);
        }
        return entry;
    }

    private static void waitForFirstFrame(Browser browser, String[] handles) {
        StringBuilder ready = new StringBuilder("return true");
        for (String handle : handles) {
            ready.append(" && !!(window.BackpropLab && ").append(handle).append(") && ").append(handle)
                    .append(".firstFrameMillis() > 0");
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage("the lab's first frame did not end")
                .until(d -> browser.script(ready + ";"));
    }

    /**
     * Waits until {@code frames} more frames ran; returns the frame count at the start. The page itself
     * checks the count (every 200 ms, in one asynchronous script) rather than WebDriver polling it: every
     * WebDriver script is compiled and run in the page, so polling every 100 ms would add the test's own
     * garbage to the app's bytes per frame.
     */
    private static double waitFrames(Browser browser, String handle, int frames) {
        double start = number(browser.script("return " + handle + ".frameCount();"));
        browser.driver().manage().timeouts().scriptTimeout(FRAME_WAIT);
        Object reached = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var target = arguments[0];"
                + " (function check() { if (" + handle + ".frameCount() >= target) { done(true); }"
                + " else { setTimeout(check, 200); } })();", start + frames);
        assertTrue(Boolean.TRUE.equals(reached), "the lab did not run " + frames + " frames");
        return start;
    }

    static void startAllocationSampling(Browser browser) {
        browser.driver().executeCdpCommand("HeapProfiler.enable", Map.of());
        browser.driver().executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        browser.driver().executeCdpCommand("HeapProfiler.startSampling", Map.of("samplingInterval", 1024,
                "includeObjectsCollectedByMajorGC", true, "includeObjectsCollectedByMinorGC", true));
    }

    /** The bytes V8 estimates were allocated since {@link #startAllocationSampling}. */
    @SuppressWarnings("unchecked")
    static double stopAllocationSampling(Browser browser, JsonArray top) {
        Map<String, Object> answer = browser.driver().executeCdpCommand("HeapProfiler.stopSampling", Map.of());
        Map<String, Object> profile = (Map<String, Object>) answer.get("profile");
        browser.driver().executeCdpCommand("HeapProfiler.disable", Map.of());
        Map<String, Double> bytes = new HashMap<>();
        double total = selfSizes((Map<String, Object>) profile.get("head"), bytes);
        bytes.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(10)
                .forEach(e -> top.add(new JsonObject().add("function", e.getKey()).add("bytes", e.getValue())
                        .add("share", e.getValue() / total)));
        return total;
    }

    @SuppressWarnings("unchecked")
    private static double selfSizes(Map<String, Object> node, Map<String, Double> byFunction) {
        double sum = number(node.get("selfSize"));
        if (sum > 0) {
            byFunction.merge(functionName((Map<String, Object>) node.get("callFrame")), sum, Double::sum);
        }
        Object children = node.get("children");
        if (children instanceof List<?> list) {
            for (Object child : list) {
                sum += selfSizes((Map<String, Object>) child, byFunction);
            }
        }
        return sum;
    }

    private static String functionName(Map<String, Object> frame) {
        String url = String.valueOf(frame.get("url"));
        String name = String.valueOf(frame.get("functionName"));
        return (name.isEmpty() ? "(anonymous)" : name) + " " + url.substring(url.lastIndexOf('/') + 1) + ":"
                + frame.get("lineNumber") + ":" + frame.get("columnNumber");
    }

    /** Runs the CPU profiler over 120 frames; the 12 functions with the most self time (ms and share). */
    @SuppressWarnings("unchecked")
    private static JsonArray cpuProfile(Browser browser, String handle) {
        browser.driver().executeCdpCommand("Profiler.enable", Map.of());
        browser.driver().executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        browser.driver().executeCdpCommand("Profiler.start", Map.of());
        waitFrames(browser, handle, 120);
        Map<String, Object> answer = browser.driver().executeCdpCommand("Profiler.stop", Map.of());
        browser.driver().executeCdpCommand("Profiler.disable", Map.of());
        Map<String, Object> profile = (Map<String, Object>) answer.get("profile");
        Map<Long, String> names = new HashMap<>();
        for (Object node : (List<Object>) profile.get("nodes")) {
            Map<String, Object> n = (Map<String, Object>) node;
            names.put(((Number) n.get("id")).longValue(), functionName((Map<String, Object>) n.get("callFrame")));
        }
        List<Object> samples = (List<Object>) profile.get("samples");
        List<Object> deltas = (List<Object>) profile.get("timeDeltas");
        Map<String, Double> self = new HashMap<>();
        double total = 0;
        for (int k = 0; k < samples.size(); k++) {
            double micros = k + 1 < deltas.size() ? number(deltas.get(k + 1)) : 0;
            self.merge(names.get(((Number) samples.get(k)).longValue()), micros, Double::sum);
            total += micros;
        }
        double all = total;
        JsonArray top = new JsonArray();
        self.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(12)
                .forEach(e -> top.add(new JsonObject().add("function", e.getKey())
                        .add("ms", e.getValue() / 1000).add("share", e.getValue() / all)));
        return top;
    }

    /** Every script the page has loaded (its {@code src} as written, relative to index.html): raw and gzip bytes. */
    private static JsonArray firstVisitScripts(Browser browser) {
        JsonArray files = new JsonArray();
        // the WebAssembly build fetches its module beside its runtime script
        for (Object src : (List<?>) browser.script(
                "return [...document.querySelectorAll('script[src]')].map(s => s.getAttribute('src'))"
                        + ".concat(BackpropLab.main.engine() === 'wasm' ? ['js/backprop-lab.wasm'] : []);")) {
            // start.js adds the build's script by its full address; every first-visit script lives in js/
            String path = src.toString().split("[?#]")[0];
            String file = "js/" + path.substring(path.lastIndexOf('/') + 1);
            try {
                byte[] raw = java.nio.file.Files.readAllBytes(StaticServer.webDirectory().resolve(file));
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out) {
                    {
                        def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
                    }
                }) {
                    gzip.write(raw);
                }
                files.add(new JsonObject().add("file", file).add("rawBytes", raw.length).add("gzipBytes", out.size()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String table(JsonObject result) {
        StringBuilder text = new StringBuilder("\nThe app (" + result.getString("userAgent", "?") + ")\n");
        text.append("load average after the run: ").append(result.getString("loadAverage", "?")).append('\n');
        for (var value : result.get("builds").asArray()) {
            JsonObject build = value.asObject();
            text.append("\n== ").append(build.getString("description", "?")).append(": ")
                    .append(build.getString("page", "?")).append('\n');
            JsonObject first = build.get("firstFrame").asObject();
            text.append(String.format(Locale.ROOT,
                    "first frame after navigation start: median %.0f ms (min %.0f, max %.0f, %d loads); "
                            + "DOMContentLoaded median %.0f ms%n",
                    first.getDouble("medianMs", Double.NaN), first.getDouble("minMs", Double.NaN),
                    first.getDouble("maxMs", Double.NaN), first.getInt("loads", 0),
                    first.getDouble("domContentLoadedMedianMs", Double.NaN)));
            int rawTotal = 0;
            int gzipTotal = 0;
            for (var file : build.get("firstVisitScripts").asArray()) {
                JsonObject f = file.asObject();
                rawTotal += f.getInt("rawBytes", 0);
                gzipTotal += f.getInt("gzipBytes", 0);
                text.append(String.format(Locale.ROOT, "  first visit downloads %-32s %9d B raw %9d B gzip%n",
                        f.getString("file", "?"), f.getInt("rawBytes", 0), f.getInt("gzipBytes", 0)));
            }
            text.append(String.format(Locale.ROOT, "  first visit together %33s %9d B raw %9d B gzip%n", "", rawTotal,
                    gzipTotal));
            text.append(header());
            for (var s : build.get("scenarios").asArray()) {
                row(text, s.asObject());
            }
        }
        text.append("\n== four labs on one course page (BackpropLab.mount, JavaScript build, file://)\n").append(header());
        row(text, result.get("fourLabs").asObject());
        text.append("\nSide by side over http (median / p95 ms of a frame's script; steps/s while playing):\n");
        JsonArray builds = result.get("builds").asArray();
        JsonObject js = builds.get(1).asObject();
        JsonObject wasm = builds.get(2).asObject();
        text.append(String.format(Locale.ROOT, "%-44s %15s %15s %12s %12s%n", "scenario", "JS median/p95",
                "Wasm median/p95", "JS steps/s", "Wasm steps/s"));
        text.append(String.format(Locale.ROOT, "%-44s %15.0f %15.0f%n", "first frame (median ms)",
                js.get("firstFrame").asObject().getDouble("medianMs", Double.NaN),
                wasm.get("firstFrame").asObject().getDouble("medianMs", Double.NaN)));
        for (int k = 0; k < SCENARIOS.length; k++) {
            JsonObject a = js.get("scenarios").asArray().get(k).asObject();
            JsonObject b = wasm.get("scenarios").asArray().get(k).asObject();
            text.append(String.format(Locale.ROOT, "%-44s %7.2f / %5.2f %7.2f / %5.2f %12.0f %12.0f%n",
                    a.getString("description", "?"), a.getDouble("medianMs", Double.NaN), a.getDouble("p95Ms", Double.NaN),
                    b.getDouble("medianMs", Double.NaN), b.getDouble("p95Ms", Double.NaN),
                    a.getDouble("stepsPerSecond", Double.NaN), b.getDouble("stepsPerSecond", Double.NaN)));
        }
        text.append("(script time of FrameLoop's frame: training at the default speed + every view drawn; "
                + "bytes/frame: V8's sampling heap profiler, garbage included; the WebAssembly build's own heap is not"
                + " JavaScript's and is not counted)\n");
        return text.toString();
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-44s %-18s %7s %10s %8s %8s %12s %10s%n", "app frame while playing",
                "layers", "frames", "median ms", "p95 ms", "max ms", "bytes/frame", "steps/s");
    }

    private static void row(StringBuilder text, JsonObject s) {
        text.append(String.format(Locale.ROOT, "%-44s %-18s %7d %10.2f %8.2f %8.1f %12.0f %10.0f%n",
                s.getString("description", "?"), s.getString("layers", "?"), s.getInt("frames", 0),
                s.getDouble("medianMs", Double.NaN), s.getDouble("p95Ms", Double.NaN),
                s.getDouble("maxMs", Double.NaN), s.getDouble("allocatedBytesPerFrame", Double.NaN),
                s.getDouble("stepsPerSecond", Double.NaN)));
        if (s.get("selfTimeTop") != null) {
            text.append("  self time:\n");
            for (var f : s.get("selfTimeTop").asArray()) {
                JsonObject fn = f.asObject();
                text.append(String.format(Locale.ROOT, "    %5.1f %%  %8.1f ms  %s%n",
                        100 * fn.getDouble("share", 0), fn.getDouble("ms", 0), fn.getString("function", "?")));
            }
            text.append("  allocated:\n");
            for (var f : s.get("allocationTop").asArray()) {
                JsonObject fn = f.asObject();
                text.append(String.format(Locale.ROOT, "    %5.1f %%  %10.0f B  %s%n",
                        100 * fn.getDouble("share", 0), fn.getDouble("bytes", 0), fn.getString("function", "?")));
            }
        }
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double[] doubles(Object value) {
        List<?> list = (List<?>) value;
        double[] out = new double[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = number(list.get(k));
        }
        return out;
    }

    private static JsonArray array(double[] values) {
        JsonArray array = new JsonArray();
        for (double value : values) {
            array.add(value);
        }
        return array;
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    /** Nearest rank, as viz.FrameTimes. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
