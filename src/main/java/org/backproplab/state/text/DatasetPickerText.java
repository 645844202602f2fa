package org.backproplab.state.text;

import java.util.List;
import org.backproplab.data.DatasetKind;

/**
 * The words of the data-set picker: two groups (points to classify, curves to fit), and in each the data
 * sets in the order shown, with the short name under each thumbnail and the name a screen reader says
 * (which starts with the short one, so a voice user can say what they see).
 */
public final class DatasetPickerText {
    /** One data set in the picker. */
    public record Entry(DatasetKind kind, String label, String name) {
    }

    /** A heading and its data sets. */
    public record Group(String heading, List<Entry> entries) {
    }

    /** The groups, points first; every {@link DatasetKind} appears exactly once. */
    public static final List<Group> GROUPS = List.of(
            new Group("Classify points (x\u2081, x\u2082)", List.of(
                    new Entry(DatasetKind.CIRCLE, "Circle", "Circle"),
                    new Entry(DatasetKind.XOR, "XOR", "XOR (quadrants)"),
                    new Entry(DatasetKind.GAUSS, "Two blobs", "Two blobs"),
                    new Entry(DatasetKind.GAUSS3, "Three blobs", "Three blobs (3 classes)"),
                    new Entry(DatasetKind.SPIRAL, "Spiral", "Spiral"),
                    new Entry(DatasetKind.MOONS, "Moons", "Moons"),
                    new Entry(DatasetKind.RULE, "Formula\u2026", "Formula\u2026: a rule in x\u2081, x\u2082 you type"))),
            new Group("Fit a curve y(x)", List.of(
                    new Entry(DatasetKind.SINE, "Sine", "Sine wave"),
                    new Entry(DatasetKind.LINEAR, "Line", "Line: a straight line"),
                    new Entry(DatasetKind.EXPR, "Formula\u2026", "Formula\u2026: a curve y = f(x) you type"))));

    /** Points in a thumbnail: enough to show the shape, few enough to draw at once for all ten. */
    public static final int THUMBNAIL_POINTS = 160;
    /** The seed of every thumbnail's points (a fixed picture, whatever the lab's seed). */
    public static final long THUMBNAIL_SEED = 7;

    private DatasetPickerText() {
    }
}
