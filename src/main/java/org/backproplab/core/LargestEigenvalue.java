package org.backproplab.core;

/**
 * The largest eigenvalue λ_max of a symmetric operator A (the algebraically largest, not the largest in size)
 * and its eigenvector, by the Lanczos method with full reorthogonalization, a few products at a time.
 *
 * <p>Why Lanczos rather than plain power iteration: a Hessian may be indefinite, and power iteration converges to
 * the eigenvalue of largest |λ|, which can be a negative one (the cost curving down steeply). It would then need
 * a second run on A − λ₁I, shifted so that every eigenvalue is ≤ 0 and λ_max − λ₁ is the largest in size, and
 * that run converges slowly. Lanczos builds an orthonormal basis q₀, q₁, … of the Krylov space span{q₀, Aq₀,
 * A²q₀, …}, in which A is the tridiagonal T (αⱼ = qⱼ·Aqⱼ, βⱼ = ‖the rest‖); the largest eigenvalue θ of T (the
 * Ritz value) approaches λ_max from below whatever the signs of the others, and at least as fast as power
 * iteration would. Each product is one call of {@link SymmetricOperator#multiply}; the rest costs O(k·n) for a
 * basis of k vectors of length n.
 *
 * <p>Convergence: with y the unit eigenvector of T for θ and x = Σ yⱼqⱼ the Ritz vector, ‖Ax − θx‖ = βₖ·|y_last|
 * (no extra product needed); A being symmetric, some eigenvalue lies within that residual of θ. The estimate
 * counts as converged when the residual is at most {@code tolerance} × the largest |Ritz value| (an estimate of
 * ‖A‖), or when the basis spans an invariant subspace. When the basis is full, the method restarts from x.
 * The start vector is drawn from the seed (a random start has a part along the top eigenvector with
 * probability 1), or is the previous estimate after {@link #restart()}.
 *
 * <p>Allocates its workspace once (maxBasis + 2 vectors of length n); {@link #advance} and {@link #eigenvector(double[])}
 * allocate nothing. Not thread-safe.
 */
public final class LargestEigenvalue {
    /** The default relative residual: θ is then within 1e-9·‖A‖ of an eigenvalue of A. */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    /** The default largest basis before a restart. */
    public static final int DEFAULT_MAX_BASIS = 50;

    private final SymmetricOperator operator;
    private final int size;
    private final int maxBasis;
    private final double tolerance;
    private final long seed;
    private final double[][] basis;
    private final double[] alpha;
    private final double[] beta;
    private final double[] ritz;
    private final double[] product;
    private final double[] estimate;
    private final Tridiagonal tridiagonal;
    /** Vectors in the basis; the next product is A·basis[built − 1]. */
    private int built;
    private boolean hasEstimate;
    private boolean converged;
    private boolean failed;
    private double value = Double.NaN;
    private double smallestRitz = Double.NaN;
    private double residual = Double.NaN;
    private int products;
    private int restarts;
    /** The next part of a product made in parts ({@link #advanceParts}); 0 when none is under way. */
    private int partNext;

    /** With {@link #DEFAULT_MAX_BASIS} and {@link #DEFAULT_TOLERANCE}. */
    public LargestEigenvalue(SymmetricOperator operator, long seed) {
        this(operator, DEFAULT_MAX_BASIS, DEFAULT_TOLERANCE, seed);
    }

