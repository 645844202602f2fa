package org.backproplab.ui;

import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.state.NumberText;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.file.File;

/**
 * Reads a CSV of points chosen with {@code <input type=file>} and checks it fits the lab's dataset: the
 * column count and row limit (DataCsv), and for classification, labels the output layer can produce.
 */
final class CsvImport {
    /** Files larger than this are refused before reading (10,000 rows of numbers fit easily). */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    /** Receives the file's text, or why it could not be read. */
    @JSFunctor
    interface TextReceiver extends JSObject {
        void receive(String text);
    }

    private CsvImport() {
    }

    /** Reads {@code file} as UTF-8 text, asynchronously. */
    @JSBody(params = {"file", "loaded", "failed"}, script = "var reader = new FileReader();"
            + "reader.onload = function() { loaded(String(reader.result)); };"
            + "reader.onerror = function() {"
            + "  failed(reader.error && reader.error.message ? String(reader.error.message) : 'the browser could not read it');"
            + "};"
            + "reader.readAsText(file);")
    static native void readText(File file, TextReceiver loaded, TextReceiver failed);

    /** A short description of the format for {@code kind}, shown beside the button. */
    static String hint(DatasetKind kind) {
        if (!kind.isClassification()) {
            return "Header line, then x,y per row (at most 10,000).";
        }
        if (kind.classCount() > 2) {
            return "Header line, then x1,x2,c0,c1,c2 per row: one-hot class (at most 10,000).";
        }
        return "Header line, then x1,x2,label per row: label 0 or 1 (at most 10,000).";
    }

    /** The file's size check: "" or why it is refused. */
    static String sizeProblem(File file) {
        int size = file.getSize();
        if (size > MAX_FILE_BYTES) {
            return file.getName() + " is " + (size / (1024 * 1024)) + " MB; a data file may be at most "
                    + (MAX_FILE_BYTES / (1024 * 1024)) + " MB";
        }
        return "";
    }

    /** Parses {@code text} for {@code kind}; throws FormatException with the line and what is allowed. */
    static Dataset parse(String text, DatasetKind kind) throws FormatException {
        Dataset data = DataCsv.parse(text, kind.inputSize(), kind.targetSize());
        String labels = labelProblem(data, kind);
        if (!labels.isEmpty()) {
            throw new FormatException(labels);
        }
        return data;
    }

    /** For classification, every target must be a class the output can express: 0/1, or one-hot of 3. */
    private static String labelProblem(Dataset data, DatasetKind kind) {
        if (!kind.isClassification()) {
            return "";
        }
        for (int r = 0; r < data.count(); r++) {
            if (kind.classCount() == 2) {
                double label = data.target(r, 0);
                if (label != 0 && label != 1) {
                    return "example " + (r + 1) + " has label " + NumberText.format(label) + ", but labels must be 0 or 1";
                }
            } else {
                int ones = 0;
                boolean binary = true;
                for (int c = 0; c < data.targetSize(); c++) {
                    double value = data.target(r, c);
                    binary &= value == 0 || value == 1;
                    ones += value == 1 ? 1 : 0;
                }
                if (!binary || ones != 1) {
                    return "example " + (r + 1) + " is not one-hot: its three class columns must hold one 1 and two 0s";
                }
            }
        }
        return "";
    }
}
