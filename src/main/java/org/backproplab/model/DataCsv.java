package org.backproplab.model;

import org.backproplab.core.Notation;
import org.backproplab.data.Dataset;

/**
 * Reads and writes the data CSV: a header line of column names, then one example per line with the model's
 * input columns followed by its target columns, separated by commas.
 * <pre>
 * x1,x2,y1,y2
 * 0.05,0.10,0.01,0.99
 * </pre>
 * Accepted: LF or CRLF line ends, a trailing newline, blank lines, spaces around values, and comment lines
 * starting with {@code #} (blank and comment lines are skipped but still counted in line numbers). Numbers
 * use the JSON/decimal form: optional sign, digits with an optional point, optional exponent ("1e-3"); NaN,
 * Infinity, hex and Java suffixes such as "1d" are rejected. Header fields are not interpreted (no quoting
 * rules: a comma always separates columns). At most {@link Dataset#MAX_EXAMPLES} examples.
 *
 * <p>Parsing returns a complete {@link Dataset} or throws a {@link FormatException} whose message gives the
 * line (1-based, the first line is line 1) and column (1-based, counted in commas); it never throws anything
 * else.
 */
public final class DataCsv {
    private DataCsv() {
    }

    /**
     * Parses {@code text} for a model with {@code inputSize} inputs and {@code targetSize} outputs.
     *
     * @throws IllegalArgumentException if inputSize or targetSize is below 1 (a caller's mistake, not the file's)
     */
    public static Dataset parse(String text, int inputSize, int targetSize) throws FormatException {
        if (inputSize < 1 || targetSize < 1) {
            throw new IllegalArgumentException("a model has at least one input and one output, but has " + inputSize
                    + " and " + targetSize);
        }
        if (text == null) {
            text = "";
        }
        int columns = inputSize + targetSize;
        String needs = "the model needs " + columns + ": " + inputSize + (inputSize == 1 ? " input + " : " inputs + ")
                + targetSize + (targetSize == 1 ? " target" : " targets");
        double[] inputs = new double[16 * inputSize];
        double[] targets = new double[16 * targetSize];
        int rows = 0;
        boolean headerSeen = false;
        int lineNumber = 0;
        int start = 0;
        String[] fields = new String[columns];
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end);
            start = end + 1;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            int count = split(line, fields);
            if (!headerSeen) {
                headerSeen = true;
                if (count != columns) {
                    throw new FormatException("the header (line " + lineNumber + ") has " + count + " columns but "
                            + needs);
                }
                if (allNumbers(fields, count)) {
                    throw new FormatException("line " + lineNumber + " should be a header of column names, but holds "
                            + "only numbers; add a first line such as " + exampleHeader(inputSize, targetSize));
                }
                continue;
            }
            if (count != columns) {
                throw new FormatException("line " + lineNumber + " has " + count + " columns but " + needs);
            }
            if (rows == Dataset.MAX_EXAMPLES) {
                throw new FormatException("line " + lineNumber + " is example " + (rows + 1) + ", but a data file may "
                        + "hold at most " + Dataset.MAX_EXAMPLES + " examples");
            }
            if ((rows + 1) * inputSize > inputs.length) {
                inputs = grow(inputs);
                targets = grow(targets);
            }
            for (int c = 0; c < columns; c++) {
                double value = number(fields[c], lineNumber, c + 1);
                if (c < inputSize) {
                    inputs[rows * inputSize + c] = value;
                } else {
                    targets[rows * targetSize + c - inputSize] = value;
                }
            }
            rows++;
        }
        if (!headerSeen) {
            throw new FormatException("the data file is empty: it needs a header line such as "
                    + exampleHeader(inputSize, targetSize) + " and at least one example");
        }
        if (rows == 0) {
            throw new FormatException("the data file has a header but no examples");
        }
        double[] exactInputs = new double[rows * inputSize];
        double[] exactTargets = new double[rows * targetSize];
        System.arraycopy(inputs, 0, exactInputs, 0, exactInputs.length);
        System.arraycopy(targets, 0, exactTargets, 0, exactTargets.length);
        return new Dataset(inputSize, targetSize, exactInputs, exactTargets);
    }

    /**
     * The CSV text of {@code data}: a header of the inputs and targets in {@link Notation#ASCII} (x1,x2,y or x,y1,y2), then one line per example with every number
     * written as the shortest text that reads back as the same double.
     */
    public static String write(Dataset data) {
        StringBuilder text = new StringBuilder(exampleHeader(data.inputSize(), data.targetSize())).append('\n');
        for (int r = 0; r < data.count(); r++) {
            for (int c = 0; c < data.inputSize(); c++) {
                text.append(c == 0 ? "" : ",").append(ModelJson.number(data.input(r, c)));
            }
            for (int c = 0; c < data.targetSize(); c++) {
                text.append(',').append(ModelJson.number(data.target(r, c)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String exampleHeader(int inputSize, int targetSize) {
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < inputSize; c++) {
            header.append(c == 0 ? "" : ",").append(Notation.ASCII.input(inputSize, c));
        }
        for (int c = 0; c < targetSize; c++) {
            header.append(',').append(Notation.ASCII.target(targetSize, c));
        }
        return header.toString();
    }

    /**
     * Splits {@code line} at commas into {@code fields} (trimmed), filling at most fields.length of them, and
     * returns how many columns the line has in total.
     */
    private static int split(String line, String[] fields) {
        int count = 0;
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            if (count < fields.length) {
                fields[count] = line.substring(start, end).trim();
            }
            count++;
            if (comma < 0) {
                return count;
            }
            start = comma + 1;
        }
    }

    private static boolean allNumbers(String[] fields, int count) {
        for (int c = 0; c < count; c++) {
            if (!isDecimal(fields[c])) {
                return false;
            }
        }
        return true;
    }

    private static double number(String field, int line, int column) throws FormatException {
        String where = "line " + line + ", column " + column + ": ";
        if (field.isEmpty()) {
            throw new FormatException(where + "the value is empty, but must be a number");
        }
        if (!isDecimal(field)) {
            String lower = field.toLowerCase();
            if (lower.contains("nan") || lower.contains("inf")) {
                throw new FormatException(where + quote(field) + " is not a finite number");
            }
            throw new FormatException(where + quote(field) + " is not a number");
        }
        double value = Double.parseDouble(field);
        if (!Double.isFinite(value)) {
            throw new FormatException(where + quote(field) + " is not a finite number (too large for a double)");
        }
        return value;
    }

    private static String quote(String field) {
        return "\"" + (field.length() > 40 ? field.substring(0, 40) + "…" : field) + "\"";
    }

    /**
     * Whether {@code text} is plain decimal notation: [+-]? digits [. digits?]? | [+-]? . digits, then
     * optionally [eE] [+-]? digits — so "NaN", "Infinity", "0x1p3", "1d" and "" are not. The one grammar
     * for numbers in data files, typed fields and links ({@code state.NumberText} uses it too).
     */
    public static boolean isDecimal(String text) {
        int k = 0;
        int n = text.length();
        if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
            k++;
        }
        int digits = 0;
        while (k < n && isDigit(text.charAt(k))) {
            k++;
            digits++;
        }
        if (k < n && text.charAt(k) == '.') {
            k++;
            while (k < n && isDigit(text.charAt(k))) {
                k++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (k < n && (text.charAt(k) == 'e' || text.charAt(k) == 'E')) {
            k++;
            if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                k++;
            }
            int exponentDigits = 0;
            while (k < n && isDigit(text.charAt(k))) {
                k++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return k == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double[] grow(double[] values) {
        double[] bigger = new double[values.length * 2];
        System.arraycopy(values, 0, bigger, 0, values.length);
        return bigger;
    }
}
