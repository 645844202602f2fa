package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.state.LabSession;
import org.backproplab.state.course.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The guided lessons clicked through on the real page as a learner would: each lesson opens its own lab with
 * the seed's weights (the same numbers as the JVM's {@link LabSession}), whatever the previous lesson did to
 * the network, a link with only {@code lesson=<id>} opens that lesson's whole lab, and each "Try it" is
 * performed and its claim checked. Screenshots of each lesson at 1280×800 and 390×844 (lessons-*).
 */
@ExtendWith(BrowserExtension.class)
class LessonsIT {
    private static double[] seedWeights(int lesson) {
        return new LabSession(Lessons.opening(Lessons.get(lesson))).network().parameters();
    }

    private static double cost(Browser browser) {
        return Lab.number(browser, "BackpropLab.main.cost()");
    }

    private static void step(Browser browser, int times) {
        for (int k = 0; k < times; k++) {
            Lab.click(browser, "step");
        }
        Lab.frames(browser, 2);
    }

    private static void waitForLesson(Browser browser, String id) {
        browser.waitFor("return document.querySelector('#lab [data-role=\"lesson-card\"]').dataset.lesson === '"
                + id + "' && !document.querySelector('#lab [data-role=\"lesson-card\"]').hidden;");
        Lab.frames(browser, 2);
    }

    @Test
    void aLinkWithOnlyTheLessonOpensItsWholeLab(Browser browser) {
        browser.emulateScreen(1280, 800, 1);
        Lab.open(browser, Lab.url("/index.html#lesson=alpha-too-small"));
        waitForLesson(browser, "alpha-too-small");
        assertEquals(0.001, Lab.number(browser, "BackpropLab.main.learningRate()"), 0.0);
        String state = Lab.string(browser, "BackpropLab.main.state()");
        assertTrue(state.contains("data=linear") && state.contains("hidden=2"), state);
        assertArrayEquals(seedWeights(Lessons.indexOf("alpha-too-small")), Lab.parameters(browser), 1e-12);
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void eachLessonOwnsItsLabAndDoesWhatItSays(Browser browser) {
        for (int[] screen : new int[][] {{1280, 800}, {390, 844}}) {
            browser.emulateScreen(screen[0], screen[1], 1);
            Lab.open(browser, Lab.url("/index.html#data=spiral&lr=3"));
            Lab.click(browser, "lessons-button");
            boolean wide = screen[0] > 1000;
            for (int i = 0; i < Lessons.count(); i++) {
                String id = Lessons.get(i).id();
                waitForLesson(browser, id);
                String where = id + " at " + screen[0] + "px";
                assertTrue(Lab.string(browser, "BackpropLab.main.state()").endsWith("lesson=" + id), where);
                assertEquals(Lessons.get(i).state().learningRate(),
                        Lab.number(browser, "BackpropLab.main.learningRate()"), 0.0, where);
                assertEquals(0, Lab.number(browser, "BackpropLab.main.iteration()"), 0.0, where);
                assertArrayEquals(seedWeights(i), Lab.parameters(browser), 1e-12, where + ": weights from the seed");
                browser.screenshot("lessons-" + (wide ? "wide" : "phone") + "-" + (i + 1) + "-" + id);
                if (wide) {
                    tryIt(browser, id);
                } else {
                    Lab.click(browser, "step");
                    Lab.click(browser, "step");
                }
                if (i + 1 < Lessons.count()) {
                    Lab.click(browser, "lesson-next");
                }
            }
            // Back from the last lesson: the α = 3 lesson starts again from its seed's weights
            Lab.click(browser, "lesson-back");
            waitForLesson(browser, "alpha-too-large");
            assertArrayEquals(seedWeights(Lessons.indexOf("alpha-too-large")), Lab.parameters(browser), 1e-12);
        }
        Lab.assertNoConsoleErrors(browser);
    }

    /** Performs the lesson's "Try it" and checks what its words promise. */
    private static void tryIt(Browser browser, String id) {
        switch (id) {
            case "cost": {
                step(browser, 2);
                assertEquals(2, Lab.number(browser, "BackpropLab.main.phase()"), 0.0, "Step twice reaches phase 2");
                break;
            }
            case "backpropagation": {
                double[] before = Lab.parameters(browser);
                step(browser, 3);
                assertEquals(3, Lab.number(browser, "BackpropLab.main.phase()"), 0.0, "phase 3");
                assertArrayEquals(before, Lab.parameters(browser), 0.0, "backpropagation changes no weight");
                break;
            }
            case "gradient-descent": {
                double before = cost(browser);
                step(browser, 4);
                assertEquals(4, Lab.number(browser, "BackpropLab.main.phase()"), 0.0, "phase 4");
                // phase 4 shows the old and the new J of the batch (here the full training set)
                String caption = Lab.text(browser, "phase-values");
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("J of this batch: ([0-9.e−-]+) → ([0-9.e−-]+) \\(lower\\)").matcher(caption);
                assertTrue(m.find(), caption);
                double old = Double.parseDouble(m.group(1).replace('−', '-'));
                double now = Double.parseDouble(m.group(2).replace('−', '-'));
                assertEquals(before, old, 1e-3 * before, caption);
                assertTrue(now < old, caption);
                break;
            }
            case "alpha-too-small": {
                double start = cost(browser);
                step(browser, 10);
                double afterTen = cost(browser);
                assertTrue(afterTen < start && afterTen > 0.95 * start, "ten steps barely move J: " + start + " -> "
                        + afterTen);
                Lab.type(browser, "lr", "0.1", Keys.TAB);
                assertEquals(0.1, Lab.number(browser, "BackpropLab.main.learningRate()"), 0.0);
                step(browser, 1);
                assertTrue(afterTen - cost(browser) > 5 * (start - afterTen),
                        "one step at α = 0.1 goes further than ten at 0.001: " + start + ", " + afterTen + ", "
                                + cost(browser));
                break;
            }
            case "alpha-too-large": {
                double previous = cost(browser);
                for (int k = 1; k <= 3; k++) {
                    step(browser, 1);
                    double now = cost(browser);
                    assertTrue(now > previous, "step " + k + " lands higher: " + previous + " -> " + now);
                    previous = now;
                }
                assertTrue(!Lab.string(browser, "BackpropLab.main.state()").contains("&w1=-1&"),
                        "the lesson selects a weight, which opens its slice");
                break;
            }
            case "repeat": {
                double start = cost(browser);
                Lab.click(browser, "play");
                browser.waitFor("return BackpropLab.main.iteration() >= 300;");
                Lab.click(browser, "play");
                assertTrue(cost(browser) < 0.1 * start, "α = 0.1 settles: " + start + " -> " + cost(browser));
                break;
            }
            default:
                break;
        }
    }
}
