package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tab left training for a long lesson: 1,000,000 steps of the default lab through the scripting API in
 * chunks, with a drawn frame after every chunk (so the views, the cost curve and the read-outs run too).
 * The cost stays finite throughout, and the JS heap after a forced garbage collection is as large after
 * 1,000,000 steps as after the 100,000-step warm-up, within {@link #HEAP_GROWTH_BOUND_BYTES}.
 *
 * <p>The bound: once warm, the lab allocates nothing per step (see the JVM's SoakTest) and a frame's
 * drawing only makes short-lived garbage, so the live objects are the same at both measurements. What
 * does grow is V8's own code and type feedback as it keeps optimising (tiering up) functions: of the
 * order of a hundred KB between 100,000 and 1,000,000 steps, then flat over further rounds. A leak of one
 * small object per step would add ≥ 14 MB (900,000 steps × ≥ 16 B), and one of a few KB per frame (a kept
 * ImageData or label string) ≥ 270 KB over the 90 frames; 256 KB sits between those and V8's noise. Small per-frame leaks are the JVM SoakTest's and the allocation tests' business.
 */
@ExtendWith(BrowserExtension.class)
class SoakIT {
    static final int TOTAL_STEPS = 1_000_000;
    static final int CHUNK = 10_000;
    static final int WARM_UP_STEPS = 100_000;
    static final long HEAP_GROWTH_BOUND_BYTES = 256 * 1024;

    /** Collects garbage through DevTools, then reads performance.memory.usedJSHeapSize. */
    static long usedHeapAfterGc(Browser browser) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            browser.driver().executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
            best = Math.min(best, ((Number) browser.script("return performance.memory.usedJSHeapSize;")).longValue());
        }
        return best;
    }

    /**
     * Trains {@code chunks} × {@link #CHUNK} steps inside the page, one chunk per drawn frame (no WebDriver
     * call in between, whose own bookkeeping would blur the heap numbers). Returns [non-finite costs seen,
     * largest J, last J, ms spent inside step()].
     */
    static double[] train(Browser browser, int chunks) {
        @SuppressWarnings("unchecked")
        List<Number> result = (List<Number>) browser.driver().executeAsyncScript(
                "var chunks = arguments[0], size = arguments[1], done = arguments[arguments.length - 1];"
                + "var bad = 0, worst = 0, last = NaN, ms = 0, k = 0;"
                + "function next() {"
                + "  if (k++ === chunks) { done([bad, worst, last, ms]); return; }"
                + "  var t = performance.now(); last = BackpropLab.main.step(size); ms += performance.now() - t;"
                + "  if (!isFinite(last)) { bad++; } else if (last > worst) { worst = last; }"
                + "  requestAnimationFrame(next);"
                + "}"
                + "requestAnimationFrame(next);", chunks, CHUNK);
        return new double[] {result.get(0).doubleValue(), result.get(1).doubleValue(), result.get(2).doubleValue(),
            result.get(3).doubleValue()};
    }

    @Test
    void millionStepsKeepTheCostFiniteAndTheHeapFlat(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(100));
        double start = ((Number) browser.script("return BackpropLab.main.cost();")).doubleValue();
        long heapAtStart = usedHeapAfterGc(browser);
        long began = System.nanoTime();
        double[] warmUp = train(browser, WARM_UP_STEPS / CHUNK);
        long heapWarm = usedHeapAfterGc(browser);
        double[] rest = train(browser, (TOTAL_STEPS - WARM_UP_STEPS) / CHUNK);
        double seconds = (System.nanoTime() - began) / 1e9;
        long heapEnd = usedHeapAfterGc(browser);
        double stepSeconds = (warmUp[3] + rest[3]) / 1000;
        double end = ((Number) browser.script("return BackpropLab.main.cost();")).doubleValue();
        System.out.printf("SoakIT: %,d steps in %.1f s wall (%.1f s inside step(), %,.0f steps/s), chunks of %,d, "
                + "one per frame; J %.4g -> %.4g (max %.4g); JS heap after GC: start %,d B, at 100k %,d B, at 1M "
                + "%,d B (growth after warm-up %,d B)%n", TOTAL_STEPS, seconds, stepSeconds,
                TOTAL_STEPS / stepSeconds, CHUNK, start, end, Math.max(warmUp[1], rest[1]), heapAtStart, heapWarm,
                heapEnd, heapEnd - heapWarm);

        assertEquals(0, warmUp[0] + rest[0], "chunks that ended with a non-finite J");
        assertEquals(TOTAL_STEPS, ((Number) browser.script("return BackpropLab.main.iteration();")).intValue());
        assertTrue(end < 0.5 * start, "J " + start + " -> " + end);
        assertFalse(browser.script("return document.body.innerText;").toString().contains("NaN"));
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        assertTrue(heapEnd - heapWarm < HEAP_GROWTH_BOUND_BYTES, "JS heap grew from " + heapWarm + " to " + heapEnd
                + " bytes between 100,000 and 1,000,000 steps");
    }
}
