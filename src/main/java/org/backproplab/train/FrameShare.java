package org.backproplab.train;

/**
 * How one animation frame's script time is shared between drawing and training: the frame has
 * {@value #FRAME_MS} ms of script, drawing takes what it takes (the pictures must be shown), and training gets
 * what is left, at least {@value #LEAST_TRAINING_MS} ms. Drawing is known only once done, so a frame sets aside
 * what the previous frame's drawing took. A heavy picture then slows training down rather than making the frame
 * long; training still goes on, since it asks the clock only after each slice of its work.
 */
public final class FrameShare {
    /** The script time of one frame's (or one click's) own work, in ms. */
    public static final double FRAME_MS = 12;
    /** The least training time of a frame whose drawing took the whole {@link #FRAME_MS}, in ms. */
    public static final double LEAST_TRAINING_MS = 2;
    /**
     * While training runs, the panels that compute (the microscope, the α lab's finder and race) take together this
     * share of what the rest of the drawing leaves, and training keeps the other 85 %: so it keeps at least about
     * 80 % of its speed with the panels closed.
     */
    public static final double PANELS_WHILE_TRAINING = 0.15;

    private FrameShare() {
    }

    /**
     * The panels' time of a frame (together; see {@link PanelShare}) whose drawing without them took
     * {@code otherDrawingMs}: a {@value #PANELS_WHILE_TRAINING} share of the training time that drawing leaves
     * while training runs, all of it while training is paused.
     */
    public static double panelsMs(boolean training, double otherDrawingMs) {
        double left = trainingMs(otherDrawingMs);
        return training ? PANELS_WHILE_TRAINING * left : left;
    }

    /** The training time of a frame that sets aside {@code drawingMs} for drawing (NaN or negative counts as 0). */
    public static double trainingMs(double drawingMs) {
        double drawing = drawingMs > 0 ? drawingMs : 0;
        double left = FRAME_MS - drawing;
        return left >= LEAST_TRAINING_MS ? left : LEAST_TRAINING_MS;
    }
}
