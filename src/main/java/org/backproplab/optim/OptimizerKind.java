package org.backproplab.optim;

/** The optimizers the lab offers, with the names used in URLs, model files and the CLI. */
public enum OptimizerKind {
    SGD("sgd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    RMSPROP("rmsprop"),
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    /** The name used in URLs, model files and the CLI, e.g. {@code "rmsprop"}. */
    public String id() {
        return id;
    }

    /** The kind called {@code id}, or an exception that lists the allowed names. */
    public static OptimizerKind fromId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer \"" + id + "\"; allowed: " + allowedIds());
    }

    /** The allowed names, comma-separated, for error messages and help. */
    public static String allowedIds() {
        StringBuilder names = new StringBuilder();
        for (OptimizerKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.id);
        }
        return names.toString();
    }
}