    /**
     * @param maxBasis the most basis vectors kept before a restart, ≥ 2 (capped at n)
     * @param tolerance the relative residual that counts as converged, &gt; 0
     */
    public LargestEigenvalue(SymmetricOperator operator, int maxBasis, double tolerance, long seed) {
        if (operator == null || operator.size() < 1) {
            throw new IllegalArgumentException("an eigenvalue needs an operator on at least one dimension");
        }
        if (maxBasis < 2) {
            throw new IllegalArgumentException("the Lanczos basis needs room for at least 2 vectors, but maxBasis is "
                    + maxBasis);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("the tolerance must be a number > 0 and < 1, but is " + tolerance);
        }
        this.operator = operator;
        this.size = operator.size();
        this.maxBasis = Math.min(maxBasis, size);
        this.tolerance = tolerance;
        this.seed = seed;
        this.basis = new double[this.maxBasis][size];
        this.alpha = new double[this.maxBasis];
        this.beta = new double[this.maxBasis];
        this.ritz = new double[this.maxBasis];
        this.product = new double[size];
        this.estimate = new double[size];
        this.tridiagonal = new Tridiagonal(this.maxBasis);
        reset();
    }

    /** Starts afresh from the seed's random vector, forgetting every estimate. */
    public void reset() {
        Rng random = new Rng(seed);
        for (int p = 0; p < size; p++) {
            estimate[p] = random.nextGaussian();
        }
        hasEstimate = false;
        products = 0;
        restarts = 0;
        value = Double.NaN;
        residual = Double.NaN;
        startFrom(estimate);
    }

    /**
     * Starts a new basis from the current eigenvector estimate (or from the seed before there is one): the call to
     * make after the operator changed (the network's weights moved), so that the next estimate starts where the
     * old one ended. The value stays readable until the next product replaces it.
     */
    public void restart() {
        if (hasEstimate) {
            eigenvector(estimate);
        }
        products = 0;
        restarts = 0;
        startFrom(estimate);
    }

