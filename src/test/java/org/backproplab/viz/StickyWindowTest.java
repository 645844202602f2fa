package org.backproplab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StickyWindowTest {
    @Test
    void staysPutWhileThePointsMoveInsideAndMovesWhenTheyLeave() {
        StickyWindow window = new StickyWindow();
        assertTrue(window.follow(0.5, 0.7, 1));
        assertEquals(0.5, window.center(), 0.0);
        assertEquals(1, window.radius(), 0.0);
        assertFalse(window.follow(0.6, 0.8, 1.1), "small moves and a slightly larger wish keep the window");
        assertEquals(-0.5, window.min(), 0.0);
        assertEquals(1.5, window.max(), 0.0);
        assertTrue(window.follow(1.4, 1.45, 1), "the focus left the inner 80%");
        assertEquals(1.4, window.center(), 0.0);
    }

    @Test
    void makesRoomForTheOtherPointAndZoomsWhenTheWishChangesALot() {
        StickyWindow window = new StickyWindow();
        window.follow(0, 4, 1);
        assertEquals(5, window.radius(), 1e-12, "the next step must fit inside the inner part");
        assertTrue(window.follow(0, Double.NaN, 1), "a wish of a fifth of the window zooms in");
        assertEquals(1, window.radius(), 0.0);
        assertTrue(window.follow(0, Double.NaN, 2), "twice the window zooms out");
        assertEquals(2, window.radius(), 0.0);
        assertFalse(window.follow(Double.NaN, 0, 1), "nothing to follow");
        assertFalse(window.follow(0, 0, Double.POSITIVE_INFINITY));
        assertTrue(window.include(5));
        assertEquals(5, window.radius(), 0.0);
        assertFalse(window.include(-3));
        window.reset();
        assertTrue(Double.isNaN(window.center()));
    }
}
