package org.backproplab.train;

import java.lang.management.ManagementFactory;

/**
 * Bytes this thread allocates while running some work, the least of a few rounds. Code that allocates on its
 * path allocates in every round; the JVM itself now and then allocates on the thread once, outside the code's
 * control (the sharpness tests saw 312 B once in a full suite under load — a deoptimisation rematerialising an
 * object that compiled code had kept in registers), and that shows in one round only.
 */
final class AllocatedBytes {
    private static final int ROUNDS = 3;

    private AllocatedBytes() {
    }

    static long leastOf(Runnable round) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        long least = Long.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            long before = threads.getThreadAllocatedBytes(thread);
            round.run();
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        return least;
    }
}
