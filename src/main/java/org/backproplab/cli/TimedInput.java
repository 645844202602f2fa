package org.backproplab.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket's input with a deadline for the whole of what is read next (not per read: a client that sends one
 * byte every few seconds still runs out of time). Past the deadline a read throws
 * {@link SocketTimeoutException}.
 */
final class TimedInput extends FilterInputStream {
    private final Socket socket;
    private long deadlineNanos = Long.MAX_VALUE;

    TimedInput(Socket socket) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
    }

    /** Everything read from now on must arrive within {@code millis}. */
    void deadlineIn(long millis) {
        deadlineNanos = System.nanoTime() + millis * 1_000_000L;
    }

    private void arm() throws IOException {
        long remaining = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        if (remaining <= 0) {
            throw new SocketTimeoutException("the client sent too slowly");
        }
        socket.setSoTimeout((int) Math.min(remaining, Integer.MAX_VALUE));
    }

    @Override
    public int read() throws IOException {
        arm();
        return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        arm();
        return super.read(buffer, offset, length);
    }
}
