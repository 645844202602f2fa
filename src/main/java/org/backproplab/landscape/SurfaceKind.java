package org.backproplab.landscape;

/** The 2-parameter surfaces of the descent sandbox, with the names used in URLs and the CLI. */
public enum SurfaceKind {
    /** f = ½(a·x² + b·y²) with a ≫ b: a long narrow valley, where plain gradient descent zig-zags. */
    QUADRATIC("quadratic", "ill-conditioned quadratic", "f = ½(a·x² + b·y²)"),
    /** f = (1 − x)² + 100(y − x²)²: a curved, flat-bottomed valley with its minimum at (1, 1). */
    ROSENBROCK("rosenbrock", "Rosenbrock valley", "f = (1 − x)² + 100(y − x²)²"),
    /** f = x² − y²: downhill along y, uphill along x; the origin is a saddle point, not a minimum. */
    SADDLE("saddle", "saddle", "f = x² − y²");

    private final String id;
    private final String title;
    private final String formula;

    SurfaceKind(String id, String title, String formula) {
        this.id = id;
        this.title = title;
        this.formula = formula;
    }

    /** The name used in URLs and the CLI, e.g. {@code "rosenbrock"}. */
    public String id() {
        return id;
    }

    /** A short title for the user, e.g. "Rosenbrock valley". */
    public String title() {
        return title;
    }

    /** The formula of f, for a caption. */
    public String formula() {
        return formula;
    }

    /** The kind called {@code id}, or an exception that lists the allowed names. */
    public static SurfaceKind fromId(String id) {
        for (SurfaceKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown surface \"" + id + "\"; allowed: " + allowedIds());
    }

    /** The allowed names, comma-separated, for error messages and help. */
    public static String allowedIds() {
        StringBuilder names = new StringBuilder();
        for (SurfaceKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.id);
        }
        return names.toString();
    }
}
