package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stability meter under the α slider on the real page: on the default lab its limit lies beyond the slider
 * and the sentence says so without a mark; on sine the mark sits where the measured limit is; Adam shows no mark
 * and says there is no single limit. Prints the meter's cost per frame while the lab plays (default lab and six
 * hidden layers of 16). Screenshots rate-meter-* at 1280×800 and 390×844.
 */
@ExtendWith(BrowserExtension.class)
class RateMeterIT {
    private static String meterText(Browser browser) {
        return Lab.string(browser, "BackpropLab.main.rateMeterText()");
    }

    private static void waitMeasured(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                d -> !meterText(browser).startsWith("Measuring"));
    }

    private static boolean markShown(Browser browser) {
        return (Boolean) browser.script("return !document.querySelector('#lab [data-role=\"lr-limit\"]').hidden;");
    }

    private static double[] playAndMeasure(Browser browser) {
        Lab.click(browser, "play");
        Lab.frames(browser, 180);
        Lab.click(browser, "play");
        return new double[] {Lab.number(browser, "BackpropLab.main.rateMeterFrameMs(false)"),
            Lab.number(browser, "BackpropLab.main.rateMeterFrameMs(true)")};
    }

    @Test
    void theMeterShowsTheMeasuredLimit(Browser browser) {
        browser.emulateScreen(1280, 800, 1);
        Lab.open(browser, Lab.url("/index.html"));
        waitMeasured(browser);
        String text = meterText(browser);
        assertTrue(text.startsWith("Stable up to α ≈ ") && text.contains("beyond this slider"), text);
        assertFalse(markShown(browser), "no mark beyond the slider");
        double limit = Lab.number(browser, "BackpropLab.main.stableRate()");
        assertTrue(limit > 10, "limit " + limit);
        browser.screenshot("rate-meter-default-1280x800");
        double[] defaultCost = playAndMeasure(browser);

        Lab.open(browser, Lab.url("/index.html#data=sine&batch=0"));
        waitMeasured(browser);
        assertTrue(markShown(browser), meterText(browser));
        double sineLimit = Lab.number(browser, "BackpropLab.main.stableRate()");
        double left = Lab.number(browser, "parseFloat(document.querySelector('#lab [data-role=\"lr-limit\"]').style.left)");
        // the slider is log10 α from −5 to 1
        assertEquals((Math.log10(sineLimit) + 5) / 6 * 100, left, 0.5, "mark at the limit " + sineLimit);
        assertTrue(meterText(browser).startsWith("The mark is the stable limit"), meterText(browser));
        browser.screenshot("rate-meter-sine-1280x800");
        browser.emulateScreen(390, 844, 1);
        browser.script("document.querySelector('#lab [data-role=\"lr-slider\"]').scrollIntoView({block: 'center'});");
        browser.screenshot("rate-meter-sine-390x844");

        browser.emulateScreen(1280, 800, 1);
        Lab.open(browser, Lab.url("/index.html#data=sine&opt=adam"));
        Lab.frames(browser, 5);
        assertTrue(meterText(browser).contains("no single limit"), meterText(browser));
        assertFalse(markShown(browser));

        Lab.open(browser, Lab.url("/index.html#data=spiral&hidden=16,16,16,16,16,16"));
        Lab.frames(browser, 5);
        double[] bigCost = playAndMeasure(browser);
        System.out.printf("rate meter cost per frame while playing: default lab mean %.3f ms (max %.3f ms); "
                + "6x16 mean %.3f ms (max %.3f ms)%n", defaultCost[0], defaultCost[1], bigCost[0], bigCost[1]);
        Lab.assertNoConsoleErrors(browser);
    }
}
