package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The race beside the stable limit, on the real page: on the gauss set α = 10 starts above the limit yet J settles,
 * the lane says the sharpness fell and the page's own measurements show it did; new rates clear the old race, rates
 * read in three digits inside their fields, the "Press Start" note is not the error colour; and where no lane can
 * diverge the page says why and what to change, and doing it gives a diverging lane. Screenshots of the race with
 * its sharpness chart at 1280×800 and 390×844.
 */
@ExtendWith(BrowserExtension.class)
class RaceSharpnessIT {
    private static final Duration LONG = Duration.ofMinutes(4);

    private static void waitLong(Browser browser, String script) {
        new WebDriverWait(browser.driver(), LONG).withMessage(() -> "waiting for: " + script)
                .until(d -> Boolean.TRUE.equals(browser.script(script)));
    }

    private static void typeRate(Browser browser, int lane, String text) {
        WebElement field = Lab.pageRole(browser, "race-rate-" + lane);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    private static String text(Browser browser, String role) {
        return (String) browser.script("return document.querySelector('[data-role=\"" + role + "\"]').textContent;");
    }

    private static void openRateLab(Browser browser, String hash) {
        Lab.open(browser, Lab.url("/index.html" + hash));
        Lab.pageRole(browser, "lrlab-open").click();
        browser.waitFor("return BackpropLab.main.rateLabOpen();");
    }

    private static void fillIn(Browser browser) {
        Lab.pageRole(browser, "race-presets").click();
        waitLong(browser, "return document.querySelector('[data-role=\"race-note\"]').textContent.endsWith('Press Start.');");
    }

    @Test
    void aRunAboveTheLimitThatSettlesSaysTheSharpnessFell(Browser browser) {
        try {
            for (int phone = 0; phone < 2; phone++) {
                browser.emulateScreen(phone == 1 ? 390 : 1280, phone == 1 ? 844 : 800, 1);
                openRateLab(browser, "#data=gauss");
                typeRate(browser, 0, "10");
                typeRate(browser, 1, "0.3");
                typeRate(browser, 2, "");
                typeRate(browser, 3, "");
                Lab.pageRole(browser, "race-start").click();
                waitLong(browser, "return BackpropLab.main.raceOver();");
                Lab.frames(browser, 3);
                String note = text(browser, "race-limit-note-0");
                double atStart = Lab.number(browser, "BackpropLab.main.raceSharpness(0, false)");
                double atEnd = Lab.number(browser, "BackpropLab.main.raceSharpness(0, true)");
                System.out.println("gauss α = 10: λ_max " + atStart + " → " + atEnd + "; " + note);
                assertEquals("converging", browser.script("return BackpropLab.main.raceVerdict(0);"));
                assertTrue(note.startsWith("α = 10 is above the stable limit at the start"), note);
                assertTrue(note.contains("yet J settles: the sharpness λ_max fell from"), note);
                assertTrue(2 / atStart < 10 && atEnd < atStart && 2 / atEnd > 10,
                        "λ_max " + atStart + " → " + atEnd + ": above the limit at the start, below at the end");
                List<?> pixels = (List<?>) browser.script("""
                        const canvas = document.querySelector('[data-role="race-sharpness-canvas"]');
                        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                        let blue = 0;
                        for (let p = 0; p < data.length; p += 4) {
                          if (data[p + 3] > 200 && Math.abs(data[p] - 0) < 30 && Math.abs(data[p + 1] - 0x72) < 30
                              && Math.abs(data[p + 2] - 0xb2) < 30) blue++;
                        }
                        return [blue, canvas.clientHeight];
                        """);
                assertTrue(((Number) pixels.get(0)).longValue() > 50, "lane 0's limit is drawn: " + pixels);
                assertTrue(((Number) pixels.get(1)).longValue() >= 120, "the sharpness chart is readable: " + pixels);
                Lab.pageRole(browser, "race-sharpness-canvas").getLocation();
                browser.script("document.querySelector('[data-role=\"race-sharpness-canvas\"]').scrollIntoView({block: 'center'});");
                browser.screenshot("lrlab-race-sharpness-" + (phone == 1 ? "390x844" : "1280x800"));
            }

            // new rates clear the race; three digits, inside the field; a neutral note
            fillIn(browser);
            assertEquals(0L, ((Number) browser.script("return BackpropLab.main.raceRunCount();")).longValue());
            assertEquals(Boolean.TRUE, browser.script("return [...document.querySelectorAll('.bll-badge')]"
                    + ".every(b => b.hidden || b.offsetParent === null);"), "no stale verdict");
            assertEquals("", text(browser, "race-limit-note-0"));
            for (int lane = 0; lane < 4; lane++) {
                String value = (String) browser.script("return document.querySelector('[data-role=\"race-rate-" + lane
                        + "\"]').value;");
                String digits = value.replaceAll("e.*", "").replace(".", "").replaceAll("^0+", "");
                assertTrue(digits.length() <= 3, "lane " + lane + " in three digits: " + value);
                assertEquals(Boolean.TRUE, browser.script("const f = document.querySelector('[data-role=\"race-rate-"
                        + lane + "\"]'); return f.scrollWidth <= f.clientWidth;"), "lane " + lane + " not clipped");
            }
            Object noteColor = browser.script("return getComputedStyle(document.querySelector("
                    + "'[data-role=\"race-note\"]')).color;");
            Object errorColor = browser.script("return getComputedStyle(document.querySelector('.bll-message'))"
                    + ".getPropertyValue('color');");
            assertNotEquals(errorColor, noteColor, "the Press Start note is not the error colour");
            Lab.assertNoConsoleErrors(browser);
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void whereNoLaneCanDivergeThePageSaysWhyAndTheAdviceWorks(Browser browser) {
        browser.emulateScreen(1280, 800, 1);
        List<String> report = new ArrayList<>();
        try {
            for (String data : new String[] {"circle", "xor", "gauss", "gauss3", "spiral", "moons", "rule"}) {
                openRateLab(browser, "#data=" + data);
                fillIn(browser);
                String before = text(browser, "race-note");
                assertEquals("", browser.script("return document.querySelector('[data-role=\"race-rate-3\"]').value;"),
                        data + ": no diverging lane with mean squared error");
                assertTrue(before.contains("With mean squared error on a") && before.contains("J cannot blow up"), before);
                assertTrue(before.contains("choose cross-entropy as the cost and leaky ReLU as the hidden activation"),
                        before);

                // do what it says, with the lab's own controls
                Select loss = new Select(Lab.pageRole(browser, "loss"));
                loss.selectByValue("gauss3".equals(data) ? "cross_entropy" : "binary_cross_entropy");
                new Select(Lab.pageRole(browser, "activation")).selectByValue("leaky_relu");
                browser.waitFor("return BackpropLab.main.state().includes('leaky_relu');");
                fillIn(browser);
                String after = text(browser, "race-note");
                String diverging = (String) browser.script(
                        "return document.querySelector('[data-role=\"race-rate-3\"]').value;");
                report.add(data + ": diverging α " + (diverging.isEmpty() ? "none" : diverging) + " | " + after);
                if ("gauss".equals(data)) {
                    // two well separated clusters settle at every α up to 10: the page says so, and advises nothing
                    assertTrue(diverging.isEmpty(), after);
                    assertTrue(after.contains("No α in this range is diverging here"), after);
                    assertFalse(after.contains("To see a run diverge"), after);
                    continue;
                }
                assertFalse(diverging.isEmpty(), data + ": a diverging lane after the advice: " + after);
                Lab.pageRole(browser, "race-start").click();
                waitLong(browser, "return BackpropLab.main.raceOver();");
                int last = ((Number) browser.script("return BackpropLab.main.raceRunCount();")).intValue() - 1;
                assertEquals("diverged", browser.script("return BackpropLab.main.raceExpected(" + last + ");"));
                assertEquals("diverged", browser.script("return BackpropLab.main.raceVerdict(" + last + ");"), data);
                if ("circle".equals(data)) {
                    browser.screenshot("lrlab-race-diverging-circle-1280x800");
                }
            }
        } finally {
            System.out.println(String.join("\n", report));
            browser.resetScreen();
        }
        Lab.assertNoConsoleErrors(browser);
    }
}
