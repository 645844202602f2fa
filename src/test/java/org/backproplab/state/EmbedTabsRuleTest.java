package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class EmbedTabsRuleTest {
    @Test
    void theFrameSizesOfTheDocsGetTabsOrNot() {
        assertTrue(EmbedTabsRule.tabbed(480, 320, 0), "480×320");
        assertTrue(EmbedTabsRule.tabbed(720, 420, 0), "720×420");
        assertFalse(EmbedTabsRule.tabbed(900, 600, 0), "900×600");
        assertTrue(EmbedTabsRule.tabbed(390, 844, 0), "a phone's width");
        assertTrue(EmbedTabsRule.tabbed(560, 900, 0), "560 px wide is still narrow");
        assertFalse(EmbedTabsRule.tabbed(561, 441, 0));
        assertTrue(EmbedTabsRule.tabbed(1000, 440, 0), "440 px tall is still short");
    }

    @Test
    void aBoxNotLaidOutKeepsTheViewsSideBySide() {
        assertFalse(EmbedTabsRule.tabbed(0, 0, 0));
        assertFalse(EmbedTabsRule.tabbed(Double.NaN, 300, 0));
        assertFalse(EmbedTabsRule.tabbed(300, Double.NaN, 36));
    }

    @Test
    void theTabBarDoesNotCountTowardsTheHeight() {
        // a box 420 px tall without the bar grows to 456 px with it (its height follows its content): still tabs
        assertTrue(EmbedTabsRule.tabbed(900, 456, 36));
        assertFalse(EmbedTabsRule.tabbed(900, 456, 0));
        assertFalse(EmbedTabsRule.tabbed(900, 477, 36));
    }

    /**
     * A box whose height is its content's: h without the tabs, h + bar with them. Whatever the rule decides for one
     * of the two states, the other state decides the same, so switching never switches back.
     */
    @Property
    void aContentHeightBoxNeverFlipsBack(@ForAll @DoubleRange(min = 100, max = 1200) double width,
            @ForAll @DoubleRange(min = 100, max = 1200) double contentHeight,
            @ForAll @DoubleRange(min = 20, max = 60) double bar) {
        boolean withoutTabs = EmbedTabsRule.tabbed(width, contentHeight, 0);
        boolean withTabs = EmbedTabsRule.tabbed(width, contentHeight + bar, bar);
        assertEquals(withoutTabs, withTabs);
    }
}
