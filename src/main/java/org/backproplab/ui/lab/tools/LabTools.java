package org.backproplab.ui.lab.tools;

import org.backproplab.ui.lab.CsvImport;
import org.backproplab.ui.lab.LabView;
import org.backproplab.state.Sentence;
import org.backproplab.ui.BackpropLab;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.PageApi;

import java.util.List;
import org.backproplab.ui.export.ExportMain;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;
import org.backproplab.state.ModelTransfer;
import org.backproplab.state.ShareLink;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;
import org.teavm.jso.file.FileList;

/**
 * The toolbar's Share, Embed, Export ▾ and Import… tools of the page's own lab: a link to the current
 * setup (optionally with the trained weights), iframe and script snippets for a course page, downloads
 * of the views as PNG, the cost history and training data as CSV and the model as JSON, and loading a
 * model JSON back. Every browser feature used may be missing; each failure is said on the page.
 */
public final class LabTools {
    private static int instances;

    private final LabView view;
    private final HTMLElement root;
    private final Guard guard;
    private final HTMLElement tools;
    private final HTMLElement shareButton;
    private final HTMLElement shareDialog;
    private final HTMLInputElement shareWeights;
    private final HTMLInputElement shareUrl;
    private final HTMLElement shareStatus;
    private final HTMLElement shareMessage;
    private final HTMLElement embedButton;
    private final HTMLElement embedDialog;
    private final EmbedSnippets embedSnippets;
    private final HTMLElement embedStatus;
    private final HTMLElement exportButton;
    private final HTMLElement exportMenu;
    private final HTMLInputElement importInput;

    private LabTools(LabView view) {
        this.view = view;
        this.root = view.root();
        this.guard = view.guard();
        instances++;
        String prefix = "blt" + instances + "-";
        // The page's header has a place for them (page-level actions, and room); else the lab's toolbar.
        HTMLElement slot = HTMLDocument.current().querySelector("[data-role=\"page-tools\"]");
        if (slot == null) {
            slot = (HTMLElement) HTMLDocument.current().createElement("div");
            slot.setClassName("bl-tools");
            Dom.role(root, "help-button").getParentNode().insertBefore(slot, Dom.role(root, "help-button"));
        }
        tools = slot;
        tools.setInnerHTML(ToolsTemplate.toolbar(prefix));
        HTMLElement dialogs = (HTMLElement) HTMLDocument.current().createElement("div");
        dialogs.setClassName("bl-tool-dialogs");
        dialogs.setInnerHTML(ToolsTemplate.dialogs(prefix));
        root.appendChild(dialogs);

        shareButton = Dom.role(tools, "share");
        shareDialog = Dom.role(root, "share-dialog");
        shareWeights = Dom.input(root, "share-weights");
        shareUrl = Dom.input(root, "share-url");
        shareStatus = Dom.role(root, "share-status");
        shareMessage = Dom.role(root, "share-message");
        embedButton = Dom.role(root, "embed");
        embedDialog = Dom.role(root, "embed-dialog");
        embedSnippets = new EmbedSnippets(root, view);
        embedStatus = Dom.role(root, "embed-status");
        exportButton = Dom.role(tools, "export");
        exportMenu = Dom.role(tools, "export-menu");
        importInput = Dom.input(tools, "import");
        listen();
    }

    /** Adds the tools to {@code view}'s toolbar. */
    public static void attach(LabView view) {
        new LabTools(view);
    }

