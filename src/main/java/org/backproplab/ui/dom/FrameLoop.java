package org.backproplab.ui.dom;

import org.backproplab.viz.FrameTimes;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.AnimationFrameCallback;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * The lab's one requestAnimationFrame loop. What a frame does (train a fixed number of steps, draw, update
 * labels) is the caller's; the loop only starts, stops and keeps asking for the next frame.
 *
 * <p>It also times itself, for the benchmark and curious readers: the script time of each frame's work
 * goes into a {@link FrameTimes} ring buffer (no allocation per frame), and the end of the first complete
 * frame (the first whose work reports every view showing the lab, see {@link Frame#frame}) is kept as
 * milliseconds since navigation start and marked in the page's performance timeline as {@value #FIRST_FRAME_MARK}.
 */
public final class FrameLoop {
    /** The performance.mark name of the first finished frame. */
    static final String FIRST_FRAME_MARK = "backprop-lab-first-frame";
    /** Frames whose times are kept. */
    public static final int TIMED_FRAMES = 600;

    /** The work of one frame. */
    public interface Frame {
        /**
         * Does one frame's work; returns whether every view now shows the lab in full (a page's first frames
         * may leave parts, such as a large network's decision boundary, to the frames after them).
         */
        boolean frame();
    }

    private final Frame frame;
    private final AnimationFrameCallback callback = time -> tick();
    private final FrameTimes times = new FrameTimes(TIMED_FRAMES);
    private double firstFrameEnd = Double.NaN;
    private boolean running;
    private int request;

    public FrameLoop(Frame frame) {
        this.frame = frame;
    }

    public void start() {
        if (!running) {
            running = true;
            request = Window.requestAnimationFrame(callback);
        }
    }

    public void stop() {
        if (running) {
            running = false;
            Window.cancelAnimationFrame(request);
        }
    }

    boolean isRunning() {
        return running;
    }

    /** The script time of the latest frames (ms). */
    public FrameTimes times() {
        return times;
    }

    /** When the first complete frame's work ended, in ms since navigation start; NaN before it. */
    public double firstFrameEnd() {
        return firstFrameEnd;
    }

    private void tick() {
        if (!running) {
            return;
        }
        // Ask for the next frame first: a frame that fails must not end the loop.
        request = Window.requestAnimationFrame(callback);
        double start = Performance.now();
        boolean complete = frame.frame();
        double end = Performance.now();
        times.record(end - start);
        if (complete && firstFrameEnd != firstFrameEnd) {
            firstFrameEnd = end;
            mark(FIRST_FRAME_MARK);
        }
    }

    @JSBody(params = "name", script = "if (window.performance && performance.mark) { performance.mark(name); }")
    private static native void mark(String name);
}
