package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Thirty students at once: {@value #ACTIONS} seeded random actions on the real page. Clicks on any enabled
 * button in the lab, sliders moved by arrow keys or set to any value (garbage included), garbage typed into
 * every text field, every select changed, shortcuts pressed, clicks and hovers on the canvases, garbage CSV
 * files and pasted links, window sizes from phone to desktop. Controls are found afresh before every
 * action (every enabled, visible button / input / select inside the lab), so features added later are
 * exercised without changing this test.
 *
 * <p>After every {@value #CHECK_EVERY} actions: no console error, no "NaN" or "Infinity" shown (text the
 * student typed, quoted back in a message, excepted), no view failure or "something went wrong" notice,
 * and no visible canvas left blank. At the end a sane state is loaded through the link and 300 steps must
 * still lower the cost.
 *
 * <p>Replay a run: {@code mvn verify -Dit.test=MonkeyIT -Dbackproplab.monkey.seed=N}; a failure prints the
 * seed and the last actions.
 */
@ExtendWith(BrowserExtension.class)
class MonkeyIT {
    static final int ACTIONS = 2000;
    static final int CHECK_EVERY = 100;
    static final long DEFAULT_SEED = 20_251_128L;

    /** Installed into the page: finds controls afresh and acts on them; each action returns its log line. */
    static final String HELPER = """
        // TeaVM converts double to long with BigInt(), which throws on NaN and ∞ (the JVM gives 0): report
        // where, since the lab's Guard turns the exception itself into a notice without a stack.
        if (!window.__bigIntWatched) {
          window.__bigIntWatched = true;
          var original = window.BigInt;
          var watched = function(x) {
            if (typeof x === 'number' && !isFinite(x)) console.error('BigInt(' + x + ') from ' + new Error().stack);
            return original(x);
          };
          watched.asIntN = original.asIntN;
          watched.asUintN = original.asUintN;
          window.BigInt = watched;
        }
        window.__monkey = (function() {
          var root = document.querySelector('.backprop-lab');
          function shown(el) {
            if (el.disabled || !el.getClientRects().length) return false;
            var box = el.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) return false;
            var style = getComputedStyle(el);
            return style.visibility !== 'hidden' && style.display !== 'none';
          }
          function all(selector) { return Array.prototype.filter.call(root.querySelectorAll(selector), shown); }
          function pick(selector, r) { var list = all(selector); return list.length ? list[r % list.length] : null; }
          function describe(el) {
            var role = el.getAttribute('data-role');
            var label = el.getAttribute('aria-label') || (el.labels && el.labels.length ? el.labels[0].textContent : '')
                || (el.tagName === 'SELECT' ? '' : el.textContent) || el.getAttribute('title') || '';
            return el.tagName.toLowerCase() + (role ? '[' + role + ']' : '') + ' "' + label.trim().slice(0, 30) + '"';
          }
          function fire(el, type) { el.dispatchEvent(new Event(type, {bubbles: true})); }
          var fields = 'input[type=text], input[type=number], input:not([type]), textarea';
          return {
            pick: pick, describe: describe,
            click: function(r) {
              var el = pick('button', r); if (!el) return 'no button';
              el.click(); return 'click ' + describe(el);
            },
            slider: function(r, value) {
              var el = pick('input[type=range]', r); if (!el) return 'no slider';
              el.value = value; fire(el, 'input'); fire(el, 'change');
              return 'slider ' + describe(el) + ' := ' + JSON.stringify(value) + ' (now ' + el.value + ')';
            },
            type: function(r, text, how) {
              var el = pick(fields, r); if (!el) return 'no field';
              el.focus(); el.value = text; fire(el, 'input');
              if (how > 0) fire(el, 'change');
              if (how > 1) el.blur();
              return 'type ' + JSON.stringify(text) + ' into ' + describe(el) + (how > 1 ? ', leave' : how > 0 ? ', commit' : '');
            },
            select: function(r, option) {
              var el = pick('select', r); if (!el || !el.options.length) return 'no select';
              el.selectedIndex = option % el.options.length; fire(el, 'change');
              return 'select ' + describe(el) + ' := ' + el.value;
            },
            csv: function(r, text) {
              var inputs = root.querySelectorAll('input[type=file]'); if (!inputs.length) return 'no file input';
              var el = inputs[r % inputs.length];
              var files = new DataTransfer(); files.items.add(new File([text], 'monkey.csv', {type: 'text/csv'}));
              el.files = files.files; fire(el, 'change');
              return 'load CSV ' + JSON.stringify(text.slice(0, 60)) + ' into ' + describe(el);
            },
            pointer: function(r, fx, fy, click, touch) {
              var canvas = pick('canvas', r); if (!canvas) return 'no canvas';
              var box = canvas.getBoundingClientRect();
              var at = {clientX: box.left + fx * box.width, clientY: box.top + fy * box.height, bubbles: true,
                  pointerType: touch ? 'touch' : 'mouse', isPrimary: true, pointerId: 1};
              canvas.dispatchEvent(new PointerEvent('pointermove', at));
              if (click) {
                canvas.dispatchEvent(new PointerEvent('pointerdown', at));
                canvas.dispatchEvent(new PointerEvent('pointerup', at));
                canvas.dispatchEvent(new MouseEvent('click', at));
              }
              if (fx > 0.9) canvas.dispatchEvent(new PointerEvent('pointerleave', at));
              return (click ? 'tap ' : 'point at ') + (touch ? '(touch) ' : '') + describe(canvas).slice(0, 40)
                  + '… at ' + fx.toFixed(2) + ',' + fy.toFixed(2);
            },
            link: function(text) {
              location.hash = text;
              return 'link ' + (text.length > 60 ? text.slice(0, 60) + '… (' + text.length + ' chars)' : text);
            },
            run: function(ops, done) {
              var lines = [], i = 0, self = this;
              function next() {
                if (i === ops.length) { done(lines); return; }
                var op = ops[i++];
                try { lines.push(self[op[0]].apply(self, op.slice(2))); }
                catch (e) { lines.push(op[0] + ': the test helper failed: ' + e); }
                if (op[1]) { requestAnimationFrame(next); } else { next(); }
              }
              next();
            },
            check: function() {
              var problems = [];
              // Text the student typed comes back quoted in messages ("…", or lr=… in a link's notice): not ours.
              var text = document.body.innerText.replace(/"[^"\\n]*"/g, '""').replace(/“[^”\\n]*”/g, '""')
                  .replace(/(ignored \\w+=)[^:\\n]*:/gi, '$1…:');
              var match = /NaN|Infinity/.exec(text);
              if (match) problems.push('the page shows ' + match[0] + ': …' + text.slice(Math.max(0, match.index - 80), match.index + 40) + '…');
              all('.blv-failure').forEach(function(el) { problems.push('view failure: ' + el.textContent); });
              var notice = root.querySelector('[data-role=notice]');
              if (notice && !notice.hidden && /went wrong|failed/.test(notice.textContent)) problems.push('notice: ' + notice.textContent);
              all('canvas').forEach(function(canvas) {
                if (canvas.width < 8 || canvas.height < 8) return;
                var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (var i = 4; i < data.length; i += 4) {
                  if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) return;
                }
                problems.push('blank canvas ' + describe(canvas) + ' ' + canvas.width + '×' + canvas.height);
              });
              return problems;
            }
          };
        })();
        return true;
        """;

    static final String[] GARBAGE = {"", " ", "NaN", "-1", "1e999", "-1e999", "Infinity", "0", "-0", "1e-400", "abc",
        "0x1F", "1,5", "1.5.5", "١٢٣", "½", "😀", "∞", "<b>x</b>", "\" onmouseover=\"x", "null", "undefined", "9999999999999999999999",
        "2147483648", "-2147483649", "1e308", "4, 4, 4, 4, 4, 4, 4", "16,16,16,16,16,16", "0,0", "1,,2", ",", "full", "  0.03  ",
        "10", "0.5", "1", "2", "0.999999", "1000", "1001", "\u0000", "%00", "' OR 1=1 --", "　"};
    static final String[] SLIDER_VALUES = {"-1e9", "1e9", "NaN", "", "abc", "0", "1", "-5", "12", "0.5", "3"};
    static final String[] CSV = {"", "x1,x2,label\n", "x1,x2,label\n1,2,1\n2,1,0\n", "x,y\n1,2\n3,4\n5,6\n",
        "x1,x2,label\n1e300,0,1\n0,0,0\n", "garbage\u0000\u00ff", "x1,x2,c0,c1,c2\n1,1,1,0,0\n0,0,0,1,0\n1,0,0,0,1\n",
        "x1,x2,label\n1,1,7\n1,1,0\n", "x1,x2,label\nNaN,1,1\n1,1,0\n", "a,b,c\n" + "1,1,1\n0,0,0\n".repeat(200)};
    static final String[] LINKS = {"#lr=NaN&hidden=99,99", "#data=sine", "#v=1&data=gauss3&loss=cross_entropy",
        "#" + "x".repeat(9000), "#hidden=16,16,16,16,16,16&speed=1000", "#opt=adam&lr=10&batch=1", "#lesson=nope",
        "#act=relu&lr=10&data=linear", "#%E0%A4%A", "#w1=3&w2=999", "#seed=-5&points=5"};
    static final int[][] SCREENS = {{1280, 800}, {390, 844}, {360, 640}, {1024, 768}, {1920, 1080}, {768, 1024},
        {844, 390}};
    static final Keys[] ARROWS = {Keys.ARROW_LEFT, Keys.ARROW_RIGHT, Keys.ARROW_UP, Keys.ARROW_DOWN, Keys.HOME,
        Keys.END, Keys.PAGE_UP, Keys.PAGE_DOWN};
    static final CharSequence[] SHORTCUTS = {" ", Keys.ARROW_RIGHT, "r", "R", "?", Keys.ESCAPE, Keys.TAB,
        Keys.chord(Keys.SHIFT, Keys.TAB), Keys.ENTER, "x", Keys.ARROW_LEFT};

    private Browser browser;
    private Random random;
    private final List<String> log = new ArrayList<>();

    @Test
    void twoThousandRandomActionsLeaveAWorkingLab(Browser browser) {
        this.browser = browser;
        long seed = Long.getLong("backproplab.monkey.seed", DEFAULT_SEED);
        random = new Random(seed);
        System.out.println("MonkeyIT: seed " + seed + " (replay with -Dbackproplab.monkey.seed=" + seed + ")");
        Lab.open(browser, Lab.url("/index.html"));
        // an uncaught error's stack in the console, so that a failure names the Java method (WebAssembly traps too)
        browser.script("window.addEventListener('error', e => console.error('stack: ' + (e.error && e.error.stack)));");
        long started = System.nanoTime();
        try {
            for (int action = 1; action <= ACTIONS; action++) {
                act();
                if (pending.size() >= 12) {
                    flush();
                }
                if (action % CHECK_EVERY == 0) {
                    flush();
                    check(seed, action);
                }
            }
            browser.resetScreen();
            trainingStillLowersTheCost(seed);
        } catch (AssertionError e) {
            throw e.getMessage() != null && e.getMessage().startsWith("MonkeyIT seed") ? e
                    : new AssertionError(failure(seed, "stopped: " + e), e);
        } catch (RuntimeException e) {
            throw new AssertionError(failure(seed, "stopped: " + e), e);
        } finally {
            browser.resetScreen();
        }
        System.out.printf("MonkeyIT: %d actions in %.1f s, seed %d%n", ACTIONS, (System.nanoTime() - started) / 1e9,
                seed);
        browser.screenshot("monkey-end");
    }

    private String failure(long seed, String what) {
        int from = Math.max(0, log.size() - 40);
        return "MonkeyIT seed " + seed + " (replay: -Dbackproplab.monkey.seed=" + seed + "): " + what
                + "\nlast actions:\n  " + String.join("\n  ", log.subList(from, log.size()));
    }

    private void ensureHelper() {
        Object installed = browser.script("return !!window.__monkey && document.contains(document.querySelector('.backprop-lab'));");
        if (!Boolean.TRUE.equals(installed)) {
            browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main);");
            browser.script(HELPER);
        }
    }

    private String pickText(String[] options) {
        if (random.nextInt(5) == 0) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            return text.toString();
        }
        return options[random.nextInt(options.length)];
    }

    /** JS actions waiting to be sent to the page in one batch: [name, wait a frame after, arguments…]. */
    private final List<List<Object>> pending = new ArrayList<>();

    private void queue(String name, Object... arguments) {
        List<Object> op = new ArrayList<>();
        op.add(name);
        op.add(random.nextInt(20) == 0);
        op.addAll(List.of(arguments));
        pending.add(op);
    }

    /** Runs the queued JS actions in the page, in order, and logs them. */
    @SuppressWarnings("unchecked")
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        ensureHelper();
        List<String> lines = (List<String>) browser.driver().executeAsyncScript(
                "window.__monkey.run(arguments[0], arguments[arguments.length - 1]);", pending);
        pending.clear();
        for (String line : lines) {
            log.add(++logged + ": " + line);
        }
    }

    private int logged;

    private void logReal(String line) {
        log.add(++logged + ": " + line);
    }

    /** Plans one action: most are queued as JS; real keys, typing, mouse and screen sizes run now, in order. */
    private void act() {
        int r = random.nextInt(1_000_000);
        int kind = random.nextInt(100);
        if (kind < 35) {
            queue("click", r);
        } else if (kind < 46) {
            queue("slider", r, random.nextBoolean() ? pickText(SLIDER_VALUES) : Double.toString(random.nextDouble() * 14 - 6));
        } else if (kind < 61) {
            queue("type", r, pickText(GARBAGE), random.nextInt(3));
        } else if (kind < 73) {
            queue("select", r, random.nextInt(100));
        } else if (kind < 83) {
            queue("pointer", r, random.nextDouble(), random.nextDouble(), random.nextBoolean(), random.nextInt(4) == 0);
        } else if (kind < 86) {
            queue("csv", r, CSV[random.nextInt(CSV.length)]);
        } else if (kind < 88) {
            queue("link", LINKS[random.nextInt(LINKS.length)]);
        } else {
            flush();
            real(r, kind);
        }
    }

    /** An action through WebDriver's real input (trusted events) or DevTools. */
    private void real(int r, int kind) {
        ensureHelper();
        if (kind < 90) {
            WebElement slider = (WebElement) browser.script(
                    "var el = window.__monkey.pick('input[type=range]', arguments[0]); if (el) el.focus(); return el;", r);
            if (slider == null) {
                logReal("no slider");
                return;
            }
            Keys key = ARROWS[random.nextInt(ARROWS.length)];
            int presses = 1 + random.nextInt(2);
            new Actions(browser.driver()).sendKeys(key.toString().repeat(presses)).perform();
            logReal("keys " + key.name() + " ×" + presses + " on slider " + slider.getAttribute("data-role"));
        } else if (kind < 95) {
            CharSequence key = SHORTCUTS[random.nextInt(SHORTCUTS.length)];
            boolean blur = random.nextBoolean();
            if (blur) {
                browser.script("if (document.activeElement) document.activeElement.blur();");
            }
            new Actions(browser.driver()).sendKeys(key).perform();
            logReal("key " + describeKey(key) + (blur ? " on the page" : " on the focused control"));
        } else if (kind < 96) {
            WebElement field = (WebElement) browser.script("var el = window.__monkey.pick(arguments[0], arguments[1]);"
                    + "if (el) { el.focus(); el.select(); } return el;",
                    "input[type=text], input[type=number], input:not([type])", r);
            if (field == null) {
                logReal("no field");
                return;
            }
            String text = pickText(GARBAGE).replace("\u0000", "");
            text = text.length() > 8 ? text.substring(0, 8) : text; // real keys are slow: one frame each
            Keys end = random.nextBoolean() ? Keys.ENTER : Keys.TAB;
            new Actions(browser.driver()).sendKeys(text + end).perform();
            logReal("real typing " + text + " + " + end.name() + " into " + field.getAttribute("data-role"));
        } else if (kind < 97) {
            WebElement canvas = (WebElement) browser.script("var el = window.__monkey.pick('canvas', arguments[0]);"
                    + "if (el) el.scrollIntoView({block: 'center', inline: 'center'}); return el;", r);
            if (canvas == null) {
                logReal("no canvas");
                return;
            }
            int dx = (int) ((random.nextDouble() - 0.5) * Math.max(1, canvas.getRect().getWidth() - 4));
            int dy = (int) ((random.nextDouble() - 0.5) * Math.max(1, canvas.getRect().getHeight() - 4));
            // a data-set thumbnail has no label of its own (its button has)
            String label = String.valueOf(canvas.getAttribute("aria-label"));
            String where = " canvas " + label.substring(0, Math.min(20, label.length())) + "… at " + dx + "," + dy;
            try {
                new Actions(browser.driver()).moveToElement(canvas, dx, dy).click().perform();
                logReal("real click" + where);
            } catch (org.openqa.selenium.interactions.MoveTargetOutOfBoundsException e) {
                logReal("out of view:" + where); // a canvas taller than a phone screen
            } catch (org.openqa.selenium.ElementNotInteractableException e) {
                logReal("not interactable:" + where); // laid out with no size at this moment: no person could click it
            }
        } else {
            int[] screen = SCREENS[random.nextInt(SCREENS.length)];
            if (random.nextInt(4) == 0) {
                browser.resetScreen();
                logReal("screen back to the window size");
            } else {
                browser.emulateScreen(screen[0], screen[1], 1);
                logReal("screen " + screen[0] + "×" + screen[1]);
            }
        }
    }

    private static String describeKey(CharSequence key) {
        for (Keys k : Keys.values()) {
            if (k.toString().contentEquals(key)) {
                return k.name();
            }
        }
        return key.length() == 2 ? "SHIFT+TAB" : "\"" + key + "\"";
    }

    private void waitFrames(int frames) {
        Lab.frames(browser, frames);
    }

    private void check(long seed, int action) {
        waitFrames(2); // a resized canvas is cleared and redrawn on the next frame
        ensureHelper();
        @SuppressWarnings("unchecked")
        List<String> problems = new ArrayList<>((List<String>) browser.script("return window.__monkey.check();"));
        problems.addAll(browser.consoleErrors());
        if (!problems.isEmpty()) {
            browser.screenshot("monkey-failure");
            throw new AssertionError(failure(seed, "after action " + action + ": " + String.join("; ", problems)));
        }
    }

    private void trainingStillLowersTheCost(long seed) {
        String sane = StateCodec.encode(AppState.defaults().withSeed(7));
        for (String link : new String[] {sane, StateCodec.encode(AppState.defaults().withSeed(8))}) {
            browser.script("location.hash = arguments[0];", "#" + link);
            waitFrames(2);
        }
        if (Boolean.TRUE.equals(browser.script("return BackpropLab.main.playing();"))) {
            browser.script("document.querySelector('.backprop-lab [data-role=play]').click();");
        }
        browser.script("document.querySelector('.backprop-lab [data-role=reset]').click();");
        assertEquals(StateCodec.encode(AppState.defaults().withSeed(8)), browser.script("return BackpropLab.main.state();"),
                failure(seed, "the sane link was not taken"));
        double before = ((Number) browser.script("return BackpropLab.main.cost();")).doubleValue();
        double after = ((Number) browser.script("return BackpropLab.main.step(300);")).doubleValue();
        assertTrue(after < before, failure(seed, "after the monkey, 300 steps took J from " + before + " to " + after));
        check(seed, ACTIONS);
    }
}
