package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A tab left training for hours: the default lab for 1,000,000 steps, in chunks of 100 (one chunk per
 * "frame", so the cost curve gets 10,000 points and has to thin itself several times). The cost stays
 * finite, the curve stays within its capacity, and once warm the lab allocates nothing and the heap does
 * not grow.
 *
 * <p>The heap bound: the lab's memory is all allocated when it is built (weights, optimizer state, the
 * cost curve's three fixed arrays), so the live heap after a full collection must be the same at 100,000
 * and at 1,000,000 steps. What can differ is the JVM's and the test runner's own bookkeeping (a few
 * interned strings, surefire's stream buffers, class-loading caches), which is tens of KB at most; 256 KB
 * is far below what a leak of even one object per chunk would add (10,000 chunks × ≥ 16 bytes = 160 KB,
 * plus its array's growth) and well above that noise. The allocation counter is the sharper check: zero
 * bytes over 900,000 steps.
 */
class SoakTest {
    static final int TOTAL_STEPS = 1_000_000;
    static final int CHUNK = 100;
    static final int WARM_UP_STEPS = 100_000;
    static final long HEAP_GROWTH_BOUND_BYTES = 256 * 1024;

    @Test
    void millionStepsOfTheDefaultLabStayFiniteBoundedAndLeakFree() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        LabSession lab = new LabSession(AppState.defaults());
        double start = lab.trainCost();
        long started = System.nanoTime();
        long heapWarm = 0;
        long allocatedWarm = 0;
        double worst = 0;
        for (int step = 0; step < TOTAL_STEPS; step += CHUNK) {
            if (step == WARM_UP_STEPS) {
                heapWarm = usedHeapAfterGc();
                threads.getThreadAllocatedBytes(thread);
                allocatedWarm = threads.getThreadAllocatedBytes(thread);
            }
            int taken = lab.train(CHUNK);
            if (taken != CHUNK) { // (no message built on the happy path: it would allocate)
                throw new AssertionError("took " + taken + " steps at step " + step + ": " + lab.divergence());
            }
            double cost = lab.trainCost();
            if (!Double.isFinite(cost) || !Double.isFinite(lab.testCost())) {
                throw new AssertionError("cost not finite at step " + (step + CHUNK) + ": " + cost + ", test "
                        + lab.testCost());
            }
            worst = Math.max(worst, cost);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedWarm;
        long heapEnd = usedHeapAfterGc();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("SoakTest: %,d steps in %.1f s (%,.0f steps/s); J %.4g -> %.4g (max %.4g); "
                + "curve %d points; heap after GC at 100k %,d B, at 1M %,d B (growth %,d B); "
                + "allocated after warm-up %,d B%n", TOTAL_STEPS, seconds, TOTAL_STEPS / seconds, start,
                lab.trainCost(), worst, lab.history().size(), heapWarm, heapEnd, heapEnd - heapWarm, allocated);

        assertEquals(TOTAL_STEPS, lab.iteration());
        assertFalse(lab.isDiverged(), lab.divergence());
        assertTrue(lab.trainCost() < 0.5 * start, "J " + start + " -> " + lab.trainCost());
        assertTrue(lab.history().size() <= CostSeries.CAPACITY, "curve points " + lab.history().size());
        for (int k = 0; k < lab.history().size(); k++) {
            assertTrue(Double.isFinite(lab.history().trainCost(k)) && Double.isFinite(lab.history().testCost(k)),
                    "curve point " + k);
        }
        for (double w : lab.network().parameters()) {
            assertTrue(Double.isFinite(w), "a weight became " + w);
        }
        assertEquals(0, allocated, "bytes allocated by 900,000 steps after warm-up");
        assertTrue(heapEnd - heapWarm < HEAP_GROWTH_BOUND_BYTES, "heap grew from " + heapWarm + " to " + heapEnd
                + " bytes between 100,000 and 1,000,000 steps");
    }

    /** Used heap after asking for full collections until it stops shrinking (at most 5 times). */
    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            System.gc();
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
