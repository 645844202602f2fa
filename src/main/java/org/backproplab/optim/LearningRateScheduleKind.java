package org.backproplab.optim;

/** The learning-rate schedules the lab offers, with the names used in URLs, model files and the CLI. */
public enum LearningRateScheduleKind {
    /** α(t) = α. */
    CONSTANT("constant", "α"),
    /** α(t) = α·γ^⌊t/s⌋: multiplied by γ every s steps. */
    STEP("step", "α·γ^⌊t/s⌋"),
    /** α(t) = α·γ^t: multiplied by γ every step. */
    EXPONENTIAL("exponential", "α·γ^t"),
    /** α(t) = α/(1 + k·t). */
    INVERSE_TIME("inverse_time", "α/(1 + k·t)"),
    /** α(t) = α_min + ½(α − α_min)(1 + cos(π·t/T)) for t ≤ T, then α_min. */
    COSINE("cosine", "α_min + ½(α − α_min)(1 + cos(π·t/T))");

    private final String id;
    private final String formula;

    LearningRateScheduleKind(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** The name used in URLs, model files and the CLI, e.g. {@code "inverse_time"}. */
    public String id() {
        return id;
    }

    /** The formula of α(t) in the lab's symbols, for a label next to the plot, e.g. "α·γ^t". */
    public String formula() {
        return formula;
    }

    /** The kind called {@code id}, or an exception that lists the allowed names. */
    public static LearningRateScheduleKind fromId(String id) {
        for (LearningRateScheduleKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown learning-rate schedule \"" + id + "\"; allowed: " + allowedIds());
    }

    /** The allowed names, comma-separated, for error messages and help. */
    public static String allowedIds() {
        StringBuilder names = new StringBuilder();
        for (LearningRateScheduleKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.id);
        }
        return names.toString();
    }
}
