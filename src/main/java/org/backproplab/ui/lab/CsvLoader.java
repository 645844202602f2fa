package org.backproplab.ui.lab;

import org.backproplab.data.Dataset;
import org.backproplab.model.FormatException;
import org.backproplab.state.text.CsvMessages;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;
import org.teavm.jso.file.FileList;

/**
 * The "load CSV" file input of a lab: reads the chosen file, hands its points to the lab, and says in the
 * message beside it what happened. A refused file leaves the data as it was.
 */
final class CsvLoader {
    private final LabView view;
    private final Guard guard;
    private final HTMLInputElement input;
    private final HTMLElement message;

    CsvLoader(HTMLElement root, LabView view, Guard guard) {
        this.view = view;
        this.guard = guard;
        input = Dom.input(root, "csv");
        message = Dom.role(root, "csv-message");
        guard.listen(input, "change", "loading the CSV file", (Event e) -> load());
    }

    private void load() {
        FileList files = input.getFiles();
        if (files == null || files.getLength() == 0) {
            return;
        }
        File file = files.item(0);
        String tooBig = CsvImport.sizeProblem(file);
        if (!tooBig.isEmpty()) {
            message.setTextContent(CsvMessages.refused(tooBig));
            input.setValue("");
            return;
        }
        String name = file.getName();
        message.setTextContent(CsvMessages.reading(name));
        CsvImport.readText(file,
                text -> guard.run("reading " + name, () -> loaded(name, text)),
                reason -> guard.run("reading " + name, () -> message.setTextContent(
                        CsvMessages.unreadable(name, reason))));
        // Choosing the same file again must fire "change" again.
        input.setValue("");
    }

    private void loaded(String name, String text) {
        Dataset data;
        try {
            data = CsvImport.parse(text, view.state().dataset());
        } catch (FormatException e) {
            message.setTextContent(CsvMessages.rejected(name, e.getMessage()));
            return;
        }
        String refused = view.lab().replaceData(data);
        if (!refused.isEmpty()) {
            message.setTextContent(CsvMessages.rejected(name, refused));
            return;
        }
        view.updateDivergence();
        message.setTextContent(CsvMessages.loaded(name, data.count(), view.lab().trainData().count(),
                view.lab().testData().count()));
    }
}
