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
 * no main-thread task may exceed {@value LongTasks#LONG_TASK_MS} ms. The longest task and frame are printed.
 */
@ExtendWith(BrowserExtension.class)
class MicroscopeLongTaskIT {
    private static final String HEAVY = "/index.html#data=spiral&points=2000&hidden=16,16,16,16,16,16&batch=0&seed=1";
    /** The network of {@link #HEAVY}: 2 inputs, six hidden layers of 16, one output (activations do not matter here). */
    private static final Shape SHAPE = Shape.of(new int[] {2, 16, 16, 16, 16, 16, 16, 1}, Activation.TANH,
            Activation.SIGMOID);
    private static final String PANEL = "[data-role='microscope']";

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
        LongTasks.watch(browser);
        double from = Lab.number(browser, "performance.now()");

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

        List<Double> stamps = LongTasks.frameStamps(browser);
        List<LongTasks.Task> tasks = LongTasks.take(browser);
        List<Double> frames = new java.util.ArrayList<>();
        for (int k = 1; k < stamps.size(); k++) {
            frames.add(stamps.get(k) - stamps.get(k - 1));
        }
        double maxTask = LongTasks.longest(tasks);
        System.out.printf("MicroscopeLongTaskIT: %d long tasks, longest %.1f ms; %d frames, longest %.1f ms,"
                + " p95 %.1f ms; %.0f ms in all; tasks %s [load per core %.1f]%n", tasks.size(), maxTask, frames.size(),
                frames.isEmpty() ? 0 : java.util.Collections.max(frames), LongTasks.percentile(frames, 95),
                Lab.number(browser, "performance.now()") - from, tasks, LongTasks.loadPerCore());
        String text = (String) browser.script("return document.querySelector(arguments[0]).innerText;", PANEL);
        assertAll(
                () -> assertTrue(maxTask <= LongTasks.LONG_TASK_MS, "a main-thread task took " + maxTask + " ms: " + tasks),
                () -> assertTrue(text.contains("Two weights"), "the map's section is not shown"),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }
}