    // What each control of the tools does, as numbered actions run by act(): one listener class for all of
    // them instead of a lambda class each (~40 bytes of gzipped bundle apiece, issue 8).
    private static final int SHARE = 0;
    private static final int SHARE_REFRESH = 1;
    private static final int SHARE_CLOSE = 2;
    private static final int SHARE_KEY = 3;
    private static final int EMBED = 4;
    private static final int EMBED_REFRESH = 5;
    private static final int EMBED_COPY_IFRAME = 6;
    private static final int EMBED_COPY_SCRIPT = 7;
    private static final int EMBED_CLOSE = 8;
    private static final int EMBED_KEY = 9;
    private static final int EXPORT_MENU = 10;
    private static final int EXPORT_MENU_KEY = 11;
    private static final int PAGE_CLICK = 12;
    private static final int EXPORT_NETWORK = 13;
    private static final int EXPORT_OUTPUT = 14;
    private static final int EXPORT_COST = 15;
    private static final int EXPORT_HISTORY = 16;
    private static final int EXPORT_MODEL = 17;
    private static final int EXPORT_DATA = 18;
    private static final int IMPORT = 19;
    private static final int EXPORT_PYTORCH = 20;
    private static final int EXPORT_NUMPY = 21;

    private void listen() {
        on(shareButton, "click", "sharing", SHARE);
        on(shareWeights, "change", "sharing the weights", SHARE_REFRESH);
        on(Dom.role(root, "share-copy"), "click", "copying the link", SHARE_REFRESH);
        on(Dom.role(root, "share-close"), "click", "closing", SHARE_CLOSE);
        on(shareDialog, "keydown", "closing", SHARE_KEY);

        on(embedButton, "click", "embedding", EMBED);
        on(embedDialog, "change", "choosing what to embed", EMBED_REFRESH);
        on(Dom.role(root, "embed-copy-iframe"), "click", "copying the iframe", EMBED_COPY_IFRAME);
        on(Dom.role(root, "embed-copy-script"), "click", "copying the script", EMBED_COPY_SCRIPT);
        on(Dom.role(root, "embed-close"), "click", "closing", EMBED_CLOSE);
        on(embedDialog, "keydown", "closing", EMBED_KEY);

        on(exportButton, "click", "opening the export menu", EXPORT_MENU);
        on(exportMenu, "keydown", "closing the menu", EXPORT_MENU_KEY);
        on(HTMLDocument.current(), "click", "closing the menu", PAGE_CLICK);
        on(Dom.role(tools, "export-network"), "click", "saving the network picture", EXPORT_NETWORK);
        on(Dom.role(tools, "export-output"), "click", "saving the output picture", EXPORT_OUTPUT);
        on(Dom.role(tools, "export-cost"), "click", "saving the cost picture", EXPORT_COST);
        on(Dom.role(tools, "export-history"), "click", "saving the cost history", EXPORT_HISTORY);
        on(Dom.role(tools, "export-model"), "click", "saving the model", EXPORT_MODEL);
        on(Dom.role(tools, "export-data"), "click", "saving the training data", EXPORT_DATA);
        on(Dom.role(tools, "export-pytorch"), "click", "making the script", EXPORT_PYTORCH);
        on(Dom.role(tools, "export-numpy"), "click", "making the script", EXPORT_NUMPY);

        on(importInput, "change", "importing a model", IMPORT);
    }

    private void on(EventTarget target, String type, String what, int action) {
        guard.listen(target, type, what, (Event e) -> act(action, e));
    }

