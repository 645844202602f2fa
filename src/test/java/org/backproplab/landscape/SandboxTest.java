package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.backproplab.optim.Optimizer;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class SandboxTest {
    private static Optimizer optimizer(OptimizerKind kind) {
        return OptimizerConfig.defaults(kind).create(2);
    }

    @Test
    void sgdOnTheQuadraticFollowsTheClosedForm() {
        // x_{t+1} = x_t − α·a·x_t ⇒ x_t = (1 − α·a)^t·x₀, and likewise y_t = (1 − α·b)^t·y₀.
        Surface surface = Surface.illConditionedQuadratic(); // a = 20, b = 1
        double alpha = 0.09; // 1 − α·a = −0.8: x zig-zags; 1 − α·b = 0.91: y crawls
        SandboxPath path = new SandboxPath(101);
        Sandbox.run(surface, optimizer(OptimizerKind.SGD), alpha, -2.5, 2.5, 100, path);
        assertEquals(101, path.count());
        assertFalse(path.diverged());
        for (int t = 0; t <= 100; t++) {
            double x = Math.pow(1 - alpha * 20, t) * -2.5;
            double y = Math.pow(1 - alpha * 1, t) * 2.5;
            assertEquals(x, path.x(t), 1e-12, "x at t = " + t);
            assertEquals(y, path.y(t), 1e-12, "y at t = " + t);
            assertEquals(0.5 * (20 * x * x + y * y), path.value(t), 1e-11, "f at t = " + t);
        }
    }

    @Test
    void momentumOnAOneDimensionalQuadraticFollowsTheHeavyBallRecurrence() {
        // With y₀ = 0 the y gradient b·y stays 0, so only x moves, on f = ½·a·x². Heavy ball with the
        // buffer eliminated: x₁ = (1 − α·a)·x₀, x_{t+1} = (1 + μ − α·a)·x_t − μ·x_{t−1}.
        double a = 4;
        double alpha = 0.1;
        double mu = 0.9;
        Surface surface = Surface.quadratic(a, 1);
        SandboxPath path = new SandboxPath(201);
        Optimizer momentum = OptimizerConfig.defaults(OptimizerKind.MOMENTUM).withMomentum(mu).create(2);
        Sandbox.run(surface, momentum, alpha, 2.0, 0.0, 200, path);
        assertEquals(201, path.count());
        double previous = 2.0;
        double current = (1 - alpha * a) * previous;
        assertEquals(previous, path.x(0));
        assertEquals(current, path.x(1), 1e-15);
        for (int t = 2; t <= 200; t++) {
            double next = (1 + mu - alpha * a) * current - mu * previous;
            previous = current;
            current = next;
            assertEquals(current, path.x(t), 1e-12, "x at t = " + t);
            assertEquals(0.0, path.y(t));
        }
    }

    @Test
    void tooLargeAStepRunsOffAndStopsWhereThePointLeaves() {
        // α = 0.2 on a = 20: x_t = (−3)^t·(−2.5). |x_t| first exceeds 1e6 at the smallest t with
        // 3^t·2.5 > 1e6; that point is recorded and the run stops there.
        double alpha = 0.2;
        int escape = 0;
        while (Math.pow(3, escape) * 2.5 <= Sandbox.ESCAPE_LIMIT) {
            escape++;
        }
        SandboxPath path = new SandboxPath(1001);
        Sandbox.run(Surface.illConditionedQuadratic(), optimizer(OptimizerKind.SGD), alpha, -2.5, 2.5, 1000, path);
        assertTrue(path.diverged());
        assertEquals(escape + 1, path.count());
        assertEquals(Math.pow(-3, escape) * -2.5, path.x(escape), 1e-9 * Math.pow(3, escape));
        for (int t = 0; t < path.count(); t++) {
            assertTrue(Double.isFinite(path.value(t)));
        }
    }

    @Test
    void onTheSaddleDescentSlidesOffAlongY() {
        // SGD: x_t = (1 − 2α)^t·x₀ → 0 while y_t = (1 + 2α)^t·y₀ grows without bound.
        Surface saddle = Surface.saddle();
        double alpha = 0.1;
        SandboxPath path = new SandboxPath(1001);
        Sandbox.run(saddle, optimizer(OptimizerKind.SGD), alpha, saddle.startX(), saddle.startY(), 1000, path);
        assertTrue(path.diverged(), "f is unbounded below along y");
        int last = path.count() - 1;
        assertEquals(Math.pow(1.2, last) * saddle.startY(), path.y(last), 1e-9 * Math.abs(path.y(last)));
        assertEquals(Math.pow(0.8, last) * saddle.startX(), path.x(last), 1e-15);
    }

    @Test
    void aRunIsAFunctionOfItsArguments() {
        // The same optimizer object, used twice: reset first, so the second path equals the first.
        Optimizer adam = optimizer(OptimizerKind.ADAM);
        Surface rosenbrock = Surface.rosenbrock();
        SandboxPath first = new SandboxPath(501);
        SandboxPath second = new SandboxPath(501);
        Sandbox.run(rosenbrock, adam, 0.05, -1.2, 1, 500, first);
        Sandbox.run(rosenbrock, adam, 0.05, -1.2, 1, 500, second);
        assertArrayEquals(first.xView(), second.xView());
        assertArrayEquals(first.yView(), second.yView());
        assertTrue(first.value(500) < first.value(0), "Adam goes downhill on Rosenbrock");
    }

    @Test
    void zeroStepsRecordsJustTheStart() {
        SandboxPath path = new SandboxPath(1);
        Sandbox.run(Surface.rosenbrock(), optimizer(OptimizerKind.SGD), 0.001, -1.2, 1, 0, path);
        assertEquals(1, path.count());
        assertEquals(24.2, path.value(0), 1e-12);
        assertThrows(IndexOutOfBoundsException.class, () -> path.x(1));
    }

    @Test
    void rejectsBadRuns() {
        Surface surface = Surface.saddle();
        SandboxPath path = new SandboxPath(11);
        assertEquals("the sandbox moves 2 parameters (x, y), but the optimizer was created for 3",
                assertThrows(IllegalArgumentException.class, () -> Sandbox.run(surface,
                        OptimizerConfig.defaults(OptimizerKind.SGD).create(3), 0.1, 0, 0, 10, path)).getMessage());
        assertEquals("steps must be 0 to 10 (the path's capacity − 1), but is 11",
                assertThrows(IllegalArgumentException.class, () -> Sandbox.run(surface,
                        optimizer(OptimizerKind.SGD), 0.1, 0, 0, 11, path)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Sandbox.run(surface, optimizer(OptimizerKind.SGD), 0, 0, 0, 10, path));
        assertThrows(IllegalArgumentException.class,
                () -> Sandbox.run(surface, optimizer(OptimizerKind.SGD), 0.1, Double.NaN, 0, 10, path));
        assertThrows(IllegalArgumentException.class, () -> new SandboxPath(0));
    }

    @Test
    void rerunningIntoTheSamePathAllocatesNothing() {
        // A slider drag reruns the whole trajectory every frame.
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
        long thread = Thread.currentThread().getId();
        Surface[] surfaces = {Surface.illConditionedQuadratic(), Surface.rosenbrock(), Surface.saddle()};
        Optimizer[] optimizers = new Optimizer[OptimizerKind.values().length];
        for (int k = 0; k < optimizers.length; k++) {
            optimizers[k] = optimizer(OptimizerKind.values()[k]);
        }
        SandboxPath path = new SandboxPath(301);
        Runnable frame = () -> {
            for (Surface surface : surfaces) {
                for (Optimizer optimizer : optimizers) {
                    Sandbox.run(surface, optimizer, 0.01, surface.startX(), surface.startY(), 300, path);
                }
            }
        };
        for (int warm = 0; warm < 300; warm++) {
            frame.run();
        }
        // A JIT recompilation can run a frame interpreted once, where escape analysis does not apply; code that
        // allocates per frame allocates in every window, so the quietest of five windows must be exactly 0.
        counter.getThreadAllocatedBytes(thread);
        long quietest = Long.MAX_VALUE;
        for (int window = 0; window < 5 && quietest != 0; window++) {
            long before = counter.getThreadAllocatedBytes(thread);
            for (int n = 0; n < 50; n++) {
                frame.run();
            }
            quietest = Math.min(quietest, counter.getThreadAllocatedBytes(thread) - before);
        }
        assertEquals(0, quietest, "bytes allocated by 50 frames in the quietest of five windows");
    }
}
