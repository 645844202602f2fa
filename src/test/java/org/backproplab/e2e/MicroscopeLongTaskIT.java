package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The microscope on the heaviest settings stays within the frame: 2,000 spiral points, six hidden layers of
 * 16, full batch. A PerformanceObserver for 'longtask' (buffered) and a requestAnimationFrame clock watch
 * while the microscope opens, one weight and then a second are selected, and the slice and the map finish;
 * no main-thread task may exceed {@value #LONG_TASK_MS} ms. The longest task and frame are printed.
 */
@ExtendWith(BrowserExtension.class)
class MicroscopeLongTaskIT {
    private static final String HEAVY = "/index.html#data=spiral&points=2000&hidden=16,16,16,16,16,16&batch=0&seed=1";
    private static final double LONG_TASK_MS = 50;
    /** The network of {@link #HEAVY}: 2 inputs, six hidden layers of 16, one output (activations do not matter here). */
    private static final Shape SHAPE = Shape.of(new int[] {2, 16, 16, 16, 16, 16, 16, 1}, Activation.TANH,
            Activation.SIGMOID);
    private static final String PANEL = "[data-role='microscope']";

    /** Starts recording long tasks and frame intervals from now on, into window.__watch. */
    private static final String WATCH = """
            const watch = {start: performance.now(), tasks: [], frames: [], last: performance.now(), on: true};
            window.__watch = watch;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                if (e.startTime >= watch.start) watch.tasks.push(e.duration);
              }
            }).observe({type: 'longtask', buffered: true});
            const tick = (t) => {
              if (!watch.on) return;
              watch.frames.push(t - watch.last);
              watch.last = t;
              requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
            """;

    /** Waits until the microscope reports no pending work (its slice, presets and map are complete). */
    private static void waitUntilMeasured(Browser browser) {
        browser.waitFor("const p = document.querySelector(\"" + PANEL + "\");"
                + "return p.getAttribute('data-measuring') === 'false';");
    }

    @Test
    void openingTheMicroscopeAndChoosingTwoWeightsOnHeavySettingsHasNoLongTask(Browser browser) {
        Lab.open(browser, Lab.url(HEAVY));
        browser.waitFor("return BackpropLab.main.firstFrameMillis() > 0;");
        Lab.frames(browser, 10);
        browser.script(WATCH);

        browser.driver().findElement(By.cssSelector("[data-role='microscope-open']")).click();
        waitUntilMeasured(browser);
        WeightPicking.choose(browser, WeightPicking.FIRST, SHAPE, 0);
        browser.waitFor("return BackpropLab.main.state().includes('w1=0&');");
        waitUntilMeasured(browser);
        WeightPicking.choose(browser, WeightPicking.SECOND, SHAPE, 1);
        browser.waitFor("return BackpropLab.main.state().includes('w1=0&w2=1&');");
        waitUntilMeasured(browser);
        Lab.frames(browser, 5);
        browser.screenshot("microscope-heavy-1280x900");

        List<?> result = (List<?>) browser.script("const w = window.__watch; w.on = false;"
                + "const max = (a) => a.reduce((m, x) => Math.max(m, x), 0);"
                + "const sorted = w.frames.slice().sort((a, b) => a - b);"
                + "return [w.tasks.length, max(w.tasks), w.frames.length, max(w.frames),"
                + " sorted.length ? sorted[Math.floor(0.95 * (sorted.length - 1))] : 0,"
                + " performance.now() - w.start, JSON.stringify(w.tasks.map(Math.round))];");
        double longTasks = Lab.number(result.get(0));
        double maxTask = Lab.number(result.get(1));
        System.out.printf("MicroscopeLongTaskIT: %.0f long tasks, longest %.1f ms; %.0f frames, longest %.1f ms,"
                + " p95 %.1f ms; %.0f ms in all; tasks %s%n", longTasks, maxTask, Lab.number(result.get(2)),
                Lab.number(result.get(3)), Lab.number(result.get(4)), Lab.number(result.get(5)), result.get(6));
        String text = (String) browser.script("return document.querySelector(arguments[0]).innerText;", PANEL);
        assertAll(
                () -> assertTrue(maxTask <= LONG_TASK_MS, "a main-thread task took " + maxTask + " ms: " + result.get(6)),
                () -> assertTrue(text.contains("Two weights"), "the map's section is not shown"),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }
}
