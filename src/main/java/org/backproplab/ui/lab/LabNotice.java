package org.backproplab.ui.lab;

import java.util.List;
import org.backproplab.state.Sentence;
import org.backproplab.ui.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** The lab's notice box: a title over a list of sentences (settings a link could not use, a failure). */
final class LabNotice {
    private final HTMLElement box;
    private final HTMLElement title;
    private final HTMLElement list;

    LabNotice(HTMLElement root) {
        title = Dom.role(root, "notice-title");
        list = Dom.role(root, "notice-list");
        box = Dom.role(root, "notice");
    }

    void show(String heading, List<String> lines) {
        title.setTextContent(heading);
        list.setInnerHTML(Sentence.listItems(lines));
        box.setHidden(false);
    }

    /** Adds lines to the notice that is showing (or shows a new one with {@code heading}). */
    void add(String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (box.isHidden()) {
            show(heading, lines);
            return;
        }
        list.setInnerHTML(list.getInnerHTML() + Sentence.listItems(lines));
    }

    void close() {
        box.setHidden(true);
    }
}
