package org.backproplab.landscape;

/**
 * A cost surface of two parameters (x, y) for the descent sandbox, where the point itself is the
 * parameter vector: its value f(x, y) and its analytic gradient side by side, a default start point and a
 * view box that shows the interesting part. Immutable.
 * <pre>
 *   quadratic    f = ½(a·x² + b·y²)             ∂f/∂x = a·x                       ∂f/∂y = b·y
 *   rosenbrock   f = (1 − x)² + 100(y − x²)²    ∂f/∂x = −2(1 − x) − 400·x(y − x²)  ∂f/∂y = 200(y − x²)
 *   saddle       f = x² − y²                    ∂f/∂x = 2x                        ∂f/∂y = −2y
 * </pre>
 */
public final class Surface {
    /** a of the default quadratic: the steep direction, x. */
    public static final double DEFAULT_STEEP_CURVATURE = 20;
    /** b of the default quadratic: the shallow direction, y (condition number a/b = 20). */
    public static final double DEFAULT_SHALLOW_CURVATURE = 1;

    private final SurfaceKind kind;
    private final double a;
    private final double b;
    private final double startX;
    private final double startY;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    private Surface(SurfaceKind kind, double a, double b, double startX, double startY, double minX, double maxX,
            double minY, double maxY) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.startX = startX;
        this.startY = startY;
        this.minX = minX;
        this.maxX = maxX;
        this.minY = minY;
        this.maxY = maxY;
    }

    /**
     * f = ½(a·x² + b·y²): curvatures a along x and b along y, the Hessian diag(a, b); plain gradient descent
     * converges iff α &lt; 2/max(a, b). Starts at (−2.5, 2.5) in the view [−3, 3]².
     *
     * @param a the curvature along x, finite and &gt; 0
     * @param b the curvature along y, finite and &gt; 0
     */
    public static Surface quadratic(double a, double b) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("curvature a must be a finite number > 0, but is " + a);
        }
        if (!(b > 0) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("curvature b must be a finite number > 0, but is " + b);
        }
        return new Surface(SurfaceKind.QUADRATIC, a, b, -2.5, 2.5, -3, 3, -3, 3);
    }

    /** The quadratic with a = 20, b = 1. */
    public static Surface illConditionedQuadratic() {
        return quadratic(DEFAULT_STEEP_CURVATURE, DEFAULT_SHALLOW_CURVATURE);
    }

    /** Rosenbrock's valley, from the classic start (−1.2, 1) in the view [−2, 2] × [−1, 3]. */
    public static Surface rosenbrock() {
        return new Surface(SurfaceKind.ROSENBROCK, Double.NaN, Double.NaN, -1.2, 1, -2, 2, -1, 3);
    }

    /**
     * x² − y², from (−1.5, 0.05): just off the ridge y = 0, so the descent first heads for the saddle point
     * and then slides off along y. View [−2, 2]².
     */
    public static Surface saddle() {
        return new Surface(SurfaceKind.SADDLE, Double.NaN, Double.NaN, -1.5, 0.05, -2, 2, -2, 2);
    }

    /** The surface of {@code kind} with its default parameters. */
    public static Surface defaults(SurfaceKind kind) {
        switch (kind) {
            case QUADRATIC: return illConditionedQuadratic();
            case ROSENBROCK: return rosenbrock();
            case SADDLE: return saddle();
            default: throw new AssertionError(kind);
        }
    }

    public SurfaceKind kind() {
        return kind;
    }

    /** f(x, y). */
    public double value(double x, double y) {
        switch (kind) {
            case QUADRATIC:
                return 0.5 * (a * x * x + b * y * y);
            case ROSENBROCK: {
                double valley = y - x * x;
                return (1 - x) * (1 - x) + 100 * valley * valley;
            }
            case SADDLE:
                return x * x - y * y;
            default:
                throw new AssertionError(kind);
        }
    }

    /** ∂f/∂x at (x, y). */
    public double gradientX(double x, double y) {
        switch (kind) {
            case QUADRATIC:
                return a * x;
            case ROSENBROCK:
                return -2 * (1 - x) - 400 * x * (y - x * x);
            case SADDLE:
                return 2 * x;
            default:
                throw new AssertionError(kind);
        }
    }

    /** ∂f/∂y at (x, y). */
    public double gradientY(double x, double y) {
        switch (kind) {
            case QUADRATIC:
                return b * y;
            case ROSENBROCK:
                return 200 * (y - x * x);
            case SADDLE:
                return -2 * y;
            default:
                throw new AssertionError(kind);
        }
    }

    /** The curvature a along x of a quadratic; NaN for the other kinds. */
    public double curvatureX() {
        return a;
    }

    /** The curvature b along y of a quadratic; NaN for the other kinds. */
    public double curvatureY() {
        return b;
    }

    /** The x of the minimum (0 for the quadratic, 1 for Rosenbrock), NaN for the saddle, which has none. */
    public double minimumX() {
        switch (kind) {
            case QUADRATIC: return 0;
            case ROSENBROCK: return 1;
            default: return Double.NaN;
        }
    }

    /** The y of the minimum, NaN for the saddle. */
    public double minimumY() {
        return minimumX();
    }

    public double startX() {
        return startX;
    }

    public double startY() {
        return startY;
    }

    /** The view box: x from minX to maxX, y from minY to maxY. */
    public double minX() {
        return minX;
    }

    public double maxX() {
        return maxX;
    }

    public double minY() {
        return minY;
    }

    public double maxY() {
        return maxY;
    }

    @Override
    public String toString() {
        return kind == SurfaceKind.QUADRATIC ? kind.id() + "(a=" + a + ", b=" + b + ")" : kind.id();
    }
}
