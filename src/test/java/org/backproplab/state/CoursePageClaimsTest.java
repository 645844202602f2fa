package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every instruction web/examples/course-page.html gives students, performed on the settings the page itself
 * uses (read from the page and its script, so the two cannot drift apart) with the lab's own training.
 */
class CoursePageClaimsTest {
    private static final Path PAGE = Path.of("web/examples/course-page.html");
    private static final Path SCRIPT = Path.of("web/examples/course-page.js");
    /** What a student sees after pressing Play for a few seconds: 300 frames at the page's 5 steps each. */
    private static final int PLAY_STEPS = 1500;

    static String firstDemoSettings() throws IOException {
        Matcher m = Pattern.compile("index\\.html\\?[^#\"]*#([^\"]+)\"").matcher(Files.readString(PAGE));
        assertTrue(m.find(), "the first demo's iframe");
        return m.group(1).replace("&amp;", "&");
    }

    static String secondDemoSettings() throws IOException {
        Matcher m = Pattern.compile("state: \"([^\"]+)\"").matcher(Files.readString(SCRIPT));
        assertTrue(m.find(), "the second demo's mount state");
        return m.group(1);
    }

    private static LabSession lab(String settings, double learningRate) {
        ShareLink.Decoded decoded = ShareLink.decode(settings, AppState.defaults());
        assertEquals(java.util.List.of(), decoded.notices(), settings);
        return new LabSession(decoded.state().withLearningRate(learningRate));
    }

    private static double play(LabSession lab, int steps) {
        for (int taken = 0; taken < steps && !lab.isDiverged(); taken += 5) {
            lab.train(5);
        }
        return lab.trainCost();
    }

    @Test
    void theFirstDemoStartsWhereThePageSays() throws IOException {
        String page = Files.readString(PAGE);
        String settings = firstDemoSettings();
        assertTrue(page.contains("starting with\n          α = 0.003") && settings.contains("lr=0.003"), settings);
        assertTrue(page.contains("fits a line") && settings.contains("data=linear"), settings);
    }

    /** "Press Play … Then raise α to 0.3 and press Reset: same data, same starting weights, far fewer steps." */
    @Test
    void aLargerRateReachesTheSameCostInFarFewerSteps() throws IOException {
        LabSession slow = lab(firstDemoSettings(), 0.003);
        double start = slow.trainCost();
        double slowCost = play(slow, PLAY_STEPS);
        assertTrue(slowCost < start, "at 0.003 the cost falls: " + start + " -> " + slowCost);
        LabSession fast = lab(firstDemoSettings(), 0.3);
        assertEquals(start, fast.trainCost(), "same data, same starting weights");
        int steps = 0;
        while (fast.trainCost() > slowCost && steps < PLAY_STEPS) {
            fast.train(1);
            steps++;
        }
        System.out.println("CoursePageClaimsTest: α = 0.3 reaches J = " + slowCost + " (α = 0.003 after " + PLAY_STEPS
                + " steps) in " + steps + " steps");
        assertTrue(steps <= PLAY_STEPS / 5, "far fewer steps: " + steps + " against " + PLAY_STEPS);
    }

    /** "Finally try α = 10. What happens to the cost?" — it grows instead of falling: training diverges. */
    @Test
    void atTenTheFirstDemoDiverges() throws IOException {
        LabSession lab = lab(firstDemoSettings(), 10);
        play(lab, 100);
        assertTrue(lab.isDiverged(), "J = " + lab.trainCost());
        assertTrue(lab.divergence().startsWith("Training diverged"), lab.divergence());
    }

    /** The aside: "α = 10 makes the line above diverge, yet it trains this circle." */
    @Test
    void atTenTheSecondDemoTrains() throws IOException {
        String settings = secondDemoSettings();
        assertTrue(settings.contains("data=circle"), settings);
        LabSession lab = lab(settings, 10);
        double start = lab.trainCost();
        double end = play(lab, PLAY_STEPS);
        assertFalse(lab.isDiverged(), lab.divergence());
        assertTrue(end < 0.5 * start, "the circle trains at α = 10: " + start + " -> " + end);
    }
}
