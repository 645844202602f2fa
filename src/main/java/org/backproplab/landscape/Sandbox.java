package org.backproplab.landscape;

import org.backproplab.optim.Optimizer;

/**
 * The descent sandbox's simulation: an optimizer walking down a {@link Surface} whose point (x, y) is the
 * parameter vector. As in distill's "Why Momentum Really Works", it is a pure function from (surface,
 * optimizer settings, α, start, steps) to the whole trajectory, stopping on divergence; the view only draws
 * the path.
 */
public final class Sandbox {
    /** The most points a path may hold. */
    public static final int MAX_POINTS = 100_000;
    /** A point with |x| or |y| beyond this has run off to infinity, as far as any view is concerned. */
    public static final double ESCAPE_LIMIT = 1e6;

    private Sandbox() {
    }

    /**
     * Walks {@code steps} optimizer steps from (startX, startY) and records the path into {@code path}.
     * The optimizer is {@link Optimizer#reset() reset} first, so the run is a function of its arguments.
     * Step t feeds the optimizer the parameters (x_t, y_t) and the analytic gradient there.
     *
     * <p>Every recorded point has finite x, y and f. The run stops early, with {@link SandboxPath#diverged()}
     * true, at the first point where x, y or f is not finite (that point is not recorded) or where |x| or |y|
     * exceeds {@value #ESCAPE_LIMIT} (that point is recorded, so a view can draw the path leaving). Allocates
     * nothing unless it throws.
     *
     * @param optimizer an optimizer for 2 parameters (e.g. {@code config.create(2)})
     * @param learningRate α, finite and &gt; 0
     * @param steps 0 to path.capacity() − 1
     */
    public static void run(Surface surface, Optimizer optimizer, double learningRate, double startX, double startY,
            int steps, SandboxPath path) {
        if (surface == null || optimizer == null || path == null) {
            throw new IllegalArgumentException("the sandbox needs a surface, an optimizer and a path to record into");
        }
        if (optimizer.parameterCount() != 2) {
            throw new IllegalArgumentException("the sandbox moves 2 parameters (x, y), but the optimizer was created for "
                    + optimizer.parameterCount());
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, but is " + learningRate);
        }
        if (steps < 0 || steps > path.capacity() - 1) {
            throw new IllegalArgumentException("steps must be 0 to " + (path.capacity() - 1)
                    + " (the path's capacity − 1), but is " + steps);
        }
        double startValue = surface.value(startX, startY);
        if (!Double.isFinite(startX) || !Double.isFinite(startY) || !Double.isFinite(startValue)) {
            throw new IllegalArgumentException("the start (" + startX + ", " + startY + ") must be a finite point with"
                    + " a finite value, but f = " + startValue);
        }
        optimizer.reset();
        double[] parameters = path.parameters;
        double[] gradient = path.gradient;
        parameters[0] = startX;
        parameters[1] = startY;
        path.xs[0] = startX;
        path.ys[0] = startY;
        path.values[0] = startValue;
        path.count = 1;
        path.diverged = false;
        for (int t = 0; t < steps; t++) {
            double x = parameters[0];
            double y = parameters[1];
            gradient[0] = surface.gradientX(x, y);
            gradient[1] = surface.gradientY(x, y);
            optimizer.step(parameters, gradient, learningRate);
            x = parameters[0];
            y = parameters[1];
            double value = surface.value(x, y);
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(value)) {
                path.diverged = true;
                return;
            }
            int n = path.count++;
            path.xs[n] = x;
            path.ys[n] = y;
            path.values[n] = value;
            if (Math.abs(x) > ESCAPE_LIMIT || Math.abs(y) > ESCAPE_LIMIT) {
                path.diverged = true;
                return;
            }
        }
    }
}