    private void startFrom(double[] start) {
        double norm = norm(start);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            // Nothing usable to start from: the seed's vector.
            Rng random = new Rng(seed);
            for (int p = 0; p < size; p++) {
                start[p] = random.nextGaussian();
            }
            norm = norm(start);
        }
        double[] first = basis[0];
        for (int p = 0; p < size; p++) {
            first[p] = start[p] / norm;
        }
        ritz[0] = 1;
        built = 1;
        partNext = 0;
        converged = false;
        failed = false;
    }

    /**
     * Up to {@code maxProducts} more operator products, fewer once converged (then none). Returns the products
     * made. After each, {@link #value()}, {@link #residual()} and {@link #isConverged()} describe the estimate.
     */
    public int advance(int maxProducts) {
        int made = 0;
        while (made < maxProducts && !converged && !failed) {
            step();
            made++;
        }
        return made;
    }

    /** Runs until converged or {@code maxProducts} products in all since the last (re)start; returns {@link #isConverged()}. */
    public boolean run(int maxProducts) {
        advance(maxProducts - products);
        return converged;
    }

    /**
     * Up to {@code maxParts} parts of the operator's product ({@link SymmetricOperator#parts()}), for a product too
     * large for one animation frame; once a product is complete the estimate moves on exactly as after {@link
     * #advance}, so that products made in parts give the same estimate bit for bit. Returns the parts made (0 once
     * converged). The operator must not change while a product is under way.
     */
    public int advanceParts(int maxParts) {
        if (converged || failed || maxParts < 1) {
            return 0;
        }
        int total = operator.parts();
        int from = partNext;
        int to = total - from <= maxParts ? total : from + maxParts;
        operator.multiplyParts(basis[built - 1], product, from, to);
        if (to < total) {
            partNext = to;
        } else {
            partNext = 0;
            products++;
            afterProduct();
        }
        return to - from;
    }

    /** Whether a product made in parts is under way. */
    public boolean isProductUnderWay() {
        return partNext > 0;
    }

    private void step() {
        operator.multiply(basis[built - 1], product);
        partNext = 0;
        products++;
        afterProduct();
    }

    private void afterProduct() {
        int j = built - 1;
        double[] q = basis[j];
        double a = dot(q, product);
        alpha[j] = a;
        // Full reorthogonalization, twice ("twice is enough", Parlett): the three-term recurrence alone loses
        // orthogonality once a Ritz value converges, and copies of it would appear.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i <= j; i++) {
                double c = dot(basis[i], product);
                double[] qi = basis[i];
                for (int p = 0; p < size; p++) {
                    product[p] -= c * qi[p];
                }
            }
        }
        double b = norm(product);
        beta[j] = b;
        int k = j + 1;
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            failed = true;
            value = Double.NaN;
            residual = Double.NaN;
            return;
        }
        value = Tridiagonal.largest(alpha, beta, k);
        smallestRitz = Tridiagonal.smallest(alpha, beta, k);
        tridiagonal.eigenvector(alpha, beta, k, value, ritz);
        hasEstimate = true;
        residual = b * Math.abs(ritz[k - 1]);
        double scale = Math.max(Math.abs(value), Math.abs(smallestRitz));
        boolean invariant = b <= 1e-14 * scale || b == 0;
        if (residual <= tolerance * scale || invariant || k == size) {
            converged = true;
            return;
        }
        if (k == maxBasis) {
            eigenvector(estimate);
            restarts++;
            startFrom(estimate);
            return;
        }
        double[] next = basis[k];
        for (int p = 0; p < size; p++) {
            next[p] = product[p] / b;
        }
        built = k + 1;
    }

    /** θ, the current estimate of λ_max; NaN before the first product or after a product that was not finite. */
    public double value() {
        return value;
    }

    /** ‖Ax − θx‖ of the current estimate (x of unit length); NaN before the first product. */
    public double residual() {
        return residual;
    }

    /** The smallest Ritz value: an upper bound on λ_min, for scale (NaN before the first product). */
    public double smallestRitzValue() {
        return smallestRitz;
    }

    /** Whether the residual is within the tolerance (or the basis spans an invariant subspace). */
    public boolean isConverged() {
        return converged;
    }

    /** Whether a product held a number that is not finite (the operator overflowed); then nothing advances. */
    public boolean hasFailed() {
        return failed;
    }

    /** Operator products since the last {@link #reset()} or {@link #restart()}. */
    public int products() {
        return products;
    }

    /** Times the basis was full and the method restarted from its Ritz vector since the last (re)start. */
    public int restarts() {
        return restarts;
    }

    public int size() {
        return size;
    }

    /**
     * The current Ritz vector x = Σ yⱼqⱼ, unit length, signed so that its largest-magnitude entry is positive
     * (an eigenvector's sign is arbitrary; this makes it reproducible), into {@code into} (length ≥ n).
     * All zeros before the first product. Allocates nothing.
     */
    public void eigenvector(double[] into) {
        for (int p = 0; p < size; p++) {
            into[p] = 0;
        }
        if (!hasEstimate) {
            return;
        }
        int k = built;
        for (int i = 0; i < k; i++) {
            double weight = ritz[i];
            double[] qi = basis[i];
            for (int p = 0; p < size; p++) {
                into[p] += weight * qi[p];
            }
        }
        double norm = norm(into, size);
        int largest = 0;
        for (int p = 1; p < size; p++) {
            if (Math.abs(into[p]) > Math.abs(into[largest])) {
                largest = p;
            }
        }
        double sign = into[largest] < 0 ? -1 : 1;
        for (int p = 0; p < size; p++) {
            into[p] = sign * into[p] / norm;
        }
    }

    /** {@link #eigenvector(double[])} into a new array. */
    public double[] eigenvector() {
        double[] vector = new double[size];
        eigenvector(vector);
        return vector;
    }

    private double dot(double[] x, double[] y) {
        double sum = 0;
        for (int p = 0; p < size; p++) {
            sum += x[p] * y[p];
        }
        return sum;
    }

    private double norm(double[] x) {
        return norm(x, size);
    }

    private static double norm(double[] x, int n) {
        double sum = 0;
        for (int p = 0; p < n; p++) {
            sum += x[p] * x[p];
        }
        return Math.sqrt(sum);
    }
}
