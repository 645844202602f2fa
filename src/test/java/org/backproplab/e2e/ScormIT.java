package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backproplab.exercise.Exercise;
import org.backproplab.exercise.Question;
import org.backproplab.state.course.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SCORM 1.2 package (target/backprop-lab-scorm.zip), unpacked and served under the site's strict CSP beside a
 * stub LMS page (src/test/resources/scorm-lms) whose window.API records every call in order: a scored "Your turn"
 * set ends passed or failed with its score, finishing every lesson ends completed, leaving calls LMSFinish, and
 * without an LMS the launch page is the normal lab.
 */
@ExtendWith(BrowserExtension.class)
class ScormIT {
    private static final Path ZIP = Path.of("target/backprop-lab-scorm.zip");
    private static final String LAB = "v=1&data=gauss&points=20&hidden=2&act=sigmoid&lr=0.5&batch=4&seed=3&speed=1&quiz=1";
    private static StaticServer site;

    private static synchronized String url(String path) {
        if (site == null) {
            try {
                Path root = Files.createTempDirectory("scorm-package");
                try (ZipFile zip = new ZipFile(ZIP.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        Path target = root.resolve(entry.getName()).normalize();
                        assertTrue(target.startsWith(root), entry.getName());
                        if (entry.isDirectory()) {
                            Files.createDirectories(target);
                        } else {
                            Files.createDirectories(target.getParent());
                            try (InputStream in = zip.getInputStream(entry)) {
                                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
                for (String name : new String[] {"lms.html", "lms.js"}) {
                    try (InputStream in = ScormIT.class.getResourceAsStream("/scorm-lms/" + name)) {
                        Files.copy(in, root.resolve(name));
                    }
                }
                StaticServer server = StaticServer.serve(root);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-scorm-site"));
                site = server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site.url(path);
    }

    private static void openLms(Browser browser, String launch) {
        browser.open("about:blank");
        browser.open(url("/lms.html?launch=" + URLEncoder.encode(launch, StandardCharsets.UTF_8)));
        browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("[data-role=sco]")));
        browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main)"
                + " && !!document.querySelector('#lab [data-role=\"phase-next\"]');");
    }

    /** The calls recorded by the stub LMS, each as "Name(arg, …)=result". */
    private static List<String> calls(Browser browser) {
        browser.driver().switchTo().defaultContent();
        JsonArray raw = Json.parse((String) browser.script("return JSON.stringify(window.calls);")).asArray();
        List<String> calls = new ArrayList<>();
        for (JsonValue call : raw) {
            JsonArray parts = call.asArray();
            StringBuilder text = new StringBuilder(parts.get(0).asString()).append('(');
            for (int k = 1; k < parts.size() - 1; k++) {
                text.append(k == 1 ? "" : ", ").append(parts.get(k).asString());
            }
            calls.add(text.append(')').append(parts.get(parts.size() - 1).asString()).toString());
        }
        return calls;
    }

    /** Leaves the SCO (the LMS closes it): the frame goes to about:blank. */
    private static void leave(Browser browser) {
        browser.driver().switchTo().defaultContent();
        browser.script("document.querySelector('[data-role=sco]').src = 'about:blank';");
        browser.waitFor("return window.calls.some(c => c[0] === 'LMSFinish');");
    }

    /** ▶ until a question is open; answers it wrong first when {@code wrongFirst}, then right (the engine's value). */
    private static void answer(Browser browser, boolean wrongFirst) {
        Lab.click(browser, "phase-next");
        // the question comes once the Your turn bundle has loaded, which may be after the click returns
        browser.waitFor("return BackpropLab.main.exercise() !== null;");
        Question q = YourTurnIT.openQuestion(browser);
        assertNotNull(q);
        Exercise exercise = YourTurnIT.exerciseOnScreen(browser);
        double expected = exercise.expected(q);
        if (wrongFirst) {
            assertFalse(Json.parse(Lab.string(browser, "BackpropLab.main.answer(" + (expected + 1000) + ")")).asObject()
                    .get("correct").asBoolean());
        }
        assertTrue(Json.parse(Lab.string(browser, "BackpropLab.main.answer(" + expected + ")")).asObject()
                .get("correct").asBoolean());
    }

    @Test
    void thePackageIsOneScoOfSchemaVersion12WithTheStaticLab() throws Exception {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (String name : new String[] {"imsmanifest.xml", "launch.html", "index.html", "js/backprop-lab.js",
                "js/backprop-lab.wasm", "js/backprop-lab.wasm-runtime.js", "js/start.js", "js/scorm.js", "css/app.css"}) {
                assertNotNull(zip.getEntry(name), name + " is in the package");
            }
            assertEquals(null, zip.getEntry("bench/index.html"));
            Document manifest;
            try (InputStream in = zip.getInputStream(zip.getEntry("imsmanifest.xml"))) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                manifest = factory.newDocumentBuilder().parse(in);
            }
            assertEquals("1.2", manifest.getElementsByTagNameNS("*", "schemaversion").item(0).getTextContent().trim());
            NodeList resources = manifest.getElementsByTagNameNS("*", "resource");
            assertEquals(1, resources.getLength());
            Element sco = (Element) resources.item(0);
            assertEquals("sco", sco.getAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype"));
            assertEquals("launch.html", sco.getAttribute("href"));
            NodeList files = sco.getElementsByTagNameNS("*", "file");
            for (int k = 0; k < files.getLength(); k++) {
                String href = ((Element) files.item(k)).getAttribute("href");
                assertNotNull(zip.getEntry(href), "the manifest's " + href + " is in the package");
            }
        }
    }

    /** launch.html is made from web/index.html at build time: the same page, with js/scorm.js loaded after start.js. */
    @Test
    void theLaunchPageIsTheLabPagePlusTheScormScript() throws Exception {
        String index = Files.readString(Path.of("web/index.html"));
        String launch;
        try (ZipFile zip = new ZipFile(ZIP.toFile()); InputStream in = zip.getInputStream(zip.getEntry("launch.html"))) {
            launch = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> indexLines = new ArrayList<>(index.lines().toList());
        List<String> launchLines = new ArrayList<>(launch.lines().toList());
        int start = indexLines.indexOf("  <script src=\"js/start.js\"></script>");
        assertTrue(start >= 0, "web/index.html loads js/start.js");
        indexLines.add(start + 1, "  <script src=\"js/scorm.js\"></script>");
        assertEquals(indexLines, launchLines);
    }

    @Test
    void aScoredSetEndsPassedWithItsScoreAndEveryChangeIsCommitted(Browser browser) {
        openLms(browser, "launch.html?questions=2&mastery=0.5#" + LAB);
        answer(browser, false);
        answer(browser, true);
        leave(browser);
        assertEquals(List.of(
                "LMSInitialize()=true",
                "LMSGetValue(cmi.launch_data)=",
                "LMSGetValue(cmi.core.lesson_status)=not attempted",
                "LMSSetValue(cmi.core.lesson_status, incomplete)=true",
                "LMSCommit()=true",
                "LMSSetValue(cmi.core.score.min, 0)=true",
                "LMSSetValue(cmi.core.score.max, 100)=true",
                "LMSSetValue(cmi.core.score.raw, 50)=true",
                "LMSCommit()=true",
                "LMSSetValue(cmi.core.lesson_status, passed)=true",
                "LMSCommit()=true",
                "LMSFinish()=true"), calls(browser));
    }

    @Test
    void aScoreUnderTheMasteryScoreOfTheLmsEndsFailed(Browser browser) {
        openLms(browser, "launch.html?questions=1#" + LAB);
        answer(browser, true);
        List<String> calls = calls(browser);
        assertTrue(calls.contains("LMSGetValue(cmi.student_data.mastery_score)="), calls.toString());
        int raw = calls.indexOf("LMSSetValue(cmi.core.score.raw, 0)=true");
        assertTrue(raw > 0, calls.toString());
        assertEquals("LMSSetValue(cmi.core.lesson_status, failed)=true", calls.get(raw + 2));
        assertEquals("LMSCommit()=true", calls.get(raw + 3));
    }

    @Test
    void finishingEveryLessonEndsCompleted(Browser browser) {
        openLms(browser, "launch.html#lesson=" + Lessons.get(0).id());
        browser.waitFor("return !!document.querySelector('#lab [data-role=\"lesson-next\"]');");
        for (int k = 1; k < Lessons.count(); k++) {
            Lab.click(browser, "lesson-next");
            int shown = k + 1;
            browser.waitFor("return document.querySelector('#lab [data-role=\"lesson-count\"]').textContent"
                    + ".indexOf('Lesson " + shown + " ') === 0;");
            Lab.frames(browser, 2);
        }
        Lab.click(browser, "lesson-close");
        browser.driver().switchTo().defaultContent();
        browser.waitFor("return window.calls.some(c => c[2] === 'completed');");
        List<String> calls = calls(browser);
        int completed = calls.indexOf("LMSSetValue(cmi.core.lesson_status, completed)=true");
        assertTrue(completed > calls.indexOf("LMSSetValue(cmi.core.lesson_status, incomplete)=true"), calls.toString());
        assertEquals("LMSCommit()=true", calls.get(completed + 1));
    }

    @Test
    void withoutAnLmsTheLaunchPageIsTheNormalLab(Browser browser) {
        Lab.open(browser, url("/launch.html#" + LAB));
        Lab.click(browser, "phase-next");
        assertNotNull(YourTurnIT.openQuestion(browser));
        Lab.assertNoConsoleErrors(browser);
    }
}
