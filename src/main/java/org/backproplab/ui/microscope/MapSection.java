package org.backproplab.ui.microscope;

import org.backproplab.core.Shape;
import org.backproplab.landscape.Trajectory2D;
import org.backproplab.state.text.MicroscopeText;
import org.backproplab.ui.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The microscope's second part, shown while a second weight is chosen: the cost J over both weights as a
 * map, the path the two took while training, and its caption. J is taken over at most
 * {@value MicroscopeWork#MAP_ROWS} evenly spaced training examples. A newly chosen pair's map fills in as its
 * cells are measured; while training runs, the map on screen stays until the next one is complete.
 */
final class MapSection {
    private final HTMLElement section;
    private final HTMLElement stage;
    private final HTMLElement caption;
    /** The second weight the map was last brought into view for (-1: none), so it scrolls once per choice. */
    private int shownFor = -1;
    /** Made when first shown, so a lab that never opens the map has no hidden canvas. */
    private MicroscopeMap plot;
    private final Trajectory2D path = new Trajectory2D(600);
    private int drawnVersion = -1;
    private int drawnCells = -1;
    /** Whether the map on screen is of another pair (or none): then the new one fills in as it comes. */
    private boolean progressive = true;
    private double firstWeight = Double.NaN;
    private double secondWeight = Double.NaN;
    private double firstSlope = Double.NaN;
    private double secondSlope = Double.NaN;

    MapSection(HTMLElement body) {
        section = Dom.element("div", "blm-map-section", body);
        MicroscopeView.heading(section, "Two weights: the cost map");
        stage = Dom.element("div", "blm-stage blm-map-stage", section);
        caption = Dom.element("p", "blm-note", section);
        section.setHidden(true);
    }

    Trajectory2D path() {
        return path;
    }

    /** A newly chosen pair: its map fills in as it is measured. */
    void startMeasuring() {
        progressive = true;
    }

    /**
     * New work (a new network or data set): its map counter starts where no map is measured yet, so the
     * map waits for its first complete measure instead of taking the empty cells as finished.
     */
    void follow(MicroscopeWork work) {
        drawnVersion = work.mapVersion;
        drawnCells = -1;
        startMeasuring();
    }

    /**
     * Shows or hides the map, takes the cells {@code work} has measured (all of them once complete; as they
     * come for a newly chosen pair), and paints what changed.
     */
    void draw(Shape shape, int index, int second, MicroscopeWork work) {
        Dom.show(section, second >= 0);
        boolean newlyChosen = second >= 0 && second != shownFor;
        shownFor = second;
        if (second < 0) {
            return;
        }
        if (plot == null) {
            plot = new MicroscopeMap(stage);
        }
        boolean repaint = plot.canvas.fit();
        if (newlyChosen) {
            bringIntoView(section); // after the canvas has its size, so all of the map comes into view
        }
        boolean ours = work.index() == index && work.second() == second;
        if (ours && work.mapVersion != drawnVersion) {
            drawnVersion = work.mapVersion;
            take(work, MicroscopeWork.CELLS * MicroscopeWork.CELLS, shape);
            if (progressive) {
                // the parts above have their measured text by now: bring the finished map into view once more
                bringIntoView(section);
            }
            progressive = false;
            repaint = true;
        } else if (ours && progressive && work.phase() == MicroscopeWork.Phase.MAP && work.filledCells != drawnCells) {
            take(work, work.filledCells, shape);
            repaint = true;
        }
        if (repaint) {
            plot.paint(firstWeight, secondWeight, firstSlope, secondSlope, path, shape.parameterName(index),
                    shape.parameterName(second));
        }
    }

    private void take(MicroscopeWork work, int cells, Shape shape) {
        drawnCells = cells;
        plot.show(work.cells, cells, work.mapCenter1, work.mapCenter2, work.mapRadius);
        firstWeight = work.weight;
        secondWeight = work.secondWeight;
        firstSlope = work.slope;
        secondSlope = work.secondSlope;
        caption.setTextContent(MicroscopeText.mapCaption(shape.parameterName(work.index()),
                shape.parameterName(work.second()), work.mapRowCount, work.data.count()));
    }

    /** Whether the map on screen is complete for the pair shown. */
    boolean complete() {
        return !progressive;
    }

    /** A newly chosen second weight's map lies below the slice: scroll the least that shows all of it. */
    @JSBody(params = "element", script = "element.scrollIntoView({block: 'nearest'});")
    private static native void bringIntoView(HTMLElement element);
}
