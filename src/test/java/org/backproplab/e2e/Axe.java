package org.backproplab.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core, the accessibility checker, for the browser tests only (the product never loads it): the WebJar
 * org.webjars.npm:axe-core, a test dependency in the pom, injected into the page under test through
 * WebDriver (which is not subject to the page's Content-Security-Policy), and run on the whole document.
 */
final class Axe {
    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";

    /** The WebJar's version, as its pom.properties states it: the folder that holds axe.min.js. */
    static final String VERSION = webJarVersion();

    private static String source;

    private Axe() {
    }

    /** axe.min.js from the WebJar on the test class path. */
    static synchronized String source() {
        if (source == null) {
            source = new String(resource(WEBJAR + VERSION + "/axe.min.js"), StandardCharsets.UTF_8);
        }
        return source;
    }

    private static String webJarVersion() {
        Properties properties = new Properties();
        try (InputStream in = new ByteArrayInputStream(resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("the axe-core WebJar's pom.properties names no version");
        }
        return version;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path: the pom's test dependency "
                        + "org.webjars.npm:axe-core provides it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
