package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TickLabelsTest {
    private static String[] texts(TickLabels labels) {
        String[] out = new String[labels.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels.get(i);
        }
        return out;
    }

    @Test
    void labelsTheTicksWithTypographicMinusSigns() {
        Ticks ticks = new Ticks();
        ticks.linear(-1, 1, 4, true);
        TickLabels labels = new TickLabels();
        assertEquals(0, labels.count());
        assertTrue(labels.update(ticks, false));
        assertArrayEquals(new String[] {"\u22121", "\u22120.5", "0", "0.5", "1"}, texts(labels));
    }

    @Test
    void unchangedTicksKeepTheSameStringsSoAFrameBuildsNone() {
        Ticks ticks = new Ticks();
        ticks.linear(0, 10, 5, true);
        TickLabels labels = new TickLabels();
        labels.update(ticks, false);
        String first = labels.get(1);
        ticks.linear(0, 10, 5, true); // the same axis computed again, as every frame does
        assertFalse(labels.update(ticks, false));
        assertSame(first, labels.get(1));
    }

    @Test
    void changedTicksStepOrKindRebuildTheLabels() {
        Ticks ticks = new Ticks();
        TickLabels labels = new TickLabels();
        ticks.linear(0, 10, 5, true);
        labels.update(ticks, false);
        String two = labels.get(1);
        ticks.linear(0, 20, 5, true);
        assertTrue(labels.update(ticks, false), "a wider range");
        assertNotSame(two, labels.get(1));
        assertEquals("5", labels.get(1));

        ticks.log10(0.01, 10, 4);
        assertTrue(labels.update(ticks, false), "a log axis");
        assertEquals("0.01", labels.get(0));

        // one tick at 5, first with step 5 and then with step 1: the label's digits follow the step
        ticks.linear(4.9, 5.1, 1, false);
        labels.update(ticks, false);
        ticks.linear(5, 5, 1, false);
        boolean rebuilt = labels.update(ticks, false);
        assertEquals(ticks.label(0).replace('-', '\u2212'), labels.get(0), "rebuilt: " + rebuilt);
    }

    @Test
    void log10UnitsWriteOutThePowerOfTen() {
        Ticks ticks = new Ticks();
        ticks.linear(-3, 1, 4, false);
        TickLabels labels = new TickLabels();
        labels.update(ticks, true);
        assertArrayEquals(new String[] {"0.001", "0.01", "0.1", "1", "10"}, texts(labels));
        assertTrue(labels.update(ticks, false), "the same ticks as plain numbers are other labels");
        assertEquals("\u22123", labels.get(0));
    }
}
