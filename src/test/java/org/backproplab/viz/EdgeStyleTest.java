package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EdgeStyleTest {
    @Test
    void widthIsTwicePerUnitWeightClampedToHalfAndSix() {
        assertEquals(0.5, EdgeStyle.width(0));
        assertEquals(0.5, EdgeStyle.width(0.1)); // 0.2 < 0.5
        assertEquals(2.0, EdgeStyle.width(1));
        assertEquals(2.0, EdgeStyle.width(-1));
        assertEquals(5.0, EdgeStyle.width(-2.5));
        assertEquals(6.0, EdgeStyle.width(3));
        assertEquals(6.0, EdgeStyle.width(1e9));
        assertEquals(6.0, EdgeStyle.width(Double.NEGATIVE_INFINITY));
        assertEquals(0.5, EdgeStyle.width(Double.NaN));
    }

    @Test
    void colourShowsTheSign() {
        assertEquals("#0877bd", EdgeStyle.color(0.001));
        assertEquals("#0877bd", EdgeStyle.color(50));
        assertEquals("#f59322", EdgeStyle.color(-0.001));
        assertEquals("#e8eaeb", EdgeStyle.color(0));
        assertEquals("#9e9e9e", EdgeStyle.color(Double.NaN));
    }
}
