package org.backproplab.ui.microscope;

import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.CostGrid;
import org.backproplab.landscape.CostSlice;
import org.backproplab.landscape.Trajectory2D;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.backproplab.viz.StickyWindow;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The microscope's second part, shown while a second weight is chosen: the cost J over both weights as a
 * map, the path the two took while training, and its caption. J is taken over at most {@value #MAP_ROWS}
 * evenly spaced training examples; while training runs the grid is sampled a few rows per frame.
 */
final class MapSection {
    /** The most training examples the 2-D map takes J over, so that a 41 × 41 grid stays fast. */
    static final int MAP_ROWS = 200;

    private final HTMLElement section;
    private final HTMLElement stage;
    private final HTMLElement caption;
    /** The second weight the map was last brought into view for (-1: none), so it scrolls once per choice. */
    private int shownFor = -1;
    /** Made when first shown, so a lab that never opens the map has no hidden canvas. */
    private MicroscopeMap plot;
    private final Trajectory2D path = new Trajectory2D(600);
    private final StickyWindow mapX = new StickyWindow();
    private final StickyWindow mapY = new StickyWindow();
    private CostGrid grid;
    private int rowCount;
    private int examples;
    private double secondWeight = Double.NaN;
    private double secondGradient = Double.NaN;
    private double firstWeight = Double.NaN;

    MapSection(HTMLElement body) {
        section = Dom.element("div", "blm-map-section", body);
        MicroscopeView.heading(section, "Two weights: the cost map");
        stage = Dom.element("div", "blm-stage blm-map-stage", section);
        caption = Dom.element("p", "blm-note", section);
        section.setHidden(true);
    }

    /** A new network or training set: a new grid, an empty path, windows that start again. */
    void follow(Network network, Dataset data) {
        int[] mapRows = null;
        examples = data.count();
        rowCount = data.count();
        if (data.count() > MAP_ROWS) {
            mapRows = new int[MAP_ROWS];
            for (int k = 0; k < MAP_ROWS; k++) {
                mapRows[k] = (int) ((long) k * data.count() / MAP_ROWS);
            }
            rowCount = MAP_ROWS;
        }
        grid = new CostGrid(network, data, mapRows);
        path.clear();
        mapX.reset();
        mapY.reset();
    }

    Trajectory2D path() {
        return path;
    }

    /**
     * Measures the second weight on {@code slice} at α = {@code rate} (before the first, whose measure the
     * slice must keep); returns the half-width its window wants.
     */
    double measureSecond(CostSlice slice, int second, double rate) {
        double radius = slice.suggestedRadius(second, rate);
        secondGradient = slice.slope();
        secondWeight = slice.weight();
        return radius;
    }

    /** No second weight: the map's numbers are void. */
    void clearSecond() {
        secondWeight = Double.NaN;
    }

    /**
     * A square window around both weights and their next step (w → {@code next}, half-width at least
     * {@code wanted}), and the caption naming the two.
     */
    void frame(double weight, double next, double wanted, double rate, String across, String up) {
        mapX.follow(weight, next, wanted);
        mapY.follow(secondWeight, secondWeight - rate * secondGradient, wanted);
        double common = Math.max(mapX.radius(), mapY.radius());
        mapX.include(mapX.center() + common);
        mapY.include(mapY.center() + common);
        caption.setTextContent(MicroscopeText.mapCaption(across, up, rowCount, examples));
    }

    /** Keeps the first weight's measured value for the map when only it was measured. */
    void measuredFirst(double weight) {
        firstWeight = weight;
    }

    /**
     * Shows or hides the map, restarts its sampling after a measure, samples within {@code budgetMs} while
     * training runs (all at once when paused), and paints what changed.
     */
    void draw(Shape shape, int index, int second, boolean measured, boolean selectionChanged, boolean running,
            double budgetMs, double slope) {
        Dom.show(section, second >= 0);
        if (second >= 0 && second != shownFor) {
            bringIntoView(section);
        }
        shownFor = second;
        if (second < 0) {
            return;
        }
        if (plot == null) {
            plot = new MicroscopeMap(stage);
        }
        boolean repaint = plot.canvas.fit() | measured;
        if (measured && (selectionChanged || !plot.busy())) {
            plot.start(index, second, mapX.center(), mapY.center(), mapX.radius());
        }
        if (plot.work(grid, running ? Performance.now() + budgetMs : Double.POSITIVE_INFINITY)) {
            repaint = true;
        }
        if (repaint) {
            plot.paint(firstWeight, secondWeight, slope, secondGradient, path, shape.parameterName(index),
                    shape.parameterName(second));
        }
    }

    /** A newly chosen second weight's map lies below the slice: scroll the least that shows all of it. */
    @JSBody(params = "element", script = "element.scrollIntoView({block: 'nearest'});")
    private static native void bringIntoView(HTMLElement element);
}
