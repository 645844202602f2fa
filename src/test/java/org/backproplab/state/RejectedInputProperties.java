package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.optim.OptimizerKind;

/**
 * A rejected input never half-applies: whatever a student pastes as a CSV, a link or a number, the lab
 * either takes all of it or none of it. "None" is checked bit for bit on everything a view or script can
 * read ({@link LabFingerprint}: settings, weights, points, cost curve, counters, costs, divergence,
 * revision), before and after, starting from labs in several conditions (fresh, trained, diverged, with
 * hand-added points, three classes).
 */
class RejectedInputProperties {
    static final int SETUPS = 5;

    /** A lab in condition {@code setup}: 0 fresh, 1 trained with Adam, 2 diverged, 3 clicked points, 4 three classes. */
    static LabSession lab(int setup) {
        switch (setup) {
            case 0:
                return new LabSession(AppState.defaults());
            case 1: {
                LabSession lab = new LabSession(AppState.defaults().withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01));
                lab.train(37);
                lab.train(5);
                return lab;
            }
            case 2: {
                LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE)
                        .withActivation(Activation.RELU).withLearningRate(10).withBatchSize(0));
                lab.train(200);
                assertTrue(lab.isDiverged(), "setup 2 must be a diverged lab");
                return lab;
            }
            case 3: {
                LabSession lab = new LabSession(AppState.defaults().withPointCount(10));
                lab.train(3);
                assertEquals("", lab.addPoint(0.5, -0.5, 1));
                return lab;
            }
            default: {
                LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.GAUSS3)
                        .withLoss(Loss.CROSS_ENTROPY).withHiddenLayers(new int[] {3}));
                lab.train(11);
                return lab;
            }
        }
    }

    static void assertUnchanged(LabFingerprint before, LabSession lab, String what) {
        String difference = before.differenceFrom(LabFingerprint.of(lab));
        assertEquals("", difference, what + " changed the lab");
    }

    // ---- CSV

    @Property(tries = 600)
    void aRejectedCsvLeavesTheLabBitIdentical(@ForAll("csvTexts") String text,
            @ForAll @IntRange(min = 0, max = SETUPS - 1) int setup) {
        LabSession lab = lab(setup);
        LabFingerprint before = LabFingerprint.of(lab);
        DatasetKind kind = lab.state().dataset();
        Dataset data;
        try {
            data = DataCsv.parse(text, kind.inputSize(), kind.targetSize());
        } catch (FormatException e) {
            assertFalse(e.getMessage().isBlank());
            assertUnchanged(before, lab, "a CSV the parser refused");
            return;
        }
        String refused = lab.replaceData(data);
        if (!refused.isEmpty()) {
            assertUnchanged(before, lab, "a CSV the lab refused (" + refused + ")");
            return;
        }
        // Accepted: all of it, and a lab that can train.
        assertTrue(lab.hasCustomData());
        assertEquals(data.count(), lab.trainData().count() + lab.testData().count());
        assertEquals(0, lab.iteration());
        assertFalse(lab.isDiverged());
        assertTrue(Double.isFinite(lab.trainCost()) && Double.isFinite(lab.testCost()),
                "J " + lab.trainCost() + " / " + lab.testCost() + " on accepted data");
    }

    @Property(tries = 300)
    void dataOfTheWrongShapeIsRefusedWhole(@ForAll @IntRange(min = 1, max = 3) int inputs,
            @ForAll @IntRange(min = 1, max = 3) int targets, @ForAll @IntRange(min = 0, max = 12) int rows,
            @ForAll("values") double value, @ForAll @IntRange(min = 0, max = SETUPS - 1) int setup) {
        LabSession lab = lab(setup);
        LabFingerprint before = LabFingerprint.of(lab);
        double[] in = new double[rows * inputs];
        double[] out = new double[rows * targets];
        java.util.Arrays.fill(in, value);
        java.util.Arrays.fill(out, value);
        String refused = lab.replaceData(new Dataset(inputs, targets, in, out));
        DatasetKind kind = lab.state().dataset();
        boolean fits = inputs == kind.inputSize() && targets == kind.targetSize() && rows >= 2
                && Math.abs(value) <= LabSession.MAX_DATA_VALUE
                && (!kind.isClassification() || (kind.classCount() == 2 ? value == 0 || value == 1 : false));
        if (fits) {
            assertEquals("", refused);
        } else {
            assertNotEquals("", refused, "expected a refusal");
            assertUnchanged(before, lab, "refused data (" + refused + ")");
        }
    }

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, -0.0, 0.5, 2.0, 1e6, -1e6, 1.0000001e6, 1e300, -Double.MAX_VALUE),
                Arbitraries.doubles().between(-10, 10));
    }

    @Provide
    Arbitrary<String> csvTexts() {
        String circle = "x1,x2,label\n0.1,0.2,1\n-1,2,0\n0.5,0.5,1\n";
        String sine = "x,y\n0.1,0.2\n-1,2\n3,-0.5\n";
        String gauss3 = "x1,x2,c0,c1,c2\n0.1,0.2,1,0,0\n-1,2,0,1,0\n1,1,0,0,1\n";
        return Arbitraries.oneOf(mutated(circle), mutated(sine), mutated(gauss3), randomText(),
                Arbitraries.of("", "x1,x2,label\n", "x1,x2,label\n1,1,1\n", "x1,x2,label\n1e300,0,1\n2,2,0\n",
                        "x,y\n1e7,1\n2,2\n", "x1,x2,label\n1,1,1\n1,1,1\n", "x1,x2,label\n1,1,7\n1,1,0\n",
                        "x1,x2,c0,c1,c2\n1,1,1,1,0\n1,1,0,0,1\n", "x1,x2,label\n1,1,NaN\n1,1,0\n"));
    }

    /** A valid file with 1..6 random deletions, insertions and replacements. */
    static Arbitrary<String> mutated(String valid) {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of(',', '\n', '\r', '-', '.', 'e', '0', '1', '7', '9', ' ', '#', 'N'), Arbitraries.chars());
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), chars.map(c -> (int) c))
                .as((kind, position, c) -> new int[] {kind, position, c});
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            StringBuilder text = new StringBuilder(valid);
            for (int[] e : edits) {
                int position = e[1] % (text.length() + 1);
                switch (e[0]) {
                    case 0 -> { if (position < text.length()) { text.deleteCharAt(position); } }
                    case 1 -> text.insert(position, (char) e[2]);
                    default -> { if (position < text.length()) { text.setCharAt(position, (char) e[2]); } }
                }
            }
            return text.toString();
        });
    }

    static Arbitrary<String> randomText() {
        return Arbitraries.strings().withChars("0123456789,.-e\n#xyNaInf ").ofMaxLength(80);
    }

    // ---- links (URL state)

    /**
     * A link whose settings are all refused leaves the lab bit-identical (a diverged lab stays diverged,
     * the curve and the revision stay); one with some good settings applies exactly those.
     */
    @Property(tries = 400)
    void aLinkWhoseSettingsAreAllRejectedLeavesTheLabBitIdentical(@ForAll("badLinks") String link,
            @ForAll @IntRange(min = 0, max = SETUPS - 1) int setup) {
        LabSession lab = lab(setup);
        LabFingerprint before = LabFingerprint.of(lab);
        StateCodec.Decoded decoded = StateCodec.decode(link, lab.state());
        boolean allRefused = decoded.state().equals(lab.state());
        lab.apply(decoded.state());
        if (allRefused) {
            assertFalse(decoded.notices().isEmpty(), link);
            assertUnchanged(before, lab, "the link " + link);
        } else {
            assertEquals(decoded.state(), lab.state());
        }
    }

    @Provide
    Arbitrary<String> badLinks() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(StateCodec.KEYS).filter(k -> !k.equals("v")),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1e999", "-1", "", "0x10", "1d", "abc", "€", "4,99",
                        "1,2,3,4,5,6,7", "😀", "%00", "1e-400x", " 0.1", "0.1 ")).as((k, v) -> k + "=" + v);
        Arbitrary<String> unknown = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)
                .filter(k -> indexOfKey(k) < 0).map(k -> k + "=1");
        return Arbitraries.oneOf(pair, unknown).list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("&", list));
    }

    private static int indexOfKey(String key) {
        for (int k = 0; k < StateCodec.KEYS.length; k++) {
            if (StateCodec.KEYS[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    @Property(tries = 100)
    void anOverlongLinkIsIgnoredWhole(@ForAll @IntRange(min = 0, max = SETUPS - 1) int setup,
            @ForAll @IntRange(min = 1, max = 2000) int extra) {
        LabSession lab = lab(setup);
        LabFingerprint before = LabFingerprint.of(lab);
        String link = "lr=0.5&data=xor&" + "x".repeat(StateCodec.MAX_LENGTH - 16 + extra);
        StateCodec.Decoded decoded = StateCodec.decode(link, lab.state());
        assertTrue(decoded.notices().get(0).contains("at most 8192"), decoded.notices().toString());
        lab.apply(decoded.state());
        assertUnchanged(before, lab, "an overlong link");
    }

    // ---- typed numbers and clicked points

    @Property(tries = 200)
    void aRefusedLearningRateOrPointLeavesTheLabBitIdentical(@ForAll("badRates") double rate,
            @ForAll("badPoints") double[] point, @ForAll @IntRange(min = 0, max = SETUPS - 1) int setup) {
        LabSession lab = lab(setup);
        LabFingerprint before = LabFingerprint.of(lab);
        assertNotEquals("", lab.setLearningRate(rate));
        assertUnchanged(before, lab, "α = " + rate);
        boolean badCoordinates = !(Math.abs(point[0]) <= LabSession.MAX_DATA_VALUE)
                || !(Math.abs(point[1]) <= LabSession.MAX_DATA_VALUE);
        if (badCoordinates || lab.state().dataset().isClassification()) { // regression points have no label
            assertNotEquals("", lab.addPoint(point[0], point[1], (int) point[2]));
            assertUnchanged(before, lab, "the point " + java.util.Arrays.toString(point));
        }
    }

    @Provide
    Arbitrary<Double> badRates() {
        return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0,
                -0.0, -1.0, 11.0, Double.parseDouble("1e999"), 9.99e-6, Double.MAX_VALUE, -Double.MIN_VALUE),
                Arbitraries.doubles().between(10.01, 1e12).ofScale(3), Arbitraries.doubles().between(-1e12, 0).ofScale(4));
    }

    @Provide
    Arbitrary<double[]> badPoints() {
        // x, y, label: a non-finite or absurdly large coordinate, or a label no lab has.
        return Arbitraries.oneOf(
                Arbitraries.of(new double[] {Double.NaN, 0, 1}, new double[] {0, Double.POSITIVE_INFINITY, 0},
                        new double[] {1e300, 0, 1}, new double[] {0, -2e6, 0}),
                Arbitraries.integers().between(3, 1000).map(label -> new double[] {0.5, 0.5, label}),
                Arbitraries.integers().between(-1000, -1).map(label -> new double[] {0.5, 0.5, label}));
    }
}
