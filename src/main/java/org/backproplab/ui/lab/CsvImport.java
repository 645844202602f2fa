package org.backproplab.ui.lab;

import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.state.LabSession;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.file.File;

/**
 * Reads a CSV of points chosen with {@code <input type=file>} and checks it fits the lab's dataset: the
 * column count and row limit (DataCsv), and what the lab itself requires (LabSession.dataProblem).
 */
public final class CsvImport {
    /** Files larger than this are refused before reading (10,000 rows of numbers fit easily). */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    /** Receives the file's text, or why it could not be read. */
    @JSFunctor
    public interface TextReceiver extends JSObject {
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
    public static native void readText(File file, TextReceiver loaded, TextReceiver failed);

    /** A short description of the format for {@code kind}, shown beside the button. */
    public static String hint(DatasetKind kind) {
        if (kind.isWrittenOut()) {
            return "This lab's examples come from its link; choose another dataset to load a CSV.";
        }
        if (!kind.isClassification()) {
            return "Header line, then x,y per row (at most 10,000).";
        }
        if (kind.classCount() > 2) {
            return "Header line, then x1,x2,c0,c1,c2 per row: one-hot class (at most 10,000).";
        }
        return "Header line, then x1,x2,label per row: label 0 or 1 (at most 10,000).";
    }

    /** The file's size check: "" or why it is refused. */
    public static String sizeProblem(File file) {
        int size = file.getSize();
        if (size > MAX_FILE_BYTES) {
            return file.getName() + " is " + (size / (1024 * 1024)) + " MB; a data file may be at most "
                    + (MAX_FILE_BYTES / (1024 * 1024)) + " MB";
        }
        return "";
    }

    /**
     * Parses {@code text} for {@code kind}; throws FormatException with the line and what is allowed, or
     * with the lab's own objection (labels, value range, too few rows; see {@link LabSession#dataProblem}).
     */
    public static Dataset parse(String text, DatasetKind kind) throws FormatException {
        if (kind.isWrittenOut()) {
            throw new FormatException(LabSession.WRITTEN_OUT);
        }
        Dataset data = DataCsv.parse(text, kind.inputSize(), kind.targetSize());
        String problem = LabSession.dataProblem(data, kind);
        if (!problem.isEmpty()) {
            throw new FormatException(problem);
        }
        return data;
    }
}
