package org.backproplab.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility checker, for the browser tests only (the product never loads it): fetched
 * once with npm into target/axe (version {@value #VERSION}), injected into the page under test through
 * WebDriver (which is not subject to the page's Content-Security-Policy), and run on the whole document.
 */
final class Axe {
    static final String VERSION = "4.14.1";

    private static String source;

    private Axe() {
    }

    /** target/axe/node_modules/axe-core/axe.min.js, installed with npm when missing. */
    static synchronized String source() {
        if (source != null) {
            return source;
        }
        Path prefix = Path.of(System.getProperty("backproplab.axe.dir", "target/axe"));
        Path script = prefix.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            install(prefix);
        }
        try {
            source = Files.readString(script, StandardCharsets.UTF_8);
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void install(Path prefix) {
        List<String> command = List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                prefix.toString(), "axe-core@" + VERSION);
        try {
            Files.createDirectories(prefix);
            Process npm = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("npm-install.log").toFile()).start();
            if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see "
                        + prefix.resolve("npm-install.log") + " (needs node and npm: apt-get install -y npm)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run npm to fetch axe-core (apt-get install -y npm): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching axe-core", e);
        }
    }

    /**
     * Runs axe on the page open in {@code browser} (WCAG 2.0/2.1/2.2 A and AA rules plus best practices) and
     * returns one line per violation and element: "rule (impact): help — target: summary".
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return !!window.axe;"))) {
            browser.script(source());
        }
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object result = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
                + " 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}}).then(function(r) {"
                + "  done(r.violations.map(function(v) { return {id: v.id, impact: v.impact, help: v.help,"
                + "    nodes: v.nodes.map(function(n) { return n.target.join(' ') + ': ' + n.failureSummary; }) }; }));"
                + "}, function(e) { done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]); });");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            List<String> nodes = (List<String>) violation.get("nodes");
            String head = violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help");
            if (nodes.isEmpty()) {
                lines.add(head);
            }
            for (String node : nodes) {
                lines.add(head + " — " + node.replace('\n', ' '));
            }
        }
        return lines;
    }
}
