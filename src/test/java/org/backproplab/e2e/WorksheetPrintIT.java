package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.exercise.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The printed worksheet, as a teacher gets it: `worksheet --format html` (the real jar) opened in headless Chromium,
 * printed to PDF on A4, and read back with PDFBox. One sheet per page (each sheet's title, last question and link on
 * its own page), then one page per sheet's answer key, whole; each sheet page's QR code scans to that sheet's link, no glyph outside
 * the printable width, and nothing smaller than {@value #SMALLEST_PT} pt but the link's address, which the QR code
 * carries. Pages are saved as target/screenshots/worksheet-print-*.png.
 */
@ExtendWith(BrowserExtension.class)
class WorksheetPrintIT {
    private static final int SHEETS = 3;
    /** The smallest type a printed sheet may use for its text (the link's address excepted). */
    private static final double SMALLEST_PT = 8;

    @Test
    void everyTemplatePrintsOneSheetPerPageWithItsQrCodeAndNothingCut(Browser browser) throws Exception {
        List<String> report = new ArrayList<>();
        for (Template template : Template.values()) {
            String html = WorksheetLinkIT.worksheet(template.id(), 11, SHEETS, "html", Lab.url("/index.html"));
            Path file = Path.of("target", "worksheets", template.id() + ".html").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
            List<String> links = new ArrayList<>();
            Matcher href = Pattern.compile("<a href=\"([^\"]+)\">").matcher(html);
            while (href.find()) {
                links.add(href.group(1).replace("&amp;", "&"));
            }
            assertEquals(SHEETS, links.size(), template.id() + ": one link per sheet");
            browser.open(file.toUri().toString());
            try (PrintedPdf pdf = PrintedPdf.print(browser, file.resolveSibling(template.id() + ".pdf"))) {
                report.add(template.id() + ": " + pdf.pages() + " pages");
                checkPages(pdf, template, links);
            }
        }
        System.out.println("WorksheetPrintIT: " + report);
    }

    private static void checkPages(PrintedPdf pdf, Template template, List<String> links) throws Exception {
        String id = template.id();
        assertEquals(2 * SHEETS, pdf.pages(), id + ": the sheets, then each sheet's key on a page of its own");
        for (int page = 0; page < pdf.pages(); page++) {
            String where = id + " page " + (page + 1);
            String text = pdf.text(page);
            pdf.saveImage(page, "worksheet-print-" + id + "-" + (page + 1));
            for (int s = 1; s <= SHEETS; s++) {
                boolean title = text.contains("Worksheet " + s + " of " + SHEETS + ": one step of backpropagation");
                assertEquals(page == s - 1, title, where + ": sheet " + s + "'s title is on page " + s + " only");
            }
            if (page < SHEETS) {
                assertTrue(text.contains("Did J go up or down?"), where + ": the last question is on the sheet's page");
                assertTrue(text.contains("Check your answers in the lab"), where + ": and so is the link");
                assertFalse(text.contains("Answer key"), where);
                assertEquals(links.get(page), pdf.qrCode(page), where + ": the printed QR code scans to its link");
            } else {
                assertFalse(text.contains("Check your answers in the lab"), where + ": key pages hold only the key");
                for (int s = 1; s <= SHEETS; s++) {
                    boolean key = text.contains("Worksheet " + s + " (" + id + ", seed " + (10 + s) + ")");
                    assertEquals(page == SHEETS + s - 1, key, where + ": the key of sheet " + s + " is on page "
                            + (SHEETS + s) + " only");
                }
                assertTrue(text.contains("J after the step = "), where + ": the whole key, to its last line");
            }
            checkWithinWidthAndLegible(pdf, page, where, page < SHEETS ? links.get(page) : "");
        }
        assertTrue(pdf.text(SHEETS).contains("Answer key"), id + ": the key starts on the page after the sheets");
    }

    /** Every glyph inside the printable width; text below {@link #SMALLEST_PT} pt is the link's address and nothing else. */
    private static void checkWithinWidthAndLegible(PrintedPdf pdf, int page, String where, String link) throws Exception {
        double margin = PrintedPdf.MARGIN_CM * PrintedPdf.POINTS_PER_CM;
        double right = pdf.width(page) - margin;
        StringBuilder small = new StringBuilder();
        List<PrintedPdf.Glyph> glyphs = pdf.glyphs(page);
        assertFalse(glyphs.isEmpty(), where + " has text");
        for (PrintedPdf.Glyph glyph : glyphs) {
            assertTrue(glyph.left() >= margin - 0.5 && glyph.right() <= right + 0.5, where + ": '" + glyph.text()
                    + "' at " + glyph.left() + " to " + glyph.right() + " pt, outside " + margin + " to " + right);
            if (glyph.size() < SMALLEST_PT) {
                small.append(glyph.text());
            }
        }
        assertEquals(link, small.toString(), where + ": only the link's address is smaller than " + SMALLEST_PT + " pt");
    }
}
