package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The AppState rules that are not about one setting's range: copying, weight clicks, new seeds. */
class AppStateTest {
    private static final AppState BASE = AppState.defaults().withSelectedWeights(3, 5);

    @Test
    void aWithMethodChangesOnlyItsOwnSetting() {
        AppState changed = BASE.withNoise(0.25);
        assertEquals(0.25, changed.noise());
        assertEquals(BASE, changed.withNoise(BASE.noise()));
        assertEquals(3, changed.selectedWeight());
        assertEquals(5, changed.secondWeight());
        assertEquals(0.5, BASE.withBetas(0.5, 0.75).beta1());
        assertEquals(0.75, BASE.withBetas(0.5, 0.75).beta2());
    }

    @Test
    void aCopyIsValidatedAsAWhole() {
        assertThrows(IllegalArgumentException.class, () -> BASE.withLearningRate(11));
        assertThrows(IllegalArgumentException.class, () -> BASE.withHiddenLayers(new int[] {4, 4, 4, 4, 4, 4, 4}));
    }

    @Test
    void aPlainClickPicksTheFirstWeightAndNeverDuplicatesTheSecond() {
        AppState picked = BASE.withWeightClicked(7, false);
        assertEquals(7, picked.selectedWeight());
        assertEquals(5, picked.secondWeight());
        AppState swapped = BASE.withWeightClicked(5, false);
        assertEquals(5, swapped.selectedWeight());
        assertEquals(-1, swapped.secondWeight());
    }

    @Test
    void aShiftClickPicksTheSecondWeightUnlessItIsTheFirst() {
        AppState picked = BASE.withWeightClicked(7, true);
        assertEquals(3, picked.selectedWeight());
        assertEquals(7, picked.secondWeight());
        assertSame(BASE, BASE.withWeightClicked(3, true));
    }

    @Test
    void aFreshSeedComesFromTheClockAndTheCounterAndAlwaysDiffers() {
        // 1234.5678 ms → 1,234,567 µs; + 7919·2 = 1,250,405
        assertEquals(1_250_405, AppState.freshSeed(1234.5678, 2, 0));
        assertEquals(1_250_406, AppState.freshSeed(1234.5678, 2, 1_250_405));
        // wraps at 10⁹: 2,000,000 ms → 2·10⁹ µs ≡ 0
        assertEquals(0, AppState.freshSeed(2_000_000, 0, 7));
        assertEquals(1, AppState.freshSeed(2_000_000, 0, 0));
        assertEquals(0, AppState.freshSeed(999_999.999999, 0, AppState.MAX_SEED));
        assertNotEquals(AppState.MAX_SEED, AppState.freshSeed(999_999.999999, 0, AppState.MAX_SEED));
        // no clock reading: only the counter counts
        assertEquals(7919 * 3, AppState.freshSeed(Double.NaN, 3, 0));
    }
}
