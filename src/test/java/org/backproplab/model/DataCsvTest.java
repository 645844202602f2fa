package org.backproplab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

class DataCsvTest {
    static String messageOf(String text, int inputs, int targets) {
        return assertThrows(FormatException.class, () -> DataCsv.parse(text, inputs, targets)).getMessage();
    }

    @Test
    void readsInputsThenTargets() throws FormatException {
        Dataset data = DataCsv.parse("i1,i2,o1,o2\n0.05,0.10,0.01,0.99\n-1,2e-3,3,4\n", 2, 2);
        assertEquals(2, data.count());
        assertEquals(0.05, data.input(0, 0));
        assertEquals(0.10, data.input(0, 1));
        assertEquals(0.01, data.target(0, 0));
        assertEquals(0.99, data.target(0, 1));
        assertEquals(-1.0, data.input(1, 0));
        assertEquals(0.002, data.input(1, 1));
        assertEquals(4.0, data.target(1, 1));
    }

    @Test
    void acceptsCrlfSpacesCommentsAndBlankLinesWithoutTrailingNewline() throws FormatException {
        Dataset data = DataCsv.parse("# points\r\n x , y , label \r\n\r\n 1 , 2 ,0\r\n# more\r\n+3.5,.5, 1.\r\n\r\n\r\n", 2, 1);
        assertEquals(2, data.count());
        assertEquals(2.0, data.input(0, 1));
        assertEquals(3.5, data.input(1, 0));
        assertEquals(0.5, data.input(1, 1));
        assertEquals(1.0, data.target(1, 0));
        assertEquals(1, DataCsv.parse("x,y\n1,2", 1, 1).count());
    }

    @Test
    void readsManyRows() throws FormatException {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int r = 0; r < 10_000; r++) {
            text.append(r).append(',').append(-r).append('\n');
        }
        Dataset data = DataCsv.parse(text.toString(), 1, 1);
        assertEquals(10_000, data.count());
        assertEquals(9999.0, data.input(9999, 0));
        assertEquals(-9999.0, data.target(9999, 0));
    }

    @Test
    void rejectsMoreThanTenThousandRows() {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int r = 0; r < 10_001; r++) {
            text.append(r).append(",1\n");
        }
        assertEquals("line 10002 is example 10001, but a data file may hold at most 10000 examples",
                messageOf(text.toString(), 1, 1));
    }

    @Test
    void wrongColumnCountNamesTheLineAndWhatTheModelNeeds() {
        String text = "a,b,c,d\n1,2,3,4\n1,2,3,4\n1,2,3,4\n1,2,3,4\n1,2,3,4\n1,2,3\n";
        assertEquals("line 7 has 3 columns but the model needs 4: 2 inputs + 2 targets", messageOf(text, 2, 2));
        assertEquals("line 2 has 2 columns but the model needs 3: 2 inputs + 1 target", messageOf("a,b,c\n1,2\n", 2, 1));
        assertEquals("the header (line 1) has 3 columns but the model needs 4: 2 inputs + 2 targets",
                messageOf("a,b,c\n1,2,3,4\n", 2, 2));
    }

    @Test
    void nonNumbersNameLineAndColumn() {
        String text = "a,b,c\n1,2,3\n1,2,3\n1,2,3\n1,abc,3\n";
        assertEquals("line 5, column 2: \"abc\" is not a number", messageOf(text, 2, 1));
        assertEquals("line 2, column 3: the value is empty, but must be a number", messageOf("a,b,c\n1,2,\n", 2, 1));
        assertEquals("line 2, column 1: \"1d\" is not a number", messageOf("a,b,c\n1d,2,3\n", 2, 1));
        assertEquals("line 2, column 1: \"0x10\" is not a number", messageOf("a,b,c\n0x10,2,3\n", 2, 1));
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertEquals("line 2, column 2: \"NaN\" is not a finite number", messageOf("a,b\n1,NaN\n", 1, 1));
        assertEquals("line 2, column 1: \"-Infinity\" is not a finite number", messageOf("a,b\n-Infinity,1\n", 1, 1));
        assertEquals("line 3, column 2: \"1e999\" is not a finite number (too large for a double)",
                messageOf("a,b\n1,2\n1,1e999\n", 1, 1));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRejected() {
        assertTrue(messageOf("", 2, 1).startsWith("the data file is empty"));
        assertTrue(messageOf("\n\n# nothing\n", 2, 1).startsWith("the data file is empty"));
        assertEquals("the data file has a header but no examples", messageOf("x,y\n\n", 1, 1));
    }

    @Test
    void aMissingHeaderIsReportedRatherThanSilentlyDroppingAnExample() {
        assertEquals("line 1 should be a header of column names, but holds only numbers; add a first line such as x1,x2,y",
                messageOf("1,2,3\n4,5,6\n", 2, 1));
    }

    @Test
    void writeThenParseIsBitIdentical() throws FormatException {
        double[] inputs = {-0.0, Double.MIN_VALUE, 0.1 + 0.2, -1e300};
        double[] targets = {1.0, Math.E};
        Dataset data = new Dataset(2, 1, inputs, targets);
        Dataset back = DataCsv.parse(DataCsv.write(data), 2, 1);
        for (int v = 0; v < 4; v++) {
            assertEquals(Double.doubleToRawLongBits(inputs[v]), Double.doubleToRawLongBits(back.input(v / 2, v % 2)));
        }
        assertEquals(Math.E, back.target(1, 0));
    }

    @Test
    void decimalGrammar() {
        for (String ok : new String[] {"0", "-1", "+2", "1.", ".5", "1.5e3", "1E-3", "-0.0e+0"}) {
            assertTrue(DataCsv.isDecimal(ok), ok);
        }
        for (String bad : new String[] {"", "-", ".", "e3", "1e", "1e+", "1.2.3", "1-2", "NaN", "Infinity", "1f", "0x1p3", " 1"}) {
            assertTrue(!DataCsv.isDecimal(bad), bad);
        }
    }
}
