package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * AppBenchIT's "6 × 16 lab, every panel open" scenarios: spiral on six hidden layers of 16, playing, first with
 * every panel closed (the decision boundary shown), then on a fresh load with the microscope open on two weights
 * (its slice and its 2-D map), the α lab open with the finder sweeping, then with a race of four lanes running.
 * Each window prints the lab's frame script time (median, p95), the time between animation frames (median, p95),
 * the training steps per second, and the bytes allocated per frame; the panels' windows also the steps/s as a
 * share of the closed lab's. Printed, never asserted against time.
 */
final class PanelsBench {
    static final String HEAVY = "data=spiral&hidden=16,16,16,16,16,16";
    /** The two weights the microscope shows: w₁,₁⁽¹⁾ and w₁,₂⁽¹⁾ (flat indices 0 and 1). */
    static final String WEIGHTS = "&w1=0&w2=1";
    /** Speeds: the default (training rarely fills its share) and 1,000 steps a frame (training takes all it gets). */
    static final String[][] SPEEDS = {{"", "default speed"}, {"&speed=1000", "1000 steps/frame"}};
    private static final int FRAMES = Integer.getInteger("bench.panelFrames", 240);
    private static final Duration WAIT = Duration.ofMinutes(3);

    /**
     * Records FRAMES frames in one page script (fewer, at least 30, once the finder or the race that arguments[1] names is done): rAF
     * gaps, elapsed ms, iterations and frames run.
     */
    private static final String WINDOW = """
            var done = arguments[arguments.length - 1];
            var n = arguments[0];
            var until = arguments[1];
            function stop() { return until === 'finder' ? lab.finderDone() : until === 'race' ? lab.raceOver() : false; }
            var lab = BackpropLab.main;
            var gaps = new Float64Array(4 * n + 8);
            var count = 0;
            var last = -1;
            var t0 = performance.now();
            var it0 = lab.iteration();
            var f0 = lab.frameCount();
            function tick(t) {
              if (last >= 0 && count < gaps.length) { gaps[count++] = t - last; }
              last = t;
              if (lab.frameCount() - f0 >= n || (lab.frameCount() - f0 >= 30 && stop())) {
                done([Array.from(gaps.subarray(0, count)), performance.now() - t0, lab.iteration() - it0,
                    lab.frameCount() - f0, lab.playing()]);
              } else {
                requestAnimationFrame(tick);
              }
            }
            requestAnimationFrame(tick);
            """;

    private PanelsBench() {
    }

