package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guided lessons on a 390×844 phone, where the lesson card is pinned to the bottom of the screen: for every
 * lesson the outlined part is on the screen and above the card, not under it; the card folds to one line and
 * unfolds again. Screenshots under target/screenshots (lessons-phone-*).
 */
@ExtendWith(BrowserExtension.class)
class LessonsPhoneIT {
    private static final String CARD = "document.querySelector('#lab [data-role=\"lesson-card\"]')";

    /**
     * Where each outlined part lies against the screen and the card, as text; empty when all is in view. A pixel
     * of slack: scrollIntoView leaves a part's top at a fraction of a pixel above 0.
     */
    private static final String PLACEMENT = "const card = " + CARD + ".getBoundingClientRect();"
            + "const parts = Array.from(document.querySelectorAll('#lab .bls-highlight'));"
            + "if (!parts.length) return ['nothing is outlined'];"
            + "return parts.map((el) => { const r = el.getBoundingClientRect();"
            + "  const name = (el.getAttribute('data-role') || el.className).trim();"
            + "  if (r.top < -1 || r.bottom > window.innerHeight + 1) return name + ' is off the screen: ' + Math.round(r.top)"
            + "      + '…' + Math.round(r.bottom) + ' px in a ' + window.innerHeight + ' px screen';"
            + "  if (r.bottom > card.top + 1 && r.top < card.bottom) return name + ' is under the card: it ends at '"
            + "      + Math.round(r.bottom) + ' px, the card starts at ' + Math.round(card.top) + ' px';"
            + "  return ''; }).filter((p) => p);";

    @Test
    void everyOutlinedPartIsOnScreenAboveTheCardAndTheCardFolds(Browser browser) {
        try {
            browser.emulateScreen(390, 844, 2);
            browser.open("about:blank");
            Lab.open(browser, Lab.url("/index.html"));
            Lab.click(browser, "lessons-button");
            List<String> problems = new ArrayList<>();
            int lessons = 0;
            while (true) {
                lessons++;
                browser.waitFor("return " + CARD + ".dataset.lesson && document.querySelector('#lab [data-role="
                        + "\"lesson-count\"]').textContent.startsWith('Lesson " + lessons + " ');");
                Lab.waitForMicroscope(browser); // a lesson that opens it waits for its bundle, as a student does
                Lab.frames(browser, 4);
                String lesson = (String) browser.script("return " + CARD + ".dataset.lesson;");
                browser.screenshot("lessons-phone-" + lessons + "-" + lesson);
                for (Object problem : (List<?>) browser.script(PLACEMENT)) {
                    problems.add("lesson " + lessons + " (" + lesson + "): " + problem);
                }
                boolean last = (Boolean) browser.script(
                        "return document.querySelector('#lab [data-role=\"lesson-next\"]').disabled;");
                if (last) {
                    break;
                }
                Lab.click(browser, "lesson-next");
            }
            double open = Lab.number(browser, CARD + ".getBoundingClientRect().height");
            Lab.click(browser, "lesson-collapse");
            double folded = Lab.number(browser, CARD + ".getBoundingClientRect().height");
            String foldedLabel = Lab.string(browser,
                    "document.querySelector('#lab [data-role=\"lesson-collapse\"]').getAttribute('aria-expanded')");
            browser.screenshot("lessons-phone-folded");
            Lab.click(browser, "lesson-collapse");
            double unfolded = Lab.number(browser, CARD + ".getBoundingClientRect().height");
            int count = lessons;
            assertAll(
                    () -> assertEquals(7, count, "lessons walked"),
                    () -> assertEquals(List.of(), problems),
                    // one line: the title's 28 px line, the card's padding and border, no second line
                    () -> assertTrue(folded <= 64, "the folded card is " + folded + " px tall, more than one line"),
                    () -> assertEquals("false", foldedLabel, "the fold button does not say the card is folded"),
                    () -> assertEquals(open, unfolded, 1, "the card does not unfold to its size"),
                    () -> assertTrue(open > 2 * folded, "the card was not folded: " + open + " → " + folded),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }
}