    private void act(int action, Event e) {
        if (action >= EXPORT_NETWORK && action <= EXPORT_DATA || action >= EXPORT_PYTORCH) {
            showMenu(false);
            exportButton.focus();
        }
        switch (action) {
            case SHARE -> openShare();
            case SHARE_REFRESH -> refreshShare(true);
            case SHARE_CLOSE -> close(shareDialog, shareButton);
            case SHARE_KEY -> closeOnEscape((KeyboardEvent) e, shareDialog, shareButton);
            case EMBED -> openEmbed();
            case EMBED_REFRESH -> refreshEmbed();
            case EMBED_COPY_IFRAME -> copy(embedSnippets.iframe().getValue(), embedSnippets.iframe(), embedStatus,
                    "The iframe snippet");
            case EMBED_COPY_SCRIPT -> copy(embedSnippets.script().getValue(), embedSnippets.script(), embedStatus,
                    "The script snippet");
            case EMBED_CLOSE -> close(embedDialog, shareButton);
            case EMBED_KEY -> closeOnEscape((KeyboardEvent) e, embedDialog, shareButton);
            case EXPORT_MENU -> showMenu(exportMenu.isHidden());
            case EXPORT_MENU_KEY -> {
                if ("Escape".equals(((KeyboardEvent) e).getKey())) {
                    e.stopPropagation();
                    showMenu(false);
                    exportButton.focus();
                }
            }
            case PAGE_CLICK -> {
                if (!exportMenu.isHidden() && !Dom.contains((HTMLElement) exportMenu.getParentNode(), e.getTarget())) {
                    showMenu(false);
                }
            }
            case EXPORT_NETWORK -> exportPng("network", "Network");
            case EXPORT_OUTPUT -> exportPng("output", "Output");
            case EXPORT_COST -> exportPng("cost", "Cost curve");
            case EXPORT_HISTORY -> save("backprop-lab-cost-history.csv", "text/csv",
                    ModelTransfer.costHistoryCsv(view.lab().history()), "The cost history");
            case EXPORT_MODEL -> save("backprop-lab-model.json", "application/json",
                    ModelTransfer.modelJson(view.state(), view.lab().network()), "The model");
            case EXPORT_DATA -> save("backprop-lab-train-data.csv", "text/csv",
                    DataCsv.write(view.lab().trainData()), "The training data");
            case IMPORT -> importModel();
            case EXPORT_PYTORCH -> CodeExportTool.export(view, ExportMain.PYTORCH);
            case EXPORT_NUMPY -> CodeExportTool.export(view, ExportMain.NUMPY);
            default -> throw new IllegalStateException("no tool action " + action);
        }
    }

    // ---- share

    private void openShare() {
        boolean open = shareDialog.isHidden() && embedDialog.isHidden();
        close(embedDialog, shareButton);
        showMenu(false);
        if (!open) {
            close(shareDialog, shareButton);
            return;
        }
        shareDialog.setHidden(false);
        shareButton.setAttribute("aria-expanded", "true");
        refreshShare(true);
    }

    /** The link for the current settings (and weights, when ticked) into the field, selected and copied. */
    private void refreshShare(boolean copy) {
        shareMessage.setTextContent("");
        String link;
        double[] weights = shareWeights.isChecked() ? view.lab().network().parameters().clone() : null;
        try {
            link = ShareLink.url(PageApi.pageUrl(), view.state(), weights);
        } catch (IllegalArgumentException e) {
            shareWeights.setChecked(false);
            shareMessage.setTextContent(Sentence.capitalized(e.getMessage()) + ".");
            link = ShareLink.url(PageApi.pageUrl(), view.state(), null);
        }
        shareUrl.setValue(link);
        EmbedSnippets.showPointsNote(Dom.role(root, "share-points"), view);
        if (copy) {
            copy(link, shareUrl, shareStatus, weights == null || shareWeights.isChecked() ? "The link"
                    : "The link without weights");
        }
    }

    /** Copies {@code text}; where the clipboard is missing or refused, the field is selected for Ctrl+C. */
    private void copy(String text, HTMLElement field, HTMLElement status, String what) {
        PageApi.selectAll(field);
        Dom.setClass(status, "bl-status-note", false);
        status.setTextContent("Copying…");
        boolean started = PageApi.copyText(text, ok -> guard.run("copying", () -> {
            Dom.setClass(status, "bl-status-note", !ok);
            status.setTextContent(ok ? what + " is copied to the clipboard."
                    : "The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).");
        }));
        if (!started) {
            Dom.setClass(status, "bl-status-note", true);
            status.setTextContent("This page cannot copy by itself: the text is selected, press Ctrl+C (⌘C on a Mac).");
        }
    }

    // ---- embed

    /** The embed dialog takes the share dialog's place (it is opened from there). */
    private void openEmbed() {
        close(shareDialog, shareButton);
        showMenu(false);
        embedDialog.setHidden(false);
        shareButton.setAttribute("aria-expanded", "true");
        embedStatus.setTextContent("");
        refreshEmbed();
        Dom.role(root, "embed-close").focus();
    }

