package org.backproplab.ui;

import org.teavm.jso.browser.AnimationFrameCallback;
import org.teavm.jso.browser.Window;

/**
 * The lab's one requestAnimationFrame loop. What a frame does (train a fixed number of steps, draw, update
 * labels) is the caller's; the loop only starts, stops and keeps asking for the next frame.
 */
final class FrameLoop {
    /** The work of one frame. */
    interface Frame {
        void frame();
    }

    private final Frame frame;
    private final AnimationFrameCallback callback = time -> tick();
    private boolean running;
    private int request;

    FrameLoop(Frame frame) {
        this.frame = frame;
    }

    void start() {
        if (!running) {
            running = true;
            request = Window.requestAnimationFrame(callback);
        }
    }

    void stop() {
        if (running) {
            running = false;
            Window.cancelAnimationFrame(request);
        }
    }

    boolean isRunning() {
        return running;
    }

    private void tick() {
        if (!running) {
            return;
        }
        // Ask for the next frame first: a frame that fails must not end the loop.
        request = Window.requestAnimationFrame(callback);
        frame.frame();
    }
}
