package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.course.Lesson;
import org.backproplab.state.course.Lessons;
import org.backproplab.core.NumberFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The lab for students who use a keyboard, a screen reader, reduced motion or no colour vision:
 * axe-core finds no violation on the page in its states (help, notice, divergence, table view, phone),
 * on every lesson and in embed mode; Tab reaches every control, each with a visible focus ring; controls
 * and the shortcuts in the help work from the keyboard; a polite live region says the cost while training;
 * reduced motion stops CSS motion and calms the views; the table view lists every weight and ∂J/∂w.
 * Controls are found in the page (every enabled, visible one inside the lab), so new features are covered.
 */
@ExtendWith(BrowserExtension.class)
class AccessibilityIT {
    private Browser browser;

    @AfterEach
    void normalScreen() {
        if (browser != null) {
            browser.resetScreen();
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private void openLab(Browser browser, String path) {
        this.browser = browser;
        Lab.open(browser, Lab.url(path));
        frames(2);
    }

    private void frames(int count) {
        Lab.frames(browser, count);
    }

    private double number(String script) {
        return Lab.number(browser, script);
    }

    private String text(String script) {
        return Lab.string(browser, script);
    }

    private void click(String role) {
        browser.script("document.querySelector(\".backprop-lab [data-role='" + role + "']\").click();");
    }

    private void press(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private void blur() {
        browser.script("if (document.activeElement) document.activeElement.blur();");
    }

    // ---- axe-core

    @Test
    void axeFindsNoViolationInAnyStateLessonOrEmbedMode(Browser browser) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        openLab(browser, "/index.html");
        // First, that axe runs and sees: a field without a label, planted by the test, is reported.
        browser.script("var probe = document.createElement('input'); probe.id = 'axe-probe';"
                + "document.querySelector('.backprop-lab').appendChild(probe);");
        assertTrue(Axe.violations(browser).stream().anyMatch(v -> v.startsWith("label ") && v.contains("#axe-probe")),
                "axe did not report an unlabelled field");
        assertEquals(Axe.VERSION, browser.script("return axe.version;"), "the axe-core that ran is the WebJar's");
        browser.script("document.getElementById('axe-probe').remove();");
        found.put("main page", Axe.violations(browser));
        click("help-button");
        found.put("shortcuts open", Axe.violations(browser));
        click("help-close");
        click("table-toggle");
        frames(2);
        found.put("table view", Axe.violations(browser));
        click("table-toggle");
        browser.emulateScreen(390, 844, 1);
        frames(2);
        found.put("phone 390×844", Axe.violations(browser));
        browser.resetScreen();

        openLab(browser, "/index.html#lr=NaN&hidden=99&x=1");
        found.put("notice of a bad link", Axe.violations(browser));
        openLab(browser, "/index.html#data=sine&act=relu&lr=10&batch=0");
        browser.script("BackpropLab.main.step(200);");
        frames(2);
        assertTrue((Boolean) browser.script("return !document.querySelector(\".backprop-lab [data-role='divergence']\").hidden;"),
                "the lab should show its divergence alert");
        found.put("divergence alert", Axe.violations(browser));

        for (Lesson lesson : Lessons.all()) {
            openLab(browser, "/index.html#lesson=" + lesson.id());
            found.put("lesson " + lesson.id(), Axe.violations(browser));
        }
        openLab(browser, "/index.html?embed=1");
        found.put("embed mode (?embed=1)", Axe.violations(browser));

        List<String> all = new ArrayList<>();
        found.forEach((where, violations) -> violations.forEach(v -> all.add(where + ": " + v)));
        System.out.println("AccessibilityIT: axe-core " + Axe.VERSION + " on " + found.size() + " pages/states: "
                + all.size() + " violations");
        assertEquals(List.of(), all);
    }

    // ---- keyboard

    /** The lab's controls: every enabled, visible element a keyboard user should reach, with its position. */
    static final String CONTROLS = """
        var root = document.querySelector('.backprop-lab');
        var all = root.querySelectorAll('button, input, select, textarea, a[href], [tabindex]');
        var list = [];
        for (var k = 0; k < all.length; k++) {
          var el = all[k];
          if (el.disabled || el.tabIndex < 0 || !el.getClientRects().length) continue;
          var style = getComputedStyle(el);
          if (style.visibility === 'hidden') continue;
          el.setAttribute('data-a11y-id', k);
          list.push(k);
        }
        return list;
        """;

    /** For the focused element: its data-a11y-id and whether a focus ring shows (outline or box-shadow). */
    static final String FOCUSED = """
        var el = document.activeElement;
        if (!el || el === document.body) return ['body', 'none'];
        var ring = el.type === 'file' && el.labels && el.labels.length ? el.labels[0] : el;
        var style = getComputedStyle(ring);
        var visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        var name = el.getAttribute('data-role') || el.getAttribute('aria-label') || el.tagName;
        return [String(el.getAttribute('data-a11y-id')), (visible ? 'ring ' : 'NO RING ') + name];
        """;

    @Test
    void tabReachesEveryControlAndEachShowsAFocusRing(Browser browser) {
        openLab(browser, "/index.html");
        checkTabOrder("desktop");
        browser.emulateScreen(390, 844, 1);
        frames(2);
        checkTabOrder("phone");
    }

    @SuppressWarnings("unchecked")
    private void checkTabOrder(String screen) {
        List<Object> controls = (List<Object>) browser.script(CONTROLS);
        assertTrue(controls.size() > 20, "controls found: " + controls.size());
        blur();
        List<String> order = new ArrayList<>();
        List<String> withoutRing = new ArrayList<>();
        for (int press = 0; press < controls.size() * 2 + 10; press++) {
            press(Keys.TAB);
            List<String> focused = (List<String>) browser.script(FOCUSED);
            if (!order.isEmpty() && focused.get(0).equals(order.get(0))) {
                break; // round the page once
            }
            order.add(focused.get(0));
            if (focused.get(1).startsWith("NO RING")) {
                withoutRing.add(focused.get(1));
            }
        }
        List<String> missed = new ArrayList<>();
        for (Object id : controls) {
            if (!order.contains(String.valueOf(id))) {
                missed.add(text("document.querySelector('[data-a11y-id=\"" + id + "\"]').outerHTML.slice(0, 140)"));
            }
        }
        System.out.println("AccessibilityIT: Tab (" + screen + ") reached " + (controls.size() - missed.size()) + " of "
                + controls.size() + " controls");
        assertAll(() -> assertEquals(List.of(), missed, screen + ": controls Tab never reached"),
                () -> assertEquals(List.of(), withoutRing, screen + ": focused controls without a visible focus ring"));
    }

    @Test
    void buttonsSelectsSlidersAndTheTableWorkFromTheKeyboard(Browser browser) {
        openLab(browser, "/index.html");
        browser.script("document.querySelector(\".backprop-lab [data-role='step']\").focus();");
        press(Keys.ENTER);
        assertEquals(1, number("BackpropLab.main.iteration()"), "Enter on Step");
        press(" ");
        assertEquals(2, number("BackpropLab.main.iteration()"), "Space on Step");
        browser.script("document.querySelector(\".backprop-lab [data-role='play']\").focus();");
        press(" ");
        assertTrue((Boolean) browser.script("return BackpropLab.main.playing();"), "Space on Play");
        press(Keys.ENTER);
        assertFalse((Boolean) browser.script("return BackpropLab.main.playing();"), "Enter on Pause");

        browser.script("document.querySelector(\".backprop-lab [data-role='activation']\").focus();");
        String before = text("BackpropLab.main.state()");
        press(Keys.ARROW_DOWN);
        assertNotEquals(before, text("BackpropLab.main.state()"), "ArrowDown on the activation select");

        browser.script("document.querySelector(\".backprop-lab [data-role='speed']\").focus();");
        before = text("BackpropLab.main.state()");
        press(Keys.ARROW_RIGHT);
        // the notch after the default 20 steps a frame (Controls.SPEEDS)
        assertTrue(text("BackpropLab.main.state()").contains("speed=30"), "ArrowRight on Speed: " + text("BackpropLab.main.state()"));

        browser.script("document.querySelector(\".backprop-lab [data-role='table-toggle']\").focus();");
        press(Keys.ENTER);
        frames(2);
        assertEquals("true", text("document.querySelector(\".backprop-lab [data-role='table-toggle']\").getAttribute('aria-pressed')"));
        assertEquals(number("BackpropLab.main.parameterCount()"),
                number("document.querySelectorAll(\".backprop-lab [data-role='weight-table'] tbody tr\").length"));
    }

    @Test
    void everyShortcutInTheHelpDoesWhatItSays(Browser browser) {
        openLab(browser, "/index.html");
        blur();
        press("?");
        assertTrue((Boolean) browser.script("return !document.querySelector(\".backprop-lab [data-role='help']\").hidden;"), "? opens the help");
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) browser.script(
                "return Array.prototype.map.call(document.querySelectorAll(\".backprop-lab [data-role='help'] kbd\"),"
                + " function(k) { return k.textContent; });");
        press(Keys.ESCAPE);
        assertTrue((Boolean) browser.script("return document.querySelector(\".backprop-lab [data-role='help']\").hidden;"), "Esc closes the help");
        blur();
        for (String key : keys) {
            switch (key) {
                case "space" -> {
                    press(" ");
                    assertTrue((Boolean) browser.script("return BackpropLab.main.playing();"), "space plays");
                    press(" ");
                    assertFalse((Boolean) browser.script("return BackpropLab.main.playing();"), "space pauses");
                }
                case "→" -> {
                    String before = labFingerprint();
                    press(Keys.ARROW_RIGHT);
                    assertNotEquals(before, labFingerprint(), "→ takes a step (or moves to the next phase)");
                }
                case "←" -> {
                    click("phase-next"); // the stepper is on: → and ← walk the phases
                    blur();
                    double at = number("BackpropLab.main.phase()");
                    press(Keys.ARROW_RIGHT);
                    assertEquals(at + 1, number("BackpropLab.main.phase()"), "→ while stepping: the next phase");
                    press(Keys.ARROW_LEFT);
                    assertEquals(at, number("BackpropLab.main.phase()"), "← while stepping: the previous phase");
                }
                case "r" -> {
                    browser.script("BackpropLab.main.step(7);");
                    press("r");
                    assertEquals(0, number("BackpropLab.main.iteration()"), "r resets");
                }
                case "?" -> {
                    press("?");
                    assertTrue((Boolean) browser.script("return !document.querySelector(\".backprop-lab [data-role='help']\").hidden;"));
                    press("?");
                    assertTrue((Boolean) browser.script("return document.querySelector(\".backprop-lab [data-role='help']\").hidden;"));
                }
                case "Ctrl" -> {
                    String weights = text("BackpropLab.main.weightsText()");
                    assertEquals("", text("BackpropLab.main.setWeight(0, 0, 0, 1.25)"));
                    assertNotEquals(weights, text("BackpropLab.main.weightsText()"));
                    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
                    assertEquals(weights, text("BackpropLab.main.weightsText()"), "Ctrl+Z undoes the typed weight");
                }
                case "Z", "Esc", "Tab" -> {
                    // Z with Ctrl just above, Esc above, Tab in tabReachesEveryControlAndEachShowsAFocusRing
                }
                default -> throw new AssertionError("the help lists the shortcut \"" + key
                        + "\", which this test does not know: add a check that it does what the help says");
            }
            blur();
        }
        assertTrue(keys.containsAll(List.of("space", "→", "r", "?", "Esc", "Tab")), "help lists " + keys);
        System.out.println("AccessibilityIT: the help lists " + keys + "; each checked");
        assertEquals(List.of(), browser.consoleErrors());
        click("help-button");
        browser.screenshot("a11y-shortcuts");
    }

    /** The iteration and any phase indicator a stepper may add. */
    private String labFingerprint() {
        return text("BackpropLab.main.iteration() + '|' + Array.prototype.map.call("
                + "document.querySelectorAll(\".backprop-lab [data-role*='phase']\"), function(e) { return e.textContent; }).join('|')");
    }

    // ---- screen readers

    @Test
    void aPoliteLiveRegionSaysTheCostWhenSteppingAndWhileTraining(Browser browser) {
        openLab(browser, "/index.html");
        String region = "document.querySelector(\".backprop-lab [data-role='announcer']\")";
        assertEquals("polite", text(region + ".getAttribute('aria-live')"));
        assertEquals("status", text(region + ".getAttribute('role')"));
        click("step");
        assertTrue(text(region + ".textContent").startsWith("One step. Iteration 1: cost J = "), text(region + ".textContent"));
        click("play");
        assertTrue(text(region + ".textContent").startsWith("Training. Iteration "), text(region + ".textContent"));
        String first = text(region + ".textContent");
        // a later announcement comes by itself while training (every 5 s)
        browser.waitFor("return " + region + ".textContent !== " + quote(first) + ";");
        String later = text(region + ".textContent");
        click("play");
        String paused = text(region + ".textContent");
        System.out.println("AccessibilityIT: live region said: \"" + first + "\", then \"" + later + "\", then \"" + paused + "\"");
        assertAll(() -> assertTrue(later.startsWith("Training. Iteration "), later),
                () -> assertTrue(paused.startsWith("Paused. Iteration "), paused),
                () -> assertFalse(paused.contains("NaN")));
        // A phase change (when the stepper is there) reaches a polite live region too.
        if (Boolean.TRUE.equals(browser.script("return !!document.querySelector(\".backprop-lab [data-role='phase-next']\");"))) {
            String regions = "Array.prototype.map.call(document.querySelectorAll('.backprop-lab [role=status], "
                    + ".backprop-lab [aria-live=polite]'), function(e) { return (e.getAttribute('data-role') || e.className)"
                    + " + ': ' + e.textContent.replace(/\\s+/g, ' ').trim().slice(0, 160); })";
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) browser.script("return " + regions + ";");
            click("phase-next");
            click("phase-next");
            frames(2);
            @SuppressWarnings("unchecked")
            List<String> after = new ArrayList<>((List<String>) browser.script("return " + regions + ";"));
            after.removeAll(before);
            System.out.println("AccessibilityIT: after two phase steps the live regions say: " + after);
            assertFalse(after.isEmpty(), "a phase change is announced in a polite live region");
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void theTableViewListsEveryWeightWithTheSameGradientAsTheJvm(Browser browser) {
        openLab(browser, "/index.html");
        click("table-toggle");
        frames(2);
        String rows = "document.querySelectorAll(\".backprop-lab [data-role='weight-table'] tbody tr\")";
        assertEquals(AppState.defaults().parameterCount(), (int) number(rows + ".length"));
        assertEquals("—", text(rows + "[0].cells[3].textContent"), "no gradient before the first step");
        click("step");
        frames(20); // the table follows at most every 250 ms
        browser.waitFor("return " + rows + "[0].cells[3].textContent !== '—';");
        LabSession jvm = new LabSession(AppState.defaults());
        jvm.train(1);
        double[] gradient = jvm.trainer().gradientView();
        double[] weights = jvm.network().parameters();
        for (int p = 0; p < gradient.length; p++) {
            double shownGradient = Double.parseDouble(text(rows + "[" + p + "].cells[3].textContent"));
            double shownWeight = Double.parseDouble(text(rows + "[" + p + "].cells[2].textContent"));
            assertEquals(Double.parseDouble(NumberFormat.format(gradient[p], 3)), shownGradient,
                    Math.abs(gradient[p]) * 0.01 + 1e-12, "∂J/∂w of row " + p);
            assertEquals(Double.parseDouble(NumberFormat.format(weights[p], 4)), shownWeight,
                    Math.abs(weights[p]) * 0.001 + 1e-12, "w of row " + p);
        }
        assertEquals("x₁", text(rows + "[0].cells[0].textContent"));
        assertEquals("hidden layer 1, neuron 1", text(rows + "[0].cells[1].querySelector('.bl-sr-only').textContent"));
        assertEquals("h₁⁽¹⁾", text(rows + "[0].cells[1].querySelector('[aria-hidden]').textContent"));
        browser.screenshot("a11y-table-view");
        browser.emulateScreen(390, 844, 1);
        frames(3);
        browser.script("document.querySelector(\".backprop-lab [data-role='network-panel']\").scrollIntoView();");
        browser.screenshot("a11y-table-view-390x844");
    }

    // ---- reduced motion

    @Test
    void reducedMotionStopsCssMotionAndCalmsTheViewsWhileTrainingGoesOn(Browser browser) {
        this.browser = browser;
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        openLab(browser, "/index.html");
        assertTrue((Boolean) browser.script("return BackpropLab.main.reducedMotion();"));
        String moving = (String) browser.script("""
            var out = [];
            document.querySelectorAll('*').forEach(function(el) {
              var s = getComputedStyle(el);
              var longest = function(list) { return Math.max.apply(null, list.split(',').map(function(t) {
                return t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t); })); };
              if (longest(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && longest(s.animationDuration) > 0.001)) {
                out.push(el.tagName + '.' + el.className);
              }
            });
            return out.join(', ');""");
        assertEquals("", moving, "elements that still transition or animate");
        // Features with their own animation follow the setting too (the phase stepper's Animate, if present).
        assertEquals(Boolean.TRUE, browser.script("var b = document.querySelector(\".backprop-lab [data-role='phase-animate']\");"
                + "return !b || b.disabled;"), "Animate should be off with reduced motion");

        double[] reduced = drawsWhilePlaying(60);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        assertFalse((Boolean) browser.script("return BackpropLab.main.reducedMotion();"));
        double[] normal = drawsWhilePlaying(60);
        System.out.printf("AccessibilityIT: 60 frames of training: %.0f view draws with reduced motion (%.0f steps), "
                + "%.0f without (%.0f steps)%n", reduced[0], reduced[1], normal[0], normal[1]);
        assertAll(() -> assertTrue(reduced[0] <= 60 / 10 + 2, "draws with reduced motion: " + reduced[0]),
                () -> assertTrue(normal[0] >= 60 - 5, "draws without: " + normal[0]),
                () -> assertTrue(reduced[1] >= 60 * 5 - 10, "training goes on at full speed: " + reduced[1] + " steps"));
    }

    /** Plays for {@code frameCount} animation frames; returns [view draws, steps taken] meanwhile. */
    private double[] drawsWhilePlaying(int frameCount) {
        frames(2);
        click("play");
        double draws = number("BackpropLab.main.viewDraws()");
        double steps = number("BackpropLab.main.iteration()");
        frames(frameCount);
        double[] result = {number("BackpropLab.main.viewDraws()") - draws, number("BackpropLab.main.iteration()") - steps};
        click("play");
        return result;
    }
}
