package org.backproplab.cli.worksheet;

import org.backproplab.cli.Main;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code as inline SVG: ZXing chooses the modules, this draws them — one path of unit squares, each row's run
 * of dark modules as one rectangle, inside the 4-module quiet zone a scanner needs. Error correction M (15 %),
 * enough for a printed, slightly creased page.
 */
final class QrSvg {
    /** The white border a scanner needs, in modules. */
    static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /**
     * The SVG element for {@code text}, {@code sizeMm} millimetres wide, with {@code label} as its accessible name.
     *
     * @throws IllegalArgumentException if the text is too long for a QR code
     */
    static String svg(String text, double sizeMm, String label) {
        ByteMatrix modules;
        try {
            modules = Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the link is too long for a QR code (" + text.length() + " characters)");
        }
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y) == 1) {
                    x++;
                }
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        String mm = Main.number(sizeMm) + "mm";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\""
                + org.backproplab.state.Sentence.escapeHtml(label) + "\" width=\"" + mm + "\" height=\"" + mm
                + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
