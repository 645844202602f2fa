package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.backproplab.state.EmbedOptions.Control;
import org.backproplab.state.EmbedOptions.View;
import org.junit.jupiter.api.Test;

class EmbedOptionsTest {
    @Test
    void noQueryIsTheWholeLab() {
        for (String query : new String[] {null, "", "?", "?utm_source=course"}) {
            EmbedOptions options = EmbedOptions.parseQuery(query);
            assertFalse(options.embed(), query);
            assertEquals(List.of(View.values()), options.views());
            assertEquals(List.of(Control.values()), options.controls());
            assertTrue(options.notices().isEmpty(), options.notices().toString());
        }
    }

    @Test
    void namedViewsAndControlsInTheirOrder() {
        EmbedOptions options = EmbedOptions.parseQuery("?embed=1&views=network,cost&controls=lr,play");
        assertTrue(options.embed());
        assertEquals(List.of(View.NETWORK, View.COST), options.views());
        assertEquals(List.of(Control.LR, Control.PLAY), options.controls());
        assertTrue(options.showsSettings());
        assertFalse(options.shows(View.OUTPUT));
        assertTrue(options.notices().isEmpty());
        assertEquals("embed=1&views=network,cost&controls=lr,play", options.query());
    }

    @Test
    void embedAloneShowsEveryViewWithPlayStepReset() {
        EmbedOptions options = EmbedOptions.parseQuery("embed=1");
        assertEquals(List.of(View.values()), options.views());
        assertEquals(EmbedOptions.DEFAULT_CONTROLS, options.controls());
        assertFalse(options.showsSettings());
        assertEquals(List.of(), EmbedOptions.parseQuery("embed=1&controls=").controls());
        assertEquals(List.of(), EmbedOptions.parseQuery("embed=1&controls=none").controls());
        assertEquals(List.of(Control.values()), EmbedOptions.parseQuery("embed=1&controls=all").controls());
    }

    @Test
    void phasesAndMicroscopeSitUnderTheNetworkNotInTheSettings() {
        EmbedOptions options = EmbedOptions.parseQuery("embed=1&views=network&controls=play,phases,microscope");
        assertEquals(List.of(Control.PLAY, Control.PHASES, Control.MICROSCOPE), options.controls());
        assertFalse(options.showsSettings());
        assertFalse(Control.PHASES.inToolbar() || Control.PHASES.inSettings());
        assertTrue(Control.LR.inSettings() && Control.SPEED.inToolbar());
    }

    @Test
    void unknownNamesGiveNoticesAndNeverAnEmptyLab() {
        EmbedOptions options = EmbedOptions.parseQuery("embed=1&views=landscape,Cost,cost&controls=play,<b>x</b>");
        assertEquals(List.of(View.COST), options.views());
        assertEquals(List.of(Control.PLAY), options.controls());
        assertEquals(2, options.notices().size(), options.notices().toString());
        assertTrue(options.notices().get(0).contains("\"landscape\"") && options.notices().get(0).contains("network, output, cost"));
        assertTrue(options.notices().get(1).contains("unknown control") && options.notices().get(1).contains("lr"));

        EmbedOptions nothing = EmbedOptions.parseQuery("embed=1&views=foo,bar");
        assertEquals(List.of(View.values()), nothing.views());
        assertTrue(nothing.notices().get(nothing.notices().size() - 1).contains("all three"));
    }

    @Test
    void viewsWithoutEmbedShowTheWholeLabWithANotice() {
        EmbedOptions options = EmbedOptions.parseQuery("views=network");
        assertFalse(options.embed());
        assertEquals(List.of(View.values()), options.views());
        assertTrue(options.notices().get(0).contains("embed=1"));
        assertFalse(EmbedOptions.parseQuery("embed=0&views=network").embed());
        EmbedOptions odd = EmbedOptions.parseQuery("embed=maybe");
        assertTrue(odd.embed());
        assertTrue(odd.notices().get(0).contains("not 1 or 0"));
    }

    @Test
    void mountOptions() {
        assertEquals(EmbedOptions.FULL, EmbedOptions.of(false, "network", "play"));
        EmbedOptions options = EmbedOptions.of(true, "output", null);
        assertEquals(List.of(View.OUTPUT), options.views());
        assertEquals(EmbedOptions.DEFAULT_CONTROLS, options.controls());
        EmbedOptions huge = EmbedOptions.of(true, "x".repeat(5000), "play");
        assertEquals(List.of(View.values()), huge.views());
        assertFalse(huge.notices().isEmpty());
    }

    @Property
    void anyQueryGivesAtLeastOneView(@ForAll String query) {
        EmbedOptions options = EmbedOptions.parseQuery(query);
        assertFalse(options.views().isEmpty());
        for (String notice : options.notices()) {
            assertTrue(notice.length() < 400, notice);
        }
    }
}
