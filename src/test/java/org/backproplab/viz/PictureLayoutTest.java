package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PictureLayoutTest {
    private record Box(String name, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return Math.min(x + w, o.x + o.w) - Math.max(x, o.x) > 0 && Math.min(y + h, o.y + o.h) - Math.max(y, o.y) > 0;
        }
    }

    /** The boxes as boxes() writes them (picture pixels), read back independently of the class's fields. */
    private static List<Box> boxes(PictureLayout layout) {
        List<Box> boxes = new ArrayList<>();
        for (String part : layout.boxes().split(";")) {
            String[] nameAndBox = part.split(":");
            String[] n = nameAndBox[1].split(",");
            boxes.add(new Box(nameAndBox[0], Double.parseDouble(n[0]), Double.parseDouble(n[1]),
                    Double.parseDouble(n[2]), Double.parseDouble(n[3])));
        }
        return boxes;
    }

    @Test
    void aSmallViewIsSavedAtLeast800PixelsWideAtTheScreensPixelRatio() {
        PictureLayout phone = PictureLayout.of(358, 240, 3, 0, new double[] {60, 60});
        assertEquals(800, phone.width());
        assertEquals(3, phone.scale());
        assertEquals(2400, phone.pixelWidth());
        PictureLayout embed = PictureLayout.of(382, 200, 1, 40, new double[] {80});
        assertEquals(800, embed.pixelWidth());
        PictureLayout desktop = PictureLayout.of(1210, 500, 2, 0, new double[0]);
        assertEquals(1210, desktop.width());
        assertEquals(2420, desktop.pixelWidth(), "device pixel ratio × the view's CSS width");
    }

    @Test
    void theViewKeepsTheScreensShapeWithinLimits() {
        // 600×300 on screen: 800 wide in the picture, so 776 inside the margins and half as tall
        PictureLayout wide = PictureLayout.of(600, 300, 1, 0, new double[0]);
        assertEquals(776, wide.viewWidth());
        assertEquals(388, wide.viewHeight());
        assertEquals(Math.ceil(776 * PictureLayout.MAX_ASPECT), PictureLayout.of(300, 900, 1, 0, new double[0]).viewHeight());
        assertEquals(Math.ceil(776 * PictureLayout.MIN_ASPECT), PictureLayout.of(800, 100, 1, 0, new double[0]).viewHeight());
    }

    @Test
    void legendEntriesRunLeftToRightAndWrap() {
        // inside 12..788: title 50, gap 20 -> first entry at 82; an entry is 28 + 6 + text
        PictureLayout layout = PictureLayout.of(800, 400, 1, 50, new double[] {300, 300, 100});
        assertEquals(82, layout.markX(0));
        assertEquals(116, layout.textX(0));
        // second entry: 82 + 334 + 20 = 436; 436 + 334 = 770 ≤ 788: same row
        assertEquals(436, layout.markX(1));
        assertEquals(layout.rowY(0), layout.rowY(1));
        // third: 790 + 134 > 788: next row, at the left margin
        assertEquals(12, layout.markX(2));
        assertEquals(layout.rowY(0) + PictureLayout.ROW_HEIGHT, layout.rowY(2));
        assertEquals(12 + 2 * 22 + 6, layout.viewTop(), "two rows of legend and a gap above the view");
    }

    @Test
    void aTooHugePictureIsCappedAtMaxPixels() {
        PictureLayout huge = PictureLayout.of(3000, 2000, 3, 0, new double[0]);
        assertTrue(huge.pixelWidth() <= PictureLayout.MAX_PIXELS && huge.pixelHeight() <= PictureLayout.MAX_PIXELS);
        assertEquals(1, PictureLayout.of(500, 300, Double.NaN, 0, new double[0]).scale());
        assertEquals(1, PictureLayout.of(500, 300, -2, 0, new double[0]).scale());
    }

    /** Whatever the view's size, the screen and the labels: every box inside the picture and none on another. */
    @Property
    void everyBoxLiesInsideThePictureAndNoneOverlaps(@ForAll @DoubleRange(min = 1, max = 2500) double screenWidth,
            @ForAll @DoubleRange(min = 1, max = 1600) double screenHeight,
            @ForAll @DoubleRange(min = 1, max = 3) double ratio,
            @ForAll @DoubleRange(min = 0, max = 300) double title,
            @ForAll @IntRange(min = 0, max = 6) int entries,
            @ForAll @DoubleRange(min = 10, max = 1200) double textWidth) {
        double[] widths = new double[entries];
        for (int k = 0; k < entries; k++) {
            widths[k] = textWidth / (k + 1);
        }
        PictureLayout layout = PictureLayout.of(screenWidth, screenHeight, ratio, title, widths);
        assertTrue(layout.pixelWidth() >= PictureLayout.MIN_WIDTH || layout.pixelHeight() >= PictureLayout.MAX_PIXELS - 1);
        List<Box> boxes = boxes(layout);
        int margin = (int) Math.floor(PictureLayout.MARGIN * layout.scale());
        for (Box box : boxes) {
            assertTrue(box.x() >= margin && box.y() >= margin && box.x() + box.w() <= layout.pixelWidth() - margin
                    && box.y() + box.h() <= layout.pixelHeight() - margin, box + " inside " + layout.pixelWidth() + "×"
                    + layout.pixelHeight());
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!boxes.get(i).overlaps(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }
}
