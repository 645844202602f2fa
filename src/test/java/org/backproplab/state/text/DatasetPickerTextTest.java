package org.backproplab.state.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;

class DatasetPickerTextTest {
    @Test
    void everyDataSetIsOfferedOnceInTheGroupOfItsKind() {
        Set<DatasetKind> seen = EnumSet.noneOf(DatasetKind.class);
        for (int g = 0; g < DatasetPickerText.GROUPS.size(); g++) {
            for (DatasetPickerText.Entry entry : DatasetPickerText.GROUPS.get(g).entries()) {
                assertTrue(seen.add(entry.kind()), entry.kind() + " twice");
                assertEquals(g == 0, entry.kind().isClassification(), entry.kind() + " in the wrong group");
            }
        }
        assertEquals(EnumSet.allOf(DatasetKind.class), seen);
    }

    @Test
    void theSpokenNameStartsWithTheVisibleOne() {
        for (DatasetPickerText.Group group : DatasetPickerText.GROUPS) {
            for (DatasetPickerText.Entry entry : group.entries()) {
                assertTrue(entry.name().startsWith(entry.label()), entry.name() + " / " + entry.label());
            }
        }
        assertEquals("Circle", DatasetPickerText.GROUPS.get(0).entries().get(0).name());
    }

    @Test
    void theFormulaEntriesStayAndSayWhatIsTyped() {
        assertEquals("Formula\u2026: a rule in x\u2081, x\u2082 you type", DatasetPickerText.GROUPS.get(0).entries().get(6).name());
        assertEquals("Formula\u2026: a curve y = f(x) you type", DatasetPickerText.GROUPS.get(1).entries().get(2).name());
    }
}
