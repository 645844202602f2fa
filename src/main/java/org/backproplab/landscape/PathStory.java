package org.backproplab.landscape;

/**
 * One sentence on what a {@link Sandbox} path does, read off the path itself, for the text under the
 * sandbox's picture ("gradient descent zig-zags across the valley …", "momentum overshoots the minimum …").
 * Pure: the same path always gives the same words.
 *
 * <p>What is measured, with p* the minimum and s_t = p_{t+1} − p_t the steps:
 * <ul>
 *   <li><b>zig-zag</b>: steps that reverse the previous step and are reversed by the next one
 *       (s_{t−1}·s_t &lt; 0 and s_t·s_{t+1} &lt; 0): the point bounces from wall to wall of a valley;</li>
 *   <li><b>overshoot</b>: how often the point passes the minimum, i.e. the sign changes of (p − p*) along
 *       the start's direction (p₀ − p*);</li>
 *   <li><b>settled</b>: the step after which the point stays within {@value #TOLERANCE} of the view's
 *       diagonal from p*.</li>
 * </ul>
 * The saddle has no minimum: there the sentence says whether the point slid off the saddle point (|y| beyond
 * half the view) or stalls next to it.
 */
public final class PathStory {
    /** "At the minimum" means within this fraction of the view's diagonal. */
    public static final double TOLERANCE = 0.01;
    /** At least this many zig-zag steps before a path is said to zig-zag. */
    public static final int ZIGZAG_STEPS = 4;

    private PathStory() {
    }

    /**
     * @param name the optimizer as the student knows it, e.g. "gradient descent"
     * @param path the path of the last {@link Sandbox#run} on {@code surface}
     * @param steps the steps that run was asked for
     */
    public static String describe(String name, Surface surface, SandboxPath path, int steps) {
        int n = path.count();
        if (n == 0) {
            return name + " has not run yet.";
        }
        if (n == 1) {
            return name + " has not moved: 0 steps.";
        }
        if (surface.kind() == SurfaceKind.SADDLE) {
            return saddle(name, surface, path, zigzagSteps(path, n));
        }
        if (path.diverged()) {
            return name + " runs away: each step overshoots further, until the point leaves the picture after "
                    + (n - 1) + " steps. α is too large for it.";
        }
        double minX = surface.minimumX();
        double minY = surface.minimumY();
        double startDistance = Math.hypot(path.xs[0] - minX, path.ys[0] - minY);
        double tolerance = TOLERANCE * Math.hypot(surface.maxX() - surface.minX(), surface.maxY() - surface.minY());
        if (startDistance <= tolerance) {
            return name + " starts at the minimum, where the gradient is zero, so it stays there.";
        }
        int settled = settledAt(path, minX, minY, tolerance);
        // What happens once the point has settled (tiny wobbles at the bottom) is not the story.
        int end = settled >= 0 ? settled + 1 : n;
        int zigzags = zigzagSteps(path, end);
        int passes = passes(path, minX, minY, end);
        String zig = zigzags >= ZIGZAG_STEPS ? "zig-zags across the valley" : "";
        String over = passes == 0 ? "" : passes == 1 ? "overshoots the minimum once"
                : "overshoots the minimum " + passes + " times, swinging back and forth";
        String how = join(zig, over);
        if (settled >= 0) {
            return name + (how.isEmpty() ? " heads straight for the minimum and settles there"
                    : " " + how + ", then settles at the minimum") + " after " + settled
                    + (settled == 1 ? " step." : " steps.");
        }
        double endDistance = Math.hypot(path.xs[n - 1] - minX, path.ys[n - 1] - minY);
        // not Math.round of a possibly non-finite ratio: TeaVM's long conversion throws on NaN and ∞
        double progress = startDistance > 0 ? 1 - endDistance / startDistance : 1;
        long percent = progress >= 0 ? Math.round(100 * Math.min(1, progress)) : 0;
        if (percent < 50) {
            return name + " is slow: after " + (n - 1) + " steps it has come only " + percent
                    + " % of the way to the minimum" + (how.isEmpty() ? "" : "; it " + how) + ".";
        }
        return name + (how.isEmpty() ? " heads down" : " " + how) + "; after " + (n - 1) + " steps it has come "
                + percent + " % of the way to the minimum.";
    }

    private static String saddle(String name, Surface surface, SandboxPath path, int zigzags) {
        int n = path.count();
        double edge = 0.5 * Math.max(Math.abs(surface.maxY()), Math.abs(surface.minY()));
        int escaped = -1;
        for (int i = 0; i < n; i++) {
            if (Math.abs(path.ys[i]) > edge) {
                escaped = i;
                break;
            }
        }
        String zig = zigzags >= ZIGZAG_STEPS ? " (zig-zagging on the way)" : "";
        if (escaped >= 0 || path.diverged()) {
            if (escaped < 0) {
                escaped = n - 1;
            }
            return name + " heads for the saddle point" + zig + ", then slides off downhill along y after "
                    + escaped + " steps: a saddle point is no minimum.";
        }
        double x = path.xs[n - 1];
        double y = path.ys[n - 1];
        if (Math.abs(x) < 0.1 && Math.abs(y) < 0.1) {
            return name + " stalls next to the saddle point (0, 0)" + zig + ": the gradient there is almost zero, "
                    + "although it is not a minimum.";
        }
        return name + " is still on its way" + zig + ": after " + (n - 1) + " steps it has not yet left the saddle.";
    }

    /** Steps s_t with s_{t−1}·s_t &lt; 0 and s_t·s_{t+1} &lt; 0 among the first {@code end} points. */
    static int zigzagSteps(SandboxPath path, int end) {
        int count = 0;
        double[] xs = path.xs;
        double[] ys = path.ys;
        for (int t = 1; t + 2 < end; t++) {
            double before = dot(xs[t] - xs[t - 1], ys[t] - ys[t - 1], xs[t + 1] - xs[t], ys[t + 1] - ys[t]);
            double after = dot(xs[t + 1] - xs[t], ys[t + 1] - ys[t], xs[t + 2] - xs[t + 1], ys[t + 2] - ys[t + 1]);
            if (before < 0 && after < 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Sign changes of (p − p*)·(p₀ − p*) among the first {@code end} points: how often the point passes the
     * minimum along the start's direction.
     */
    static int passes(SandboxPath path, double minX, double minY, int end) {
        double dx = path.xs[0] - minX;
        double dy = path.ys[0] - minY;
        int count = 0;
        double previous = 1;
        for (int i = 1; i < end; i++) {
            double along = dot(path.xs[i] - minX, path.ys[i] - minY, dx, dy);
            if (along != 0 && (along < 0) != (previous < 0)) {
                count++;
                previous = along;
            } else if (along != 0) {
                previous = along;
            }
        }
        return count;
    }

    /** The first point from which the path stays within {@code tolerance} of (minX, minY); −1 if it does not end there. */
    static int settledAt(SandboxPath path, double minX, double minY, double tolerance) {
        int n = path.count();
        int settled = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (Math.hypot(path.xs[i] - minX, path.ys[i] - minY) > tolerance) {
                break;
            }
            settled = i;
        }
        return settled;
    }

    private static double dot(double ax, double ay, double bx, double by) {
        return ax * bx + ay * by;
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " and " + second;
    }
}
