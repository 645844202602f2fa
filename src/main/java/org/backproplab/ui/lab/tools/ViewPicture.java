package org.backproplab.ui.lab.tools;

import org.backproplab.ui.chart.PictureKey;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.ViewCanvas;
import org.backproplab.ui.lab.LabView;
import org.backproplab.viz.EdgeStyle;
import org.backproplab.viz.PictureLayout;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * A saved picture of a view (Export ▾ → … picture): on white, at least {@value PictureLayout#MIN_WIDTH} px wide
 * and at the screen's device pixel ratio, the view drawn by its own code at the picture's size under a
 * {@link PictureKey} (the axis name and the legend), laid out by {@link PictureLayout}.
 */
final class ViewPicture {
    final HTMLCanvasElement canvas;
    /** Where the title, legend and view went, in the picture's pixels ({@link PictureLayout#boxes}). */
    final String boxes;

    private ViewPicture(HTMLCanvasElement canvas, String boxes) {
        this.canvas = canvas;
        this.boxes = boxes;
    }

    /** The network's key: which colour is which sign of w, and what a line's width stands for. */
    private static PictureKey networkKey() {
        return new PictureKey(null).line("w > 0", EdgeStyle.color(1), Dom.dashes(0, 0))
                .line("w < 0", EdgeStyle.color(-1), Dom.dashes(0, 0))
                .widths("the larger |w|, the thicker the line", EdgeStyle.color(1));
    }

    /** The picture of {@code lab}'s view {@code name} ("network", "output", else cost); null while it is not shown. */
    static ViewPicture of(LabView lab, String name) {
        ViewCanvas canvas;
        Runnable draw;
        PictureKey key;
        if (name.equals("network")) {
            canvas = lab.networkView().canvas();
            draw = () -> lab.networkView().draw(lab.lab());
            key = networkKey();
        } else if (name.equals("output")) {
            canvas = lab.outputView().canvas();
            draw = () -> lab.outputView().draw(lab.lab());
            key = lab.outputView().pictureKey();
        } else {
            canvas = lab.costView().canvas();
            draw = () -> lab.costView().draw(lab.lab());
            key = lab.costView().pictureKey(lab.lab());
        }
        if (canvas.element.getWidth() == 0 || canvas.element.getHeight() == 0 || !canvas.isDrawable()) {
            return null;
        }
        return of(canvas, draw, key);
    }

    /** The picture of the view on {@code view}, which {@code draw} draws (as the lab's frame does). */
    private static ViewPicture of(ViewCanvas view, Runnable draw, PictureKey key) {
        HTMLCanvasElement picture = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
        CanvasRenderingContext2D g = (CanvasRenderingContext2D) picture.getContext("2d");
        PictureLayout layout = PictureLayout.of(view.width(), view.height(), Window.current().getDevicePixelRatio(),
                key.titleWidth(g), key.textWidths(g));
        picture.setWidth(layout.pixelWidth());
        picture.setHeight(layout.pixelHeight());
        g.setFillStyle("#ffffff");
        g.fillRect(0, 0, layout.pixelWidth(), layout.pixelHeight());
        double scale = layout.scale();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        key.draw(g, layout);
        view.drawPicture(layout.viewWidth(), layout.viewHeight(), scale, draw, g,
                Math.floor(layout.viewLeft() * scale + 0.5), Math.floor(layout.viewTop() * scale + 0.5));
        return new ViewPicture(picture, layout.boxes());
    }
}
