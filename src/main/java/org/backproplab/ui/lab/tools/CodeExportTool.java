package org.backproplab.ui.lab.tools;

import org.backproplab.ui.lab.CsvImport;
import org.backproplab.ui.lab.LabView;
import java.util.List;
import org.backproplab.export.CodeExport;
import org.backproplab.model.DataCsv;
import org.backproplab.state.LabSession;
import org.backproplab.state.ModelTransfer;
import org.backproplab.state.StateCodec;
import org.backproplab.ui.dom.PageApi;
import org.backproplab.ui.export.ExportMain;
import org.teavm.jso.JSBody;

/**
 * Export ▾ → "PyTorch script" and "NumPy script": the text {@code export-code} prints for the lab's model
 * and training data as Export ▾ saves them, with the lab's settings, {@value CodeExport#DEFAULT_STEPS} steps.
 * The generator lives in its own bundle (js/backprop-lab-export.js, see ui.export.ExportMain) and the
 * template in export/script.py; both are loaded from the site when first asked for.
 */
final class CodeExportTool {
    /** The name the data is saved under when it goes beside the script, as Export ▾ → Training data saves it. */
    static final String DATA_FILE = "backprop-lab-train-data.csv";
    private static final String BUNDLE = "js/backprop-lab-export.js";

    private CodeExportTool() {
    }

    /**
     * Loads the export bundle (once) and the template, then hands {@code done} the bundle's answer; a failure
     * to load either becomes a {@value ExportMain#REFUSED} answer.
     */
    @JSBody(params = {"bundle", "template", "framework", "model", "data", "settings", "dataFile", "done"}, script = ""
            + "function refuse(error) { done('" + ExportMain.REFUSED + "\\nThe script\\nthe script maker could not be loaded ('"
            + "    + String(error && error.message || error) + '); open the lab from a web server, e.g. java -jar"
            + " backprop-lab.jar serve'); }"
            + "function make() {"
            + "  fetch(template).then(function(response) {"
            + "    if (!response.ok) throw new Error('the site answered ' + response.status + ' for ' + template);"
            + "    return response.text();"
            + "  }).then(function(text) {"
            + "    done(backpropLabExportScript(framework, text, model, data, settings, dataFile));"
            + "  }).catch(refuse);"
            + "}"
            + "try {"
            + "  if (typeof backpropLabExportScript === 'function') { make(); return; }"
            + "  var tag = document.createElement('script');"
            + "  tag.src = bundle; tag.onload = make;"
            + "  tag.onerror = function() { refuse(new Error('the site did not send ' + bundle)); };"
            + "  document.head.appendChild(tag);"
            + "} catch (error) { refuse(error); }")
    private static native void make(String bundle, String template, String framework, String model, String data,
            String settings, String dataFile, CsvImport.TextReceiver done);

    /** Makes and saves the script for {@code framework}, {@link ExportMain#PYTORCH} or {@link ExportMain#NUMPY}. */
    static void export(LabView view, String framework) {
        LabSession lab = view.lab();
        String data = DataCsv.write(lab.trainData());
        make(BUNDLE, CodeExport.TEMPLATE_PATH, framework, ModelTransfer.modelJson(view.state(), lab.network()), data,
                StateCodec.encode(view.state()), DATA_FILE,
                answer -> view.guard().run("making the script", () -> save(view, answer, data)));
    }

    /** Saves the script (and the data beside it when it reads it), or says why not. */
    private static void save(LabView view, String answer, String data) {
        int first = answer.indexOf('\n');
        int second = answer.indexOf('\n', first + 1);
        String kind = answer.substring(0, first);
        String name = answer.substring(first + 1, second);
        String text = answer.substring(second + 1);
        boolean saved = !kind.equals(ExportMain.REFUSED) && PageApi.download(name, "text/x-python", text);
        if (saved && kind.equals(ExportMain.SCRIPT_WITH_DATA)) {
            saved = PageApi.download(DATA_FILE, "text/csv", data);
        }
        if (!saved) {
            view.showNotice("Saving did not work", List.of(name + " was not saved: " + (kind.equals(ExportMain.REFUSED)
                    ? text : "this browser (or the page holding the lab) does not allow downloads")));
        }
    }
}
