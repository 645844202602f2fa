package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class PathStoryTest {
    private static String story(Surface surface, OptimizerKind kind, double rate, int steps) {
        SandboxPath path = new SandboxPath(steps + 1);
        Sandbox.run(surface, OptimizerConfig.defaults(kind).create(2), rate, surface.startX(), surface.startY(), steps,
                path);
        return PathStory.describe("it", surface, path, steps);
    }

    @Test
    void gradientDescentZigZagsAcrossTheNarrowValleyAndSettles() {
        // α·a = 1.6 > 1: each step jumps across the steep direction x and lands on the other wall
        String text = story(Surface.illConditionedQuadratic(), OptimizerKind.SGD, 0.08, 150);
        assertTrue(text.startsWith("it zig-zags across the valley, then settles at the minimum after "), text);
    }

    @Test
    void momentumOvershootsTheMinimumThenSettles() {
        String text = story(Surface.illConditionedQuadratic(), OptimizerKind.MOMENTUM, 0.08, 150);
        assertTrue(text.startsWith("it overshoots the minimum "), text);
        assertTrue(text.contains("then settles at the minimum after"), text);
    }

    @Test
    void smallStepsHeadStraightDown() {
        String text = story(Surface.illConditionedQuadratic(), OptimizerKind.SGD, 0.002, 200);
        assertTrue(text.startsWith("it heads down; after 200 steps it has come "), text);
    }

    @Test
    void slowPathSaysHowFarItGot() {
        String text = story(Surface.illConditionedQuadratic(), OptimizerKind.ADAM, 0.002, 200);
        assertTrue(text.startsWith("it is slow: after 200 steps it has come only "), text);
    }

    @Test
    void divergedPathRunsAway() {
        String text = story(Surface.rosenbrock(), OptimizerKind.SGD, 0.05, 200);
        assertTrue(text.startsWith("it runs away: "), text);
        assertTrue(text.endsWith("α is too large for it."), text);
    }

    @Test
    void saddlePathSlidesOffAlongY() {
        String text = story(Surface.saddle(), OptimizerKind.SGD, 0.01, 200);
        assertTrue(text.startsWith("it heads for the saddle point, then slides off downhill along y after "), text);
        // running off to infinity on the saddle is its nature, not a too-large α
        String fast = story(Surface.saddle(), OptimizerKind.MOMENTUM, 0.05, 200);
        assertTrue(fast.contains("slides off downhill along y"), fast);
    }

    @Test
    void saddlePathCanStallNextToTheSaddlePoint() {
        Surface saddle = Surface.saddle();
        SandboxPath path = new SandboxPath(301);
        // starting exactly on the ridge y = 0, plain descent walks into the saddle point and stays
        Sandbox.run(saddle, OptimizerConfig.defaults(OptimizerKind.SGD).create(2), 0.05, -1.5, 0, 300, path);
        assertTrue(PathStory.describe("it", saddle, path, 300).startsWith("it stalls next to the saddle point"));
    }

    @Test
    void pathsThatDoNotMoveSaySo() {
        Surface surface = Surface.illConditionedQuadratic();
        SandboxPath path = new SandboxPath(10);
        assertEquals("it has not run yet.", PathStory.describe("it", surface, path, 0));
        Sandbox.run(surface, OptimizerConfig.defaults(OptimizerKind.SGD).create(2), 0.1, 1, 1, 0, path);
        assertEquals("it has not moved: 0 steps.", PathStory.describe("it", surface, path, 0));
        Sandbox.run(surface, OptimizerConfig.defaults(OptimizerKind.SGD).create(2), 0.1, 0, 0, 5, path);
        assertTrue(PathStory.describe("it", surface, path, 5).startsWith("it starts at the minimum"));
    }

    @Test
    void countsPassesAndZigZagsOnAHandMadePath() {
        SandboxPath path = new SandboxPath(8);
        // along x through the minimum at 0: 2 → −1 → 0.5 → −0.25 → 0.1: every step reverses the last
        Sandbox.run(Surface.quadratic(1, 1), OptimizerConfig.defaults(OptimizerKind.SGD).create(2), 1.5, 2, 0, 4, path);
        assertEquals(4, PathStory.passes(path, 0, 0, path.count()));
        assertEquals(2, PathStory.zigzagSteps(path, path.count()));
    }
}
