package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetKindTest {
    @Test
    void idsRoundTrip() {
        for (DatasetKind kind : DatasetKind.values()) {
            assertSame(kind, DatasetKind.fromId(kind.id()));
        }
    }

    @Test
    void unknownIdListsTheAllowedIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.fromId("donut"));
        assertEquals("unknown dataset \"donut\"; allowed: circle, xor, gauss, gauss3, spiral, moons, sine, linear, expr, rule, examples",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetKind.fromId(null));
    }

    @Test
    void sizesMatchTheProblemType() {
        for (String id : new String[] {"circle", "xor", "gauss", "spiral", "moons"}) {
            DatasetKind kind = DatasetKind.fromId(id);
            assertTrue(kind.isClassification());
            assertEquals(2, kind.inputSize());
            assertEquals(1, kind.targetSize());
            assertEquals(2, kind.classCount());
        }
        assertTrue(DatasetKind.GAUSS3.isClassification());
        assertEquals(3, DatasetKind.GAUSS3.targetSize());
        assertEquals(3, DatasetKind.GAUSS3.classCount());
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.SINE, DatasetKind.LINEAR}) {
            assertFalse(kind.isClassification());
            assertEquals(1, kind.inputSize());
            assertEquals(1, kind.targetSize());
            assertEquals(0, kind.classCount());
        }
    }
}
