package org.backproplab.state;

/**
 * The network's weights and biases as compact link text ({@code weights=…} in a shared link): each
 * parameter as its 8 bytes of IEEE-754 float64, little-endian, in the flat order of {@code core.Shape},
 * written as base64url without padding (A–Z a–z 0–9 - _, safe in a URL fragment). Float64 rather than
 * float32 so a link reproduces the network bit for bit: 25 parameters are 267 characters.
 *
 * <p>Reading checks the text character by character, that it holds a whole number of parameters, exactly
 * as many as the network needs, and that every one is finite; each failure is an
 * IllegalArgumentException whose message says what was wrong.
 */
public final class WeightsCodec {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int BYTES_PER_PARAMETER = 8;

    private WeightsCodec() {
    }

    /** The base64url text of {@code parameters} as float64 little-endian. */
    public static String encode(double[] parameters) {
        byte[] bytes = new byte[parameters.length * BYTES_PER_PARAMETER];
        for (int p = 0; p < parameters.length; p++) {
            long bits = Double.doubleToRawLongBits(parameters[p]);
            for (int b = 0; b < BYTES_PER_PARAMETER; b++) {
                bytes[p * BYTES_PER_PARAMETER + b] = (byte) (bits >>> (8 * b));
            }
        }
        StringBuilder text = new StringBuilder(encodedLength(parameters.length));
        for (int i = 0; i < bytes.length; i += 3) {
            int remaining = Math.min(3, bytes.length - i);
            int chunk = (bytes[i] & 0xff) << 16;
            if (remaining > 1) {
                chunk |= (bytes[i + 1] & 0xff) << 8;
            }
            if (remaining > 2) {
                chunk |= bytes[i + 2] & 0xff;
            }
            for (int c = 0; c <= remaining; c++) {
                text.append(ALPHABET.charAt((chunk >>> (18 - 6 * c)) & 63));
            }
        }
        return text.toString();
    }

    /** The length of {@link #encode}'s text for {@code count} parameters. */
    public static int encodedLength(int count) {
        long bytes = (long) count * BYTES_PER_PARAMETER;
        return (int) ((bytes * 4 + 2) / 3);
    }

    /**
     * The parameters written in {@code text}, which must hold exactly {@code expectedCount} finite numbers.
     *
     * @throws IllegalArgumentException naming the first problem: a character outside base64url, a length that
     *     is no whole number of parameters, a different count, or a value that is NaN or infinite
     */
    public static double[] decode(String text, int expectedCount) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the weights are empty, but the network has " + expectedCount
                    + " weights and biases");
        }
        int length = text.length();
        for (int k = 0; k < length; k++) {
            if (valueOf(text.charAt(k)) < 0) {
                throw new IllegalArgumentException("the weights contain \"" + NumberText.shorten(String.valueOf(text.charAt(k)))
                        + "\" at position " + (k + 1) + "; only A-Z, a-z, 0-9, - and _ are allowed");
            }
        }
        long bytes = (long) length * 3 / 4;
        if (length % 4 == 1 || bytes % BYTES_PER_PARAMETER != 0 || encodedLength((int) (bytes / BYTES_PER_PARAMETER)) != length) {
            throw new IllegalArgumentException("the weights are " + length + " characters long, which is not a whole "
                    + "number of weights (each takes 8 bytes); the link was probably cut short");
        }
        long count = bytes / BYTES_PER_PARAMETER;
        if (count != expectedCount) {
            throw new IllegalArgumentException("the link holds " + count + " weights and biases, but the network "
                    + "from its settings has " + expectedCount);
        }
        byte[] data = new byte[(int) bytes];
        int out = 0;
        for (int i = 0; i < length; i += 4) {
            int group = Math.min(4, length - i);
            int chunk = 0;
            for (int c = 0; c < 4; c++) {
                chunk = (chunk << 6) | (c < group ? valueOf(text.charAt(i + c)) : 0);
            }
            for (int b = 0; b < group - 1; b++) {
                data[out++] = (byte) (chunk >>> (16 - 8 * b));
            }
        }
        double[] parameters = new double[(int) count];
        for (int p = 0; p < parameters.length; p++) {
            long bits = 0;
            for (int b = BYTES_PER_PARAMETER - 1; b >= 0; b--) {
                bits = (bits << 8) | (data[p * BYTES_PER_PARAMETER + b] & 0xffL);
            }
            double value = Double.longBitsToDouble(bits);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("weight " + (p + 1) + " of " + count + " is not a finite number");
            }
            parameters[p] = value;
        }
        return parameters;
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
    }
}
