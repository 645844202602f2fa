package org.backproplab.state.text;

import org.backproplab.data.DatasetKind;

/**
 * The words of the data-set picker: three groups (points to classify, curves to fit, a worksheet's examples
 * worked by hand), and in each the data
 * sets in the order shown, with the short name under each thumbnail and the name a screen reader says
 * (which starts with the short one, so a voice user can say what they see). Plain arrays, not records: the
 * browser bundle pays for every record's generated methods.
 */
public final class DatasetPickerText {
    /** The group headings, points first. */
    public static final String[] HEADINGS = {"Classify points (x\u2081, x\u2082)", "Fit a curve y(x)", "Work by hand"};
    /** Each group's data sets in the order shown; every {@link DatasetKind} appears exactly once. */
    public static final DatasetKind[][] KINDS = {
        {DatasetKind.CIRCLE, DatasetKind.XOR, DatasetKind.GAUSS, DatasetKind.GAUSS3, DatasetKind.SPIRAL,
            DatasetKind.MOONS, DatasetKind.RULE},
        {DatasetKind.SINE, DatasetKind.LINEAR, DatasetKind.EXPR},
        {DatasetKind.EXAMPLES}};

    /** Points in a thumbnail: enough to show the shape, few enough to draw at once for all of them. */
    public static final int THUMBNAIL_POINTS = 160;
    /** The seed of every thumbnail's points (a fixed picture, whatever the lab's seed). */
    public static final long THUMBNAIL_SEED = 7;

    private DatasetPickerText() {
    }

    /** The short name under {@code kind}'s thumbnail. */
    public static String label(DatasetKind kind) {
        return kind.usesFormula() ? "Formula\u2026" : LABELS[kind.ordinal()];
    }

    /** The name a screen reader says for {@code kind}: its label, and what it means where the label is short. */
    public static String name(DatasetKind kind) {
        return kind == DatasetKind.RULE ? "Formula\u2026: a rule in x\u2081, x\u2082 you type"
                : kind == DatasetKind.EXPR ? "Formula\u2026: a curve y = f(x) you type" : NAMES[kind.ordinal()];
    }

    // by DatasetKind's order (a switch over another class's enum costs the browser bundle a lookup class);
    // DatasetPickerTextTest checks every kind against its name written out
    private static final String[] LABELS = {"Circle", "XOR", "Two blobs", "Three blobs", "Spiral", "Moons", "Sine",
        "Line", null, null, "Worksheet"};
    private static final String[] NAMES = {"Circle", "XOR (quadrants)", "Two blobs", "Three blobs (3 classes)", "Spiral",
        "Moons", "Sine wave", "Line: a straight line", null, null,
        "Worksheet: a few examples written out, as on a printed worksheet (Mazur's example until a link brings others)"};
}
