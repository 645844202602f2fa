package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fast frame: the frame loop times itself and marks the first frame; the largest network
 * (6 × 16 hidden neurons) shows a complete decision boundary from its first frame, keeps updating it while
 * training (a band of rows per frame) and catches up with the weights once paused. Timings are read, never
 * compared with a limit (bench/AppBenchIT prints them).
 */
@ExtendWith(BrowserExtension.class)
class FrameIT {
    private static final String LARGEST = "/index.html#data=spiral&hidden=16,16,16,16,16,16";

    /** Opens the lab at {@code path} (see {@link Lab}) and waits for its first frame. */
    private static void openLab(Browser browser, String path) {
        Lab.open(browser, Lab.url(path));
        browser.waitFor("return BackpropLab.main.firstFrameMillis() > 0;");
    }

    private static double number(Browser browser, String expression) {
        return Lab.number(browser, expression);
    }

    @Test
    void framesAreTimedAndTheFirstIsMarked(Browser browser) {
        openLab(browser, "/index.html");
        browser.waitFor("return BackpropLab.main.frameCount() >= 20;");
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) browser.script("return BackpropLab.main.frameTimes(10);");
        double first = number(browser, "BackpropLab.main.firstFrameMillis()");
        assertAll(
                () -> assertEquals(10, times.size()),
                () -> assertTrue(times.stream().allMatch(t -> t.doubleValue() >= 0 && Double.isFinite(t.doubleValue())),
                        "frame times " + times),
                () -> assertTrue(Double.isFinite(first) && first > 0, "first frame at " + first),
                () -> assertEquals(first, number(browser,
                        "performance.getEntriesByName('backprop-lab-first-frame')[0].startTime"), 1.0,
                        "the performance mark is the first frame"),
                () -> assertEquals(1, number(browser, "performance.getEntriesByName('backprop-lab-first-frame').length")),
                () -> assertEquals(0, number(browser, "BackpropLab.main.frameTimes(-5).length")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theLargestNetworksBoundaryIsCompleteFromTheStartFollowsTrainingAndCatchesUp(Browser browser) {
        openLab(browser, LARGEST);
        assertEquals("2-16-16-16-16-16-16-1", browser.script(
                "return document.querySelector('#lab canvas[data-layers]').getAttribute('data-layers');"));
        assertTrue(number(browser, "BackpropLab.main.boundaryPictures()") >= 1, "a picture in the first frame");
        assertTrue((Boolean) browser.script("return BackpropLab.main.boundaryCurrent();"),
                "the first picture shows the starting weights");

        Lab.click(browser, "play");
        double pictures = number(browser, "BackpropLab.main.boundaryPictures()");
        browser.waitFor("return BackpropLab.main.boundaryPictures() >= " + (pictures + 3)
                + " && BackpropLab.main.iteration() >= 50;");
        browser.screenshot("frame-largest-1280x900");
        Lab.click(browser, "play");
        assertFalse((Boolean) browser.script("return BackpropLab.main.playing();"));
        browser.waitFor("return BackpropLab.main.boundaryCurrent();");

        // one step while paused: the picture catches up with it too
        browser.script("BackpropLab.main.step(1);");
        browser.waitFor("return BackpropLab.main.boundaryCurrent();");
        assertTrue(number(browser, "BackpropLab.main.frameCount()") > 0);
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void theLargestNetworkFitsTheScreenAndShowsNoBrokenNumbers(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openLab(browser, LARGEST);
            Lab.click(browser, "play");
            browser.waitFor("return BackpropLab.main.iteration() >= 100;");
            browser.screenshot("frame-largest-1280x800");
            String text = (String) browser.script("return document.body.innerText;");
            assertAll(
                    () -> assertTrue(number(browser, "document.documentElement.scrollHeight")
                            <= number(browser, "window.innerHeight"), "the page scrolls at 1280×800"),
                    () -> assertFalse(text.contains("NaN") || text.contains("Infinity"), text));
            browser.emulateScreen(390, 844, 1);
            browser.waitFor("return BackpropLab.main.iteration() >= 200;");
            browser.screenshot("frame-largest-390x844");
            browser.script("document.querySelector('#lab .bl-network-panel').scrollIntoView();");
            browser.waitFor("return BackpropLab.main.iteration() >= 250;");
            browser.screenshot("frame-largest-390x844-network");
            Lab.assertNoConsoleErrors(browser);
        } finally {
            browser.resetScreen();
        }
    }
}
