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
        assertEquals(3, DatasetPickerText.HEADINGS.length);
        assertEquals(3, DatasetPickerText.KINDS.length);
        Set<DatasetKind> seen = EnumSet.noneOf(DatasetKind.class);
        for (int g = 0; g < DatasetPickerText.KINDS.length; g++) {
            for (DatasetKind kind : DatasetPickerText.KINDS[g]) {
                assertTrue(seen.add(kind), kind + " twice");
                assertEquals(g == 0, kind.isClassification(), kind + " in the wrong group");
                assertEquals(g == 2, kind.isWrittenOut(), kind + " in the wrong group");
            }
        }
        assertEquals(EnumSet.allOf(DatasetKind.class), seen);
    }

    @Test
    void theSpokenNameStartsWithTheVisibleOne() {
        for (DatasetKind kind : DatasetKind.values()) {
            assertTrue(DatasetPickerText.name(kind).startsWith(DatasetPickerText.label(kind)),
                    DatasetPickerText.name(kind) + " / " + DatasetPickerText.label(kind));
        }
        java.util.Map<DatasetKind, String> names = new java.util.EnumMap<>(DatasetKind.class);
        for (DatasetKind kind : DatasetKind.values()) {
            names.put(kind, DatasetPickerText.label(kind) + " | " + DatasetPickerText.name(kind));
        }
        assertEquals("{CIRCLE=Circle | Circle, XOR=XOR | XOR (quadrants), GAUSS=Two blobs | Two blobs, "
                + "GAUSS3=Three blobs | Three blobs (3 classes), SPIRAL=Spiral | Spiral, MOONS=Moons | Moons, "
                + "SINE=Sine | Sine wave, LINEAR=Line | Line: a straight line, "
                + "EXPR=Formula\u2026 | Formula\u2026: a curve y = f(x) you type, "
                + "RULE=Formula\u2026 | Formula\u2026: a rule in x\u2081, x\u2082 you type, "
                + "EXAMPLES=Worksheet | Worksheet: a few examples written out, as on a printed worksheet "
                + "(Mazur's example until a link brings others)}", names.toString());
    }

    @Test
    void theFormulaEntriesStayAndSayWhatIsTyped() {
        assertEquals("Formula\u2026: a rule in x\u2081, x\u2082 you type", DatasetPickerText.name(DatasetKind.RULE));
        assertEquals("Formula\u2026: a curve y = f(x) you type", DatasetPickerText.name(DatasetKind.EXPR));
    }
}
