package org.backproplab.ui.lab;

import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.data.Generators;
import org.backproplab.state.AppState;
import org.backproplab.state.text.DatasetPickerText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.host.Settings;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.DataThumbnail;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The data sets as two radio groups of small pictures drawn once from the real generators (points coloured by
 * class, curves as the curve), {@link DatasetPickerText} naming them. ← → ↑ ↓ move the focus within a group,
 * Enter or Space chooses (choosing makes new data and new weights, so moving alone does not); the chosen set
 * is aria-checked and the group's one Tab stop. Frames too short for pictures (views.css) show only names.
 * The pictures are drawn {@value #PICTURES_PER_FRAME} a frame once the lab is on screen (all at once took 20–40 ms
 * of the page's first task); until then each is a blank canvas of its final size, so nothing moves and every
 * button works from the start.
 */
final class DatasetPicker {
    /** The picture's side in CSS px; the canvas has twice as many pixels, sharp on high-density screens. */
    private static final int SIDE = 40;
    private static final int SCALE = 2;
    private static final String CURVE_COLOR = ColorScale.cssOf(ColorScale.BLUE_RGB);
    /** Pictures drawn per frame: one is 1–3 ms (a generator's points as arcs). */
    static final int PICTURES_PER_FRAME = 2;

    private final Settings settings;
    private final DatasetKind[] kinds = DatasetKind.values();
    private final HTMLButtonElement[] buttons = new HTMLButtonElement[kinds.length];
    /** The group of each button (an index into {@link DatasetPickerText#GROUPS}). */
    private final int[] groupOf = new int[kinds.length];
    private final HTMLCanvasElement[] pictures = new HTMLCanvasElement[kinds.length];
    /** Pictures drawn so far, in the order of {@link #kinds}. */
    private int drawn;
    private DatasetKind shown;

    DatasetPicker(HTMLElement root, Settings settings, Guard guard) {
        this.settings = settings;
        HTMLElement picker = Dom.role(root, "dataset");
        for (int g = 0; g < DatasetPickerText.KINDS.length; g++) {
            Dom.span("bl-dataset-heading", DatasetPickerText.HEADINGS[g], picker).setAttribute("aria-hidden", "true");
            HTMLElement radios = Dom.element("div", "bl-dataset-group", picker);
            radios.setAttribute("role", "radiogroup");
            radios.setAttribute("aria-label", "Dataset: " + DatasetPickerText.HEADINGS[g]);
            for (DatasetKind kind : DatasetPickerText.KINDS[g]) {
                HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", "bl-dataset-option", radios);
                button.setType("button");
                button.setAttribute("role", "radio");
                button.setAttribute("aria-checked", "false");
                button.setAttribute("tabindex", "-1");
                button.setAttribute("aria-label", DatasetPickerText.name(kind));
                button.setAttribute("data-value", kind.id());
                HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.element("canvas", "bl-dataset-thumb", button);
                canvas.setAttribute("aria-hidden", "true");
                canvas.setWidth(SIDE * SCALE);
                canvas.setHeight(SIDE * SCALE);
                pictures[kind.ordinal()] = canvas;
                Dom.span("bl-dataset-name", DatasetPickerText.label(kind), button).setAttribute("aria-hidden", "true");
                int index = kind.ordinal();
                buttons[index] = button;
                groupOf[index] = g;
                guard.listen(button, "click", "choosing the data set", (Event e) -> choose(kind));
                guard.listen(button, "keydown", "moving between data sets", (KeyboardEvent e) -> keyed(e, index));
            }
        }
    }

    /** Draws up to {@link #PICTURES_PER_FRAME} pictures not drawn yet. */
    void drawPictures() {
        for (int k = 0; k < PICTURES_PER_FRAME && drawn < kinds.length; k++, drawn++) {
            draw(pictures[drawn], kinds[drawn]);
        }
    }

    private void choose(DatasetKind kind) {
        AppState state = settings.state();
        if (state.dataset() != kind) {
            settings.change(state.withDataset(kind));
        }
    }

    /** Arrows move the focus to the previous or next set of the same group (wrapping); Enter/Space click. */
    private void keyed(KeyboardEvent event, int index) {
        String key = event.getKey();
        int step = "ArrowRight".equals(key) || "ArrowDown".equals(key) ? 1
                : "ArrowLeft".equals(key) || "ArrowUp".equals(key) ? -1 : 0;
        if (step == 0) {
            return;
        }
        event.preventDefault();
        event.stopPropagation(); // → is also the lab's step shortcut
        int next = index;
        do {
            next = (next + step + kinds.length) % kinds.length;
        } while (groupOf[next] != groupOf[index]);
        Dom.moveTabStop(buttons[index], buttons[next]);
    }

    /** Marks {@code state}'s data set as chosen; each group's Tab stop is its chosen set, or its first. */
    void show(AppState state) {
        if (state.dataset() == shown) {
            return;
        }
        shown = state.dataset();
        for (int g = 0; g < DatasetPickerText.KINDS.length; g++) {
            DatasetKind[] group = DatasetPickerText.KINDS[g];
            boolean holdsChosen = false;
            for (DatasetKind kind : group) {
                holdsChosen |= kind == shown;
            }
            for (int e = 0; e < group.length; e++) {
                int k = group[e].ordinal();
                buttons[k].setAttribute("aria-checked", group[e] == shown ? "true" : "false");
                boolean stop = holdsChosen ? group[e] == shown : e == 0;
                buttons[k].setAttribute("tabindex", stop ? "0" : "-1");
            }
        }
    }

    /** The picture of {@code kind}, from its generator without noise (a formula set: its default formula). */
    private static void draw(HTMLCanvasElement canvas, DatasetKind kind) {
        CanvasRenderingContext2D g = (CanvasRenderingContext2D) canvas.getContext("2d");
        g.scale(SCALE, SCALE);
        if (kind.isWrittenOut()) { // nothing to generate: numbers to work with by hand
            g.setFillStyle(CURVE_COLOR);
            g.setFont("bold 13px sans-serif");
            g.setTextAlign("center");
            g.fillText("∂J/∂w", SIDE / 2.0, SIDE / 2.0 + 5);
            return;
        }
        Dataset data = Generators.generate(kind, DatasetPickerText.THUMBNAIL_POINTS, 0,
                DatasetPickerText.THUMBNAIL_SEED);
        int count = data.count();
        if (kind.isClassification()) {
            for (int c = 0; c < kind.classCount(); c++) {
                g.beginPath();
                for (int n = 0; n < count; n++) {
                    if (classOf(data, n) == c) {
                        double x = DataThumbnail.pixelX(data.input(n, 0), SIDE);
                        double y = DataThumbnail.pixelY(data.input(n, 1), SIDE);
                        g.moveTo(x + 1.3, y);
                        g.arc(x, y, 1.3, 0, 2 * Math.PI);
                    }
                }
                g.setFillStyle(ColorScale.cssOf(BoundaryRaster.classRgb(c)));
                g.fill();
            }
            return;
        }
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int n = 0; n < count; n++) {
            xs[n] = data.input(n, 0);
            ys[n] = data.target(n, 0);
        }
        double[] px = new double[count];
        double[] py = new double[count];
        DataThumbnail.curve(xs, ys, count, SIDE, px, py);
        g.beginPath();
        for (int n = 0; n < count; n++) {
            if (n == 0) {
                g.moveTo(px[n], py[n]);
            } else {
                g.lineTo(px[n], py[n]);
            }
        }
        g.setStrokeStyle(CURVE_COLOR);
        g.setLineWidth(2);
        g.setLineJoin("round");
        g.stroke();
    }

    /** The class of example {@code n}: its label, or the index of its one-hot target (three classes). */
    private static int classOf(Dataset data, int n) {
        return (int) (data.targetSize() == 1 ? data.target(n, 0) : data.target(n, 1) + 2 * data.target(n, 2));
    }
}
