package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitTest {
    /** Example n has input n and target 10·n, so every row can be traced back. */
    private static Dataset numbered(int count) {
        double[] in = new double[count];
        double[] out = new double[count];
        for (int n = 0; n < count; n++) {
            in[n] = n;
            out[n] = 10 * n;
        }
        return new Dataset(1, 1, in, out);
    }

    @ParameterizedTest
    @CsvSource({"100, 0.8, 80", "100, 0.1, 10", "100, 0.9, 90", "7, 0.5, 4", "2, 0.1, 1", "2, 0.9, 1", "1, 0.5, 1",
            "10, 0.25, 3"})
    void sizesAddUpAndFollowTheRatio(int count, double ratio, int expectedTrain) {
        Split split = Split.of(numbered(count), ratio, 5);
        assertEquals(expectedTrain, split.train().count());
        assertEquals(count - expectedTrain, split.test().count());
    }

    @Test
    void partsAreDisjointAndCoverEveryExampleWithTheirOwnTargets() {
        Dataset data = numbered(101);
        Split split = Split.of(data, 0.7, 99);
        boolean[] seen = new boolean[101];
        for (Dataset part : new Dataset[] {split.train(), split.test()}) {
            for (int n = 0; n < part.count(); n++) {
                int original = (int) part.input(n, 0);
                assertFalse(seen[original], "example " + original + " appears twice");
                seen[original] = true;
                assertEquals(10.0 * original, part.target(n, 0));
            }
        }
        for (int n = 0; n < 101; n++) {
            assertEquals(true, seen[n], "example " + n + " is missing");
        }
        int[] rows = split.trainRows();
        for (int n = 0; n < rows.length; n++) {
            assertEquals(rows[n], (int) split.train().input(n, 0));
        }
    }

    @Test
    void sameSeedSameSplitDifferentSeedDifferentSplit() {
        Dataset data = numbered(200);
        assertArrayEquals(Split.of(data, 0.5, 1).trainRows(), Split.of(data, 0.5, 1).trainRows());
        assertFalse(Arrays.equals(Split.of(data, 0.5, 1).trainRows(), Split.of(data, 0.5, 2).trainRows()));
    }

    @Test
    void rejectsRatioOutsideTenToNinetyPercent() {
        for (double ratio : new double[] {0.0, 0.09, 0.91, 1.0, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Split.of(numbered(10), ratio, 1));
            assertEquals("train ratio must be in [0.1, 0.9], but is " + ratio, e.getMessage());
        }
    }
}
