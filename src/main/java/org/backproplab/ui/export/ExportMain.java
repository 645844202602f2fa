package org.backproplab.ui.export;

import org.backproplab.data.Dataset;
import org.backproplab.export.CodeExport;
import org.backproplab.export.ExportedScript;
import org.backproplab.export.Framework;
import org.backproplab.export.TrainingDivergedException;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.StateCodec;
import org.teavm.jso.JSExport;

/**
 * The script export's bundle: given the lab's model JSON, training data CSV and settings (the same files
 * Export ▾ saves, and the URL's settings), writes the script exactly as {@code export-code} does from
 * those files. Exported as the global {@code backpropLabExportScript}; the entry point is named
 * {@code backpropLabExportMain} so that it leaves the app's {@code main} alone.
 */
public final class ExportMain {
    /** The first line of a result holding a script that reads no file. */
    public static final String SCRIPT = "script";
    /** The first line of a result holding a script that reads the data CSV from its folder. */
    public static final String SCRIPT_WITH_DATA = "script+data";
    /** The first line of a result that says why there is no script. */
    public static final String REFUSED = "refused";
    /** The framework names the page passes, as {@link Framework#id()} has them. */
    public static final String PYTORCH = "pytorch";
    public static final String NUMPY = "numpy";

    private ExportMain() {
    }

    public static void main(String[] args) {
    }

    /**
     * The script for {@code framework} ({@value #PYTORCH} or {@value #NUMPY}), {@value CodeExport#DEFAULT_STEPS}
     * steps: a first line {@value #SCRIPT} or {@value #SCRIPT_WITH_DATA}, a second line with the file name to
     * save it under, then the text; or {@value #REFUSED}, the file name and the reason.
     */
    @JSExport
    public static String backpropLabExportScript(String framework, String template, String modelJson, String dataCsv,
            String settings, String dataFile) {
        Framework flavour = Framework.fromId(framework);
        try {
            ModelFile model = ModelJson.parse(modelJson);
            Dataset data = DataCsv.parse(dataCsv, model.shape().inputSize(), model.shape().outputSize());
            AppState state = StateCodec.decode(settings, AppState.defaults()).state();
            ExportedScript script = CodeExport.write(template, flavour, model.network(), data,
                    LabSession.trainingConfig(state), CodeExport.DEFAULT_STEPS, dataFile);
            return (script.needsDataFile() ? SCRIPT_WITH_DATA : SCRIPT) + "\n" + flavour.fileName() + "\n" + script.text();
        } catch (FormatException | IllegalArgumentException | IllegalStateException | TrainingDivergedException e) {
            return REFUSED + "\n" + flavour.fileName() + "\n" + e.getMessage();
        }
    }
}
