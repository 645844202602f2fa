package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The α lab on the heaviest setting (2,000 points, six hidden layers of 16, full batch) never holds the main
 * thread for more than 50 ms: a PerformanceObserver of long tasks (buffered) watches while the finder sweeps a few
 * rates, while the fill-in measures the stable limit and races its ladder, and while four lanes race with the
 * sharpness measured along them. The longest task of each is printed.
 */
@ExtendWith(BrowserExtension.class)
class RateLabLongTaskIT {
    private static final String HEAVY = "#data=spiral&points=2000&hidden=16,16,16,16,16,16&batch=0";
    private static final double LONG_TASK_MS = LongTasks.LONG_TASK_MS;

    /** Starts recording long tasks from now on (entries before this moment are left out). */
    private static void watch(Browser browser) {
        LongTasks.watch(browser);
    }

    /** The long tasks since {@link #watch}, after a few frames for the observer. */
    private static List<LongTasks.Task> tasks(Browser browser) {
        return LongTasks.take(browser);
    }

    private static void waitFor(Browser browser, Duration time, String script) {
        new WebDriverWait(browser.driver(), time).withMessage(() -> "waiting for: " + script)
                .until(d -> Boolean.TRUE.equals(browser.script(script)));
    }

    @Test
    void theFinderTheFillInAndTheRaceStayUnder50MsATask(Browser browser) throws InterruptedException {
        browser.emulateScreen(1280, 800, 1);
        try {
            Lab.open(browser, Lab.url("/index.html" + HEAVY));
            Lab.pageRole(browser, "lrlab-open").click();
            browser.waitFor("return BackpropLab.main.rateLabOpen();");
            Lab.frames(browser, 5);
            List<String> report = new ArrayList<>();
            // for comparison: the open α lab doing nothing (on a loaded machine a task's wall time grows)
            watch(browser);
            Thread.sleep(3000);
            report.add("idle α lab: longest task " + LongTasks.longest(tasks(browser)) + " ms");

            // the finder: a few rates of its sweep, then Cancel
            Lab.pageRole(browser, "lrlab-tab-finder").click();
            watch(browser);
            Lab.pageRole(browser, "finder-start").click();
            waitFor(browser, Duration.ofMinutes(3), "return /^([3-9]|[1-9][0-9]) of/.test("
                    + "document.querySelector('.bll-progress-text').textContent);");
            Lab.pageRole(browser, "finder-start").click();
            browser.waitFor("return BackpropLab.main.finderDone();");
            List<LongTasks.Task> finderTasks = tasks(browser);
            double finder = LongTasks.longest(finderTasks);
            report.add("finder (3 rates of 50 steps): longest task " + finder + " ms " + finderTasks);

            // the fill-in: the stable limit (Hessian-vector products), then the ladder's first runs
            Lab.pageRole(browser, "lrlab-tab-race").click();
            watch(browser);
            Lab.pageRole(browser, "race-presets").click();
            waitFor(browser, Duration.ofMinutes(3), "return / [1-9][0-9]? %$/.test("
                    + "document.querySelector('[data-role=\"race-note\"]').textContent);");
            Thread.sleep(5000);
            double fill = LongTasks.longest(tasks(browser));
            String note = (String) browser.script("return document.querySelector('[data-role=\"race-note\"]').textContent;");
            report.add("fill-in (limit, then ladder; at \"" + note.substring(note.lastIndexOf('…') + 1).trim()
                    + "\"): longest task " + fill + " ms");

            // four lanes racing with the sharpness along them (Start stops the fill-in's measuring)
            for (int lane = 0; lane < 4; lane++) {
                org.openqa.selenium.WebElement field = Lab.pageRole(browser, "race-rate-" + lane);
                field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                        new String[] {"0.01", "0.1", "1", "5"}[lane], org.openqa.selenium.Keys.TAB);
            }
            watch(browser);
            Lab.pageRole(browser, "race-start").click();
            waitFor(browser, Duration.ofMinutes(2), "return BackpropLab.main.raceCostCount(0) > 40;");
            List<LongTasks.Task> raceTasks = tasks(browser);
            double race = LongTasks.longest(raceTasks);
            report.add("  the race's long tasks: " + raceTasks);
            report.add("race of 4 lanes with sharpness (" + browser.script("return BackpropLab.main.raceCostCount(0);")
                    + " points so far): longest task " + race + " ms");
            browser.screenshot("lrlab-heavy-race-1280x800");
            System.out.println(String.join("\n", report));
            assertTrue(finder <= LONG_TASK_MS, report.toString());
            assertTrue(fill <= LONG_TASK_MS, report.toString());
            assertTrue(race <= LONG_TASK_MS, report.toString());
            Lab.assertNoConsoleErrors(browser);
        } finally {
            browser.resetScreen();
        }
    }
}
