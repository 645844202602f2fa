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

    /**
     * Labs mounted by script (BackpropLab.mount) into an element of each frame size on a 1280×800 screen, as a course
     * page does; {@code query} holds the mount options' views and controls.
     */
    private static final List<Setup> MOUNTS = List.of(
            new Setup("mount-network-cost", "views: 'network,cost', controls: 'play,step,lr'", ""),
            new Setup("mount-phases", "views: 'network,cost', controls: 'play,step,lr,phases,microscope'", OPEN_STEPPER),
            new Setup("mount-microscope", "views: 'network,cost', controls: 'play,step,lr,phases,microscope'",
                    OPEN_MICROSCOPE),
            new Setup("mount-all-views", "views: 'network,output,cost', controls: 'play,step,reset,phases'", ""),
            new Setup("mount-all-controls", "controls: 'all'", ""));

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
     * A mounted lab behaves as an iframe of its element's size: tabs in a box at most 440 px tall or 560 px wide,
     * views side by side in a larger one, and nothing overlaps, is clipped or collapses in either.
     */
    @Test
    void labsMountedIntoAnElementOfAFramesSizeHoldAsTheIframeDoes(Browser browser) throws IOException {
        String check = script();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try {
            for (Size size : FRAMES) {
                for (Setup setup : MOUNTS) {
                    cases++;
                    failures.addAll(checkMounted(browser, check, size, setup));
                }
            }
        } finally {
            browser.resetScreen();
        }
        System.out.println("LayoutGridIT mounted: " + cases + " cases, " + failures.size() + " problems");
        assertEquals(List.of(), failures);
    }

    /** The element grows and shrinks (as a course page's column does): the tabs come and go with it. */
    @Test
    void aMountedLabsTabsFollowItsElementsSize(Browser browser) {
        try {
            mount(browser, new Size(900, 600), "views: 'network,output,cost', controls: 'play,step'");
            assertEquals(false, browser.script("return document.querySelector('#box').classList.contains('bl-tabs-on');"),
                    "900×600: side by side");
            browser.script("const box = document.querySelector('#box'); box.style.width = '720px';"
                    + " box.style.height = '420px';");
            browser.waitFor("return document.querySelector('#box').classList.contains('bl-tabs-on')"
                    + " && document.querySelector('#box .bl-embed-tabs').getBoundingClientRect().height > 20;");
            browser.screenshot("layout-mount-resized-720x420");
            browser.script("const box = document.querySelector('#box'); box.style.width = '900px';"
                    + " box.style.height = '600px';");
            browser.waitFor("return !document.querySelector('#box').classList.contains('bl-tabs-on')"
                    + " && document.querySelector('#box .bl-embed-tabs').getBoundingClientRect().height === 0;");
            browser.script("document.querySelector('#box').style.width = '500px'; document.querySelector('#box').style.height = '';");
            browser.waitFor("return document.querySelector('#box').classList.contains('bl-tabs-on');");
            Lab.assertNoConsoleErrors(browser);
        } finally {
            browser.resetScreen();
        }
    }

    /** Opens a page with nothing but one lab, mounted into #box of {@code size} with {@code options}. */
    private static void mount(Browser browser, Size size, String options) {
        browser.emulateScreen(1280, 800, 1);
        browser.open("about:blank");
        browser.open(Lab.url("/examples/course-page.html"));
        browser.waitFor("return !!window.courseDemo;");
        browser.script("courseDemo.destroy(); document.body.replaceChildren();"
                + "const box = document.createElement('div'); box.id = 'box';"
                + "box.style.width = '" + size.width() + "px'; box.style.height = '" + size.height() + "px';"
                + "document.body.appendChild(box);"
                + "window.boxLab = BackpropLab.mount(box, {state: 'data=xor', " + options + "});");
        Lab.frames(browser, 3);
    }

    private static List<String> checkMounted(Browser browser, String check, Size size, Setup setup) {
        mount(browser, size, setup.query());
        if (!setup.action().isEmpty()) {
            browser.script("const target = " + setup.action().replace(".click();", "") + "; if (target) target.click();");
        }
        Lab.waitForMicroscope(browser);
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
        boolean tabbed = Boolean.TRUE.equals(browser.script("return document.querySelector('#box').classList.contains('bl-tabs-on');"));
        boolean small = size.height() <= 440 || size.width() <= 560;
        boolean hasTabs = Boolean.TRUE.equals(browser.script("return document.querySelector('#box').classList.contains('bl-embed-tabbed');"));
        if (hasTabs && tabbed != small) {
            problems.add(label + ": tabs " + (tabbed ? "on" : "off") + " in a " + size.label() + " box");
        }
        double[] box = {Lab.number(browser, "document.querySelector('#box').getBoundingClientRect().width"),
                Lab.number(browser, "document.querySelector('#box').getBoundingClientRect().height")};
        if (Math.abs(box[0] - size.width()) > 1 || Math.abs(box[1] - size.height()) > 1) {
            problems.add(label + ": the lab is " + box[0] + "×" + box[1] + " px, not the element's " + size.label());
        }
        return problems;
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
            Lab.waitForMicroscope(browser);
            Lab.frames(browser, 3);
            Object order = browser.script("const top = (el) => el.getBoundingClientRect().top;"
                    + "const body = document.querySelector('.blm-body');"
                    + "const heading = (start) => Array.from(body.querySelectorAll('.blm-heading'))"
                    + "  .find((h) => h.textContent.startsWith(start));"
                    + "return [top(body.querySelector('.blm-pickers')), top(heading('Backpropagation')),"
                    + "  top(heading('Gradient descent')), top(heading('The cost J along')),"
                    + "  top(heading('Two weights'))];");
            // the second picker's first layer: a weight into hidden layer 1, never the output weight shown first
            browser.script("const layer = document.querySelector(\"[data-role='second-weight-layer']\");"
                    + "layer.value = '0';"
                    + "layer.dispatchEvent(new Event('change', {bubbles: true}));");
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
        Lab.waitForMicroscope(browser);
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