    /** Runs the closed and open windows at each speed; appends their entries to {@code out}. */
    static void run(Browser browser, String page, JsonArray out, List<String> errors) {
        for (String[] speed : SPEEDS) {
            browser.open("about:blank");
            browser.open(page + "#" + HEAVY + speed[0]);
            waitForLab(browser);
            play(browser);
            frames(browser, 60);
            JsonObject closed = window(browser, "6×16, panels closed, " + speed[1], "closed", "");
            out.add(closed);
            errors.addAll(browser.consoleErrors());
            double closedRate = closed.getDouble("stepsPerSecond", Double.NaN);

            browser.open("about:blank");
            browser.open(page + "#" + HEAVY + speed[0] + WEIGHTS);
            waitForLab(browser);
            role(browser, "lrlab-open").click();
            waitFor(browser, "return BackpropLab.main.rateLabOpen();");
            role(browser, "lrlab-tab-finder").click();
            role(browser, "finder-start").click();
            play(browser); // opening the α lab paused the lab
            frames(browser, 30);
            // timed while the finder sweeps (it may end before FRAMES frames)
            JsonObject finder = window(browser, "6×16, microscope + finder, " + speed[1], "finder", "finder");
            finder.add("finderStillRunning", !Boolean.TRUE.equals(browser.script("return BackpropLab.main.finderDone();")));
            finder.add("trainingShare", finder.getDouble("stepsPerSecond", Double.NaN) / closedRate);
            out.add(finder);

            role(browser, "lrlab-tab-race").click();
            String[] rates = {"0.01", "0.1", "1", "5"};
            for (int lane = 0; lane < rates.length; lane++) {
                WebElement field = role(browser, "race-rate-" + lane);
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), rates[lane], Keys.TAB);
            }
            role(browser, "race-start").click();
            play(browser);
            frames(browser, 30);
            JsonObject race = window(browser, "6×16, microscope + race, " + speed[1], "race", "race");
            race.add("raceStillRunning", !Boolean.TRUE.equals(browser.script("return BackpropLab.main.raceOver();")));
            race.add("raceSteps", number(browser.script("return BackpropLab.main.raceCostCount(0);")));
            race.add("trainingShare", race.getDouble("stepsPerSecond", Double.NaN) / closedRate);
            race.add("microscopeMeasuring", String.valueOf(browser.script(
                    "var p = document.querySelector(\"[data-role='microscope']\"); return p ? p.getAttribute('data-measuring') : '?';")));
            out.add(race);
            errors.addAll(browser.consoleErrors());
        }
    }

    private static JsonObject window(Browser browser, String description, String id, String stop) {
        AppBenchIT.startAllocationSampling(browser);
        browser.driver().manage().timeouts().scriptTimeout(WAIT);
        List<?> answer = (List<?>) browser.driver().executeAsyncScript(WINDOW, FRAMES, stop);
        double allocated = AppBenchIT.stopAllocationSampling(browser, new JsonArray());
        double[] gaps = doubles(answer.get(0));
        double elapsed = number(answer.get(1));
        double steps = number(answer.get(2));
        double frames = number(answer.get(3));
        double[] script = doubles(browser.script("return BackpropLab.main.frameTimes(arguments[0]);", (int) frames));
        return new JsonObject()
                .add("id", id)
                .add("description", description)
                .add("frames", (int) frames)
                .add("scriptMedianMs", AppBenchIT.percentile(script, 50))
                .add("scriptP95Ms", AppBenchIT.percentile(script, 95))
                .add("betweenMedianMs", AppBenchIT.percentile(gaps, 50))
                .add("betweenP95Ms", AppBenchIT.percentile(gaps, 95))
                .add("stepsPerSecond", 1000 * steps / elapsed)
                .add("allocatedBytesPerFrame", allocated / Math.max(1, frames))
                .add("playing", Boolean.TRUE.equals(answer.get(4)))
                .add("loadAverage", BenchFiles.loadAverage());
    }

    static String table(JsonArray entries) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%n%-46s %15s %15s %10s %7s %10s %s%n",
                "every panel (6 × 16, spiral)", "script med/p95", "between med/p95", "steps/s", "share",
                "bytes/frm", "load average"));
        for (var value : entries) {
            JsonObject s = value.asObject();
            text.append(String.format(Locale.ROOT, "%-46s %7.2f/%-7.2f %7.2f/%-7.2f %10.0f %7s %10.0f %s%s%n",
                    s.getString("description", "?"), s.getDouble("scriptMedianMs", Double.NaN),
                    s.getDouble("scriptP95Ms", Double.NaN), s.getDouble("betweenMedianMs", Double.NaN),
                    s.getDouble("betweenP95Ms", Double.NaN), s.getDouble("stepsPerSecond", Double.NaN),
                    s.get("trainingShare") == null ? "—" : String.format(Locale.ROOT, "%.0f %%",
                            100 * s.getDouble("trainingShare", Double.NaN)),
                    s.getDouble("allocatedBytesPerFrame", Double.NaN), s.getString("loadAverage", "?"),
                    notes(s)));
        }
        text.append("(script: the lab's own frame script; between: requestAnimationFrame to requestAnimationFrame; "
                + "share: training steps/s against the same speed with the panels closed)\n");
        return text.toString();
    }

    private static String notes(JsonObject s) {
        List<String> notes = new ArrayList<>();
        if (s.get("finderStillRunning") != null) {
            notes.add(s.getBoolean("finderStillRunning", false) ? "finder running at the end" : "timed until the finder was done");
        }
        if (s.get("raceStillRunning") != null) {
            notes.add((s.getBoolean("raceStillRunning", false) ? "race running at the end, " : "race over, ")
                    + (int) s.getDouble("raceSteps", 0) + " costs in lane 1");
        }
        if (s.get("microscopeMeasuring") != null) {
            notes.add("microscope measuring: " + s.getString("microscopeMeasuring", "?"));
        }
        if (!s.getBoolean("playing", false)) {
            notes.add("NOT PLAYING");
        }
        return notes.isEmpty() ? "" : "  (" + String.join("; ", notes) + ")";
    }

    /** The entries' checks: each window ran its frames while the lab played. */
    static void check(JsonArray entries, List<Runnable> checks) {
        for (var value : entries) {
            JsonObject entry = value.asObject();
            checks.add(() -> assertTrue(entry.getBoolean("playing", false), "still playing: " + entry));
            checks.add(() -> assertTrue(entry.getInt("frames", 0) >= 30, "frames timed: " + entry));
        }
    }

    private static void play(Browser browser) {
        browser.script("if (!BackpropLab.main.playing()) document.querySelector('[data-role=play]').click();");
        waitFor(browser, "return BackpropLab.main.playing();");
    }

    private static void frames(Browser browser, int n) {
        browser.driver().manage().timeouts().scriptTimeout(WAIT);
        browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var target = BackpropLab.main.frameCount() + arguments[0];"
                + " (function check() { if (BackpropLab.main.frameCount() >= target) { done(true); }"
                + " else { setTimeout(check, 100); } })();", n);
    }

    private static void waitForLab(Browser browser) {
        waitFor(browser, "return !!(window.BackpropLab && BackpropLab.main) && BackpropLab.main.firstFrameMillis() > 0;");
    }

    private static void waitFor(Browser browser, String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage(() -> "waiting for: " + script)
                .until(d -> Boolean.TRUE.equals(browser.script(script)));
    }

    private static WebElement role(Browser browser, String role) {
        return browser.driver().findElement(By.cssSelector("[data-role='" + role + "']"));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double[] doubles(Object value) {
        List<?> list = (List<?>) value;
        return list.stream().mapToDouble(PanelsBench::number).toArray();
    }
}
