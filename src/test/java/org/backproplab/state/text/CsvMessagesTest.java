package org.backproplab.state.text;

import org.backproplab.state.text.CsvMessages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CSV loader's sentences, written out by hand. */
class CsvMessagesTest {
    @Test
    void aLoadedFileCountsItsPointsWithThousandsSeparators() {
        assertEquals("Loaded 10,000 points from big.csv (5,000 to train on, 5,000 to test). Changing a Data setting "
                + "brings back the generated points.", CsvMessages.loaded("big.csv", 10000, 5000, 5000));
    }

    @Test
    void everyRefusalSaysTheDataIsUnchanged() {
        assertEquals("Big.csv is 5 MB; a data file may be at most 4 MB. The data is unchanged.",
                CsvMessages.refused("big.csv is 5 MB; a data file may be at most 4 MB"));
        assertEquals("a.csv could not be read: permission denied. The data is unchanged.",
                CsvMessages.unreadable("a.csv", "permission denied"));
        assertEquals("a.csv: line 3 has 2 columns but needs 3. The data is unchanged.",
                CsvMessages.rejected("a.csv", "line 3 has 2 columns but needs 3"));
        assertEquals("Reading a.csv\u2026", CsvMessages.reading("a.csv"));
    }
}
