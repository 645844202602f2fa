package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The layout holds at every size a course page or a phone gives it: screens 1280×800, 1024×768 and 390×844,
 * and iframes of 480×320, 720×420 and 900×600, each with a set of views and controls, the stepper and the
 * microscope open or closed. Geometry comes from the DOM (src/test/resources/e2e/layout-check.js): no two
 * visible controls overlap, no visible text is cut off its box, the network drawing and the cost chart are
 * at least {@value #MIN_CANVAS_HEIGHT} px tall, nothing scrolls sideways. Every case is screenshotted.
 */
@ExtendWith(BrowserExtension.class)
class LayoutGridIT {
    static final int MIN_CANVAS_HEIGHT = 120;

    private record Size(int width, int height) {
        String label() {
            return width + "x" + height;
        }
    }

    private record Setup(String name, String query, String action) {
    }

    private static final List<Size> SCREENS = List.of(new Size(1280, 800), new Size(1024, 768), new Size(390, 844));
    private static final List<Size> FRAMES = List.of(new Size(480, 320), new Size(720, 420), new Size(900, 600));

    private static final String OPEN_MICROSCOPE = "document.querySelector('[data-role=microscope-open]').click();";
    private static final String OPEN_STEPPER = "document.querySelector('[data-role=phase-next]').click();";

    /** The whole lab, as a student opens it. */
    private static final List<Setup> PAGES = List.of(
            new Setup("lab", "", ""),
            new Setup("lab-stepper", "", OPEN_STEPPER),
            new Setup("lab-microscope", "", OPEN_MICROSCOPE));

    /** Embedded labs with the views and controls a course page picks. */
    private static final List<Setup> EMBEDS = List.of(
            new Setup("embed-default", "embed=1", ""),
            new Setup("embed-network-cost", "embed=1&views=network,cost&controls=play,step,lr", ""),
            new Setup("embed-phases", "embed=1&views=network,cost&controls=play,step,lr,phases,microscope", OPEN_STEPPER),
            new Setup("embed-microscope", "embed=1&views=network,cost&controls=play,step,lr,phases,microscope",
                    OPEN_MICROSCOPE),
            new Setup("embed-all-views", "embed=1&views=network,output,cost&controls=play,step,reset,phases", ""),
            new Setup("embed-all-controls", "embed=1&controls=all", ""));

    @Test
    void nothingOverlapsIsClippedOrCollapsesAtAnySize(Browser browser) throws IOException {
        String check = script();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try {
            for (Size size : SCREENS) {
                for (Setup setup : PAGES) {
                    cases++;
                    failures.addAll(check(browser, check, size, setup));
                }
            }
            for (Size size : FRAMES) {
                for (Setup setup : EMBEDS) {
                    cases++;
                    failures.addAll(check(browser, check, size, setup));
                }
            }
        } finally {
            browser.resetScreen();
        }
        System.out.println("LayoutGridIT: " + cases + " cases, " + failures.size() + " problems");
        assertEquals(List.of(), failures);
    }

    /**
     * On a 1280×800 screen the microscope reads in the order things happen (the weight, backpropagation's chain
     * rule, gradient descent's update, the slice, then the map) with no scroll box of its own, and choosing a
     * second weight scrolls its map into view.
     */
    @Test
    void microscopeReadsInOrderWithoutAnInnerScrollBoxAndShowsTheMapOfASecondWeight(Browser browser) {
        microscopeWithoutAnInnerScrollBox(browser, new Size(1280, 800));
    }

    /** Issue 16 at 1024×768, where the page itself scrolls: no scroll box inside it either. */
    @Test
    void microscopeHasNoInnerScrollBoxAt1024x768(Browser browser) {
        microscopeWithoutAnInnerScrollBox(browser, new Size(1024, 768));
    }

    private static void microscopeWithoutAnInnerScrollBox(Browser browser, Size size) {
        try {
            browser.emulateScreen(size.width(), size.height(), 1);
            browser.open("about:blank");
            Lab.open(browser, Lab.url("/index.html#data=xor"));
            browser.script(OPEN_MICROSCOPE);
            Lab.frames(browser, 3);
            Object order = browser.script("const top = (el) => el.getBoundingClientRect().top;"
                    + "const body = document.querySelector('.blm-body');"
                    + "const heading = (start) => Array.from(body.querySelectorAll('.blm-heading'))"
                    + "  .find((h) => h.textContent.startsWith(start));"
                    + "return [top(body.querySelector('.blm-pickers')), top(heading('Backpropagation')),"
                    + "  top(heading('Gradient descent')), top(heading('The cost J along')),"
                    + "  top(heading('Two weights'))];");
            browser.script("const pickers = document.querySelectorAll('.blm-panel .blm-select');"
                    + "pickers[1].value = pickers[1].options[pickers[1].options.length - 1].value;"
                    + "pickers[1].dispatchEvent(new Event('change', {bubbles: true}));");
            // the map is measured over a few frames; once it is complete it is in view
            browser.waitFor("return document.querySelector('[data-role=microscope]').getAttribute('data-measuring')"
                    + " === 'false';");
            Lab.frames(browser, 2);
            browser.screenshot("layout-lab-microscope-map-" + size.label());
            Object scrollBox = browser.script("const body = document.querySelector('.blm-body');"
                    + "return [body.scrollHeight, body.clientHeight];");
            Object map = browser.script("const r = document.querySelector('.blm-map-stage').getBoundingClientRect();"
                    + "return [r.top, r.bottom, window.innerHeight];");
            List<?> tops = (List<?>) order;
            // The map's heading is hidden until a second weight is chosen: its top reads 0 then, so leave it out.
            for (int i = 1; i < 4; i++) {
                assertTrue(Lab.number(tops.get(i - 1)) < Lab.number(tops.get(i)),
                        "the microscope's parts are out of order (pickers, chain rule, update, slice): " + tops);
            }
            List<?> box = (List<?>) scrollBox;
            assertTrue(Lab.number(box.get(0)) <= Lab.number(box.get(1)) + 1,
                    "the microscope scrolls inside itself: content " + box.get(0) + " px in a " + box.get(1) + " px box");
            List<?> place = (List<?>) map;
            assertTrue(Lab.number(place.get(0)) >= 0 && Lab.number(place.get(1)) <= Lab.number(place.get(2)) + 1,
                    "the second weight's map is not in view: " + place);
        } finally {
            browser.resetScreen();
        }
    }

    private static List<String> check(Browser browser, String check, Size size, Setup setup) {
        browser.emulateScreen(size.width(), size.height(), 1);
        browser.open("about:blank");
        Lab.open(browser, Lab.url("/index.html" + (setup.query().isEmpty() ? "" : "?" + setup.query()) + "#data=xor"));
        if (!setup.action().isEmpty()) {
            browser.script("const target = " + setup.action().replace(".click();", "") + "; if (target) target.click();");
        }
        Lab.frames(browser, 3);
        String label = setup.name() + "-" + size.label();
        browser.screenshot("layout-" + label);
        List<String> problems = new ArrayList<>();
        Object found = browser.script(check, MIN_CANVAS_HEIGHT);
        if (!(found instanceof List<?> list)) {
            throw new AssertionError(label + ": the layout check returned " + found + " instead of a list of problems");
        }
        for (Object problem : list) {
            problems.add(label + ": " + problem);
        }
        return problems;
    }

    private static String script() throws IOException {
        try (InputStream in = LayoutGridIT.class.getResourceAsStream("/e2e/layout-check.js")) {
            // "return" and the expression on one line: after "return" and a line break JavaScript returns undefined.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^//.*\\n", "");
            return "return " + text.strip();
        }
    }
}
