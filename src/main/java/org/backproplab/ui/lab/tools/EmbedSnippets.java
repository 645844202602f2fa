package org.backproplab.ui.lab.tools;

import org.backproplab.ui.lab.LabView;
import org.backproplab.state.AppState;
import org.backproplab.state.EmbedOptions;
import org.backproplab.state.Sentence;
import org.backproplab.state.ShareLink;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.PageApi;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The embed dialog's two snippets, from its choices: the views, the controls, and the trained weights when
 * ticked (refused, with the reason, when the iframe's address would be too long). Only the settings that
 * differ from the defaults go into them.
 */
final class EmbedSnippets {
    private final HTMLElement root;
    private final LabView view;
    private final HTMLTextAreaElement iframe;
    private final HTMLTextAreaElement script;
    private final HTMLInputElement weights;
    private final HTMLElement message;
    private final HTMLElement points;

    EmbedSnippets(HTMLElement root, LabView view) {
        this.root = root;
        this.view = view;
        iframe = (HTMLTextAreaElement) Dom.role(root, "embed-iframe");
        script = (HTMLTextAreaElement) Dom.role(root, "embed-script");
        weights = Dom.input(root, "embed-weights");
        message = Dom.role(root, "embed-message");
        points = Dom.role(root, "embed-points");
    }

    HTMLTextAreaElement iframe() {
        return iframe;
    }

    HTMLTextAreaElement script() {
        return script;
    }

    void refresh() {
        message.setTextContent("");
        String views = checkedValues("embed-view");
        EmbedOptions options = EmbedOptions.of(true, views.isEmpty() ? null : views, checkedValues("embed-control"));
        String site = EmbedOptions.siteOf(PageApi.pageUrl());
        AppState state = view.state();
        double[] trained = weights.isChecked() ? view.lab().network().parameters().clone() : null;
        if (trained != null) {
            try {
                ShareLink.url(site + "index.html?" + options.query(), state, trained);
            } catch (IllegalArgumentException e) {
                weights.setChecked(false);
                message.setTextContent(Sentence.capitalized(e.getMessage()) + ".");
                trained = null;
            }
        }
        iframe.setValue(options.iframeSnippet(site, state, trained));
        script.setValue(options.scriptSnippet(site, state, trained));
        showPointsNote(points, view);
    }

    /** Says that clicked or loaded points do not travel in a link, when the lab has some. */
    static void showPointsNote(HTMLElement note, LabView view) {
        boolean custom = view.lab().hasCustomData();
        note.setTextContent(custom ? ShareLink.CUSTOM_DATA_NOTE : "");
        note.setHidden(!custom);
    }

    private String checkedValues(String role) {
        NodeList<? extends HTMLElement> boxes = root.querySelectorAll("[data-role=\"" + role + "\"]");
        StringBuilder values = new StringBuilder();
        for (int k = 0; k < boxes.getLength(); k++) {
            HTMLInputElement box = (HTMLInputElement) boxes.item(k);
            if (box.isChecked()) {
                values.append(values.length() == 0 ? "" : ",").append(box.getValue());
            }
        }
        return values.toString();
    }
}
