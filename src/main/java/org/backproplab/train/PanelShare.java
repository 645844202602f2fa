package org.backproplab.train;

/**
 * One frame's panel time ({@link FrameShare#panelsMs}) shared by the panels that compute beside training: each
 * panel with work takes a turn, works until the turn's deadline (at least one slice of its work, so none
 * starves) and ends it. A turn's deadline leaves an equal part of what is left to the panels still expected
 * this frame (those that worked in the previous frame), so the microscope and a race each get half, and a
 * panel alone gets all. The times are the caller's clock in ms. No browser code: the JVM tests drive it.
 */
public final class PanelShare {
    private double allowance = FrameShare.FRAME_MS;
    private double spent;
    private double spentLastFrame;
    /** Turns begun this frame, and of those the turns of panels that had work. */
    private int begun;
    private int turns;
    private int turnsLastFrame;
    private double turnStart;

    /**
     * Starts a frame: {@code training} whether training runs this frame, {@code drawingMs} what the previous
     * frame's drawing took, the panels' turns included (they are taken out to find the rest of the drawing).
     */
    public void startFrame(boolean training, double drawingMs) {
        double other = drawingMs - spent;
        spentLastFrame = spent;
        turnsLastFrame = turns;
        begun = 0;
        turns = 0;
        spent = 0;
        allowance = FrameShare.panelsMs(training, other);
    }

    /** The panels' time of this frame, in ms. */
    public double allowanceMs() {
        return allowance;
    }

    /** What the panels' turns took in the previous frame, in ms. */
    public double spentLastFrameMs() {
        return spentLastFrame;
    }

    /** A panel begins its turn at {@code now}: the deadline of its work. */
    public double beginTurn(double now) {
        int after = Math.max(0, turnsLastFrame - begun - 1);
        begun++;
        double left = allowance - spent;
        turnStart = now;
        return now + Math.max(0, left / (1 + after));
    }

    /** The turn begun by {@link #beginTurn} ends at {@code now}; {@code worked}: whether the panel had work. */
    public void endTurn(double now, boolean worked) {
        double took = now - turnStart;
        spent += took > 0 ? took : 0;
        if (worked) {
            turns++;
        }
    }
}
