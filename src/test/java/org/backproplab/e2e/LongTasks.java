package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The long-task checks' one observer: a PerformanceObserver of 'longtask' entries (buffered, so tasks before it
 * are seen too) that keeps each task's start and length in {@code window.__longTasks}, and a requestAnimationFrame
 * clock in {@code window.__frameStamps}. {@link #fromFirstScript} installs it in every new page before the page's
 * own scripts (a page's loading is then seen from its start); {@link #watch} installs it in the page shown, if not
 * there yet, and notes from when tasks count. A task over {@value #LONG_TASK_MS} ms is judged only when the machine
 * is not busier than {@value #BUSY_LOAD_PER_CORE} per core ({@link #judge}).
 */
final class LongTasks {
    /** The longest task a page may run before the browser counts it as one that delays input (Long Tasks API). */
    static final double LONG_TASK_MS = 50;
    /** Load per core above which the machine is too busy for wall-time limits to say anything about the lab. */
    static final double BUSY_LOAD_PER_CORE = 2;

    // Installs itself once per page: a second call (watch after fromFirstScript) only moves window.__longTaskFrom.
    private static final String OBSERVER = "if (!window.__longTasks) {"
            + " window.__longTasks = []; window.__frameStamps = []; window.__steps = [[0, 'loading']];"
            + " window.__longTaskFrom = 0;"
            + " try { new PerformanceObserver(function (list) { list.getEntries().forEach(function (entry) {"
            + "   window.__longTasks.push([entry.startTime, entry.duration]); }); })"
            + "   .observe({type: 'longtask', buffered: true}); }"
            + " catch (e) { window.__longTaskError = String(e); }"
            + " (function stamp() { window.__frameStamps.push(performance.now()); requestAnimationFrame(stamp); })();"
            + "}";

    /** One long task: when it began (ms after navigation start), how long it took, and the test's step then. */
    record Task(double start, double duration, String during) {
        double end() {
            return start + duration;
        }

        @Override
        public String toString() {
            return String.format("%.1f ms at %.0f ms in '%s'", duration, start, during);
        }
    }

    private LongTasks() {
    }

    /** Installs the observer in every page opened from now on, before its first script; returns what undoes it. */
    static Runnable fromFirstScript(Browser browser) {
        String id = (String) browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", OBSERVER)).get("identifier");
        return () -> browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                Map.of("identifier", id));
    }

    /** Checks the observer of this page runs (the Long Tasks API is there). */
    static void assertObserving(Browser browser) {
        assertEquals(null, browser.script("return window.__longTaskError || null;"), "the long-task observer");
    }

    /** Observes the page shown (if not yet) and counts tasks from now on; earlier ones are dropped. */
    static void watch(Browser browser) {
        browser.script(OBSERVER + " window.__longTaskFrom = performance.now(); window.__longTasks.length = 0;"
                + " window.__frameStamps.length = 0;");
    }

    /** Notes that the test now does {@code step}: a long task that begins after it is reported as in it. */
    static void doing(Browser browser, String step) {
        browser.script("window.__steps.push([performance.now(), arguments[0]]);", step);
    }

    /**
     * The long tasks observed that began after {@link #watch} (all of the page's, without it), each with the step it
     * began in; they are then forgotten, and the frame stamps too. Waits a few frames first: the observer hears of a
     * task a little after it ends.
     */
    @SuppressWarnings("unchecked")
    static List<Task> take(Browser browser) {
        Lab.frames(browser, 3);
        List<List<Object>> rows = (List<List<Object>>) browser.script(
                "var t = window.__longTasks.filter(function (task) { return task[0] >= window.__longTaskFrom; })"
                        + ".map(function (task) { var step = '';"
                        + " window.__steps.forEach(function (s) { if (s[0] <= task[0]) { step = s[1]; } });"
                        + " return [task[0], task[1], step]; });"
                        + " window.__longTasks.length = 0; window.__frameStamps.length = 0; return t;");
        List<Task> tasks = new ArrayList<>();
        for (List<Object> row : rows) {
            tasks.add(new Task(Lab.number(row.get(0)), Math.round(Lab.number(row.get(1)) * 10) / 10.0,
                    (String) row.get(2)));
        }
        return tasks;
    }

    /** The frame stamps so far (performance.now() of each animation frame since the last {@link #take}). */
    static List<Double> frameStamps(Browser browser) {
        List<Double> stamps = new ArrayList<>();
        for (Object value : (List<?>) browser.script("return window.__frameStamps.slice();")) {
            stamps.add(((Number) value).doubleValue());
        }
        return stamps;
    }

    /** The longest of {@code tasks} (0 when none). */
    static double longest(List<Task> tasks) {
        double longest = 0;
        for (Task task : tasks) {
            longest = Math.max(longest, task.duration());
        }
        return longest;
    }

    /** The machine's 1-minute load average per core (0 when unknown). */
    static double loadPerCore() {
        try {
            String first = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            return Double.parseDouble(first) / Runtime.getRuntime().availableProcessors();
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Prints {@code report} with the load, then fails when {@code longest} is over {@link #LONG_TASK_MS}; on a
     * machine busier than {@link #BUSY_LOAD_PER_CORE} per core the test is skipped instead, saying so: a long task
     * is wall time, and a frame of a few ms of script that waits for a core is counted as a long one.
     */
    static void judge(double longest, String report) {
        double load = loadPerCore();
        System.out.println(report + String.format(" [load per core %.1f]", load));
        Assumptions.assumeTrue(load <= BUSY_LOAD_PER_CORE, String.format("load per core %.1f > %.1f: the times"
                + " above are printed, not judged", load, BUSY_LOAD_PER_CORE));
        org.junit.jupiter.api.Assertions.assertTrue(longest <= LONG_TASK_MS, report);
    }

    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100 * sorted.size()) - 1));
    }
}