    private void refreshEmbed() {
        embedSnippets.refresh();
    }

    // ---- dialogs and menu

    private void close(HTMLElement dialog, HTMLElement opener) {
        if (dialog.isHidden()) {
            return;
        }
        boolean hadFocus = Dom.contains(dialog, HTMLDocument.current().getActiveElement());
        dialog.setHidden(true);
        opener.setAttribute("aria-expanded", "false");
        if (hadFocus) {
            opener.focus();
        }
    }

    private void closeOnEscape(KeyboardEvent event, HTMLElement dialog, HTMLElement opener) {
        if ("Escape".equals(event.getKey())) {
            event.stopPropagation();
            close(dialog, opener);
        }
    }

    private void showMenu(boolean show) {
        if (show) {
            close(shareDialog, shareButton);
            close(embedDialog, shareButton);
        }
        exportMenu.setHidden(!show);
        exportButton.setAttribute("aria-expanded", show ? "true" : "false");
        if (show) {
            Dom.role(tools, "export-network").focus();
        }
    }

    // ---- export

    private void save(String name, String type, String text, String what) {
        if (!PageApi.download(name, type, text)) {
            view.showNotice("Saving did not work", List.of(what + " could not be saved: this browser (or the page "
                    + "holding the lab) does not allow downloads"));
        }
    }

    /**
     * Saves a picture of view {@code viewName} (see {@link ViewPicture}); the lab's root carries where its title,
     * legend and view went as {@code data-picture-boxes} (for tests).
     */
    private void exportPng(String viewName, String title) {
        String refusal = "the " + title.toLowerCase() + " picture could not be saved: this browser (or the page "
                + "holding the lab) does not allow it";
        ViewPicture picture = ViewPicture.of(view, viewName);
        if (picture == null) {
            view.showNotice("Saving did not work", List.of("the " + title.toLowerCase() + " view is not shown, so "
                    + "there is no picture to save"));
            return;
        }
        root.setAttribute("data-picture-boxes", picture.boxes);
        boolean started = PageApi.downloadPng(picture.canvas, "backprop-lab-" + viewName + ".png",
                ok -> guard.run("saving the picture", () -> {
                    if (!ok) {
                        view.showNotice("Saving did not work", List.of(refusal));
                    }
                }));
        if (!started) {
            view.showNotice("Saving did not work", List.of(refusal));
        }
    }

    // ---- import

    private void importModel() {
        FileList files = importInput.getFiles();
        if (files == null || files.getLength() == 0) {
            return;
        }
        File file = files.item(0);
        String name = file.getName();
        importInput.setValue("");
        String tooBig = CsvImport.sizeProblem(file);
        if (!tooBig.isEmpty()) {
            refuseImport(name, tooBig);
            return;
        }
        CsvImport.readText(file, text -> guard.run("importing " + name, () -> modelRead(name, text)),
                reason -> guard.run("importing " + name, () -> refuseImport(name, "it could not be read: " + reason)));
    }

    private void modelRead(String name, String text) {
        ModelTransfer.Imported imported;
        try {
            ModelFile file = ModelJson.parse(text, ModelLimits.APP);
            imported = ModelTransfer.fromModel(file, view.state());
        } catch (FormatException | IllegalArgumentException e) {
            refuseImport(name, e.getMessage());
            return;
        }
        view.change(imported.state());
        String refused = view.loadParameters(imported.parameters());
        if (!refused.isEmpty()) {
            refuseImport(name, refused);
            return;
        }
        view.showNotice("Imported " + name + ":", List.of(imported.summary() + ". The data is unchanged; "
                + "Reset draws new weights from the seed"));
    }

    private void refuseImport(String name, String reason) {
        view.showNotice(name + " was not imported; the lab is unchanged:", List.of(reason));
    }
}
