package org.backproplab.e2e;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * A page printed by headless Chromium (WebDriver's print, A4) and read back with PDFBox: each page's text and the
 * size and position of every glyph, its rendering as PNG, and the QR codes on it decoded with ZXing.
 */
final class PrintedPdf implements AutoCloseable {
    /** A4 in centimetres, and the margin printed around every page. */
    static final double A4_WIDTH_CM = 21.0;
    static final double A4_HEIGHT_CM = 29.7;
    static final double MARGIN_CM = 1.2;
    /** PDF points per centimetre. */
    static final double POINTS_PER_CM = 72 / 2.54;

    /** One glyph: where it starts and ends on the page (points from the left) and its printed size in points. */
    record Glyph(String text, double left, double right, double size) {
    }

    private final PDDocument document;

    private PrintedPdf(byte[] pdf) throws IOException {
        document = Loader.loadPDF(pdf);
    }

    /** Prints the page open in {@code browser} on A4 with {@link #MARGIN_CM} margins, backgrounds included, to {@code saveAs}. */
    static PrintedPdf print(Browser browser, Path saveAs) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(A4_HEIGHT_CM, A4_WIDTH_CM));
        options.setPageMargin(new PageMargin(MARGIN_CM, MARGIN_CM, MARGIN_CM, MARGIN_CM));
        options.setBackground(true);
        String base64 = browser.driver().print(options).getContent();
        byte[] pdf = Base64.getDecoder().decode(base64);
        Files.write(saveAs, pdf);
        return new PrintedPdf(pdf);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The page's width in points. */
    double width(int page) {
        return document.getPage(page).getMediaBox().getWidth();
    }

    /** The text of page {@code page} (0-based). */
    String text(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document);
    }

    /** Every glyph of page {@code page} with its position and size. */
    List<Glyph> glyphs(int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                            p.getYScale()));
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        return glyphs;
    }

    /** Page {@code page} rendered at {@code dpi}. */
    BufferedImage render(int page, float dpi) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(page, dpi);
    }

    /** Saves page {@code page} as target/screenshots/{@code name}.png (100 dpi) for a person to look at. */
    Path saveImage(int page, String name) throws IOException {
        Path directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".png");
        ImageIO.write(render(page, 100), "png", file.toFile());
        return file;
    }

    /** The text of the QR code on page {@code page}, or null when none is found. */
    String qrCode(int page) throws IOException {
        BufferedImage image = render(page, 200);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
