package org.backproplab.state;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SentenceTest {
    @Test
    void capitalizesTheFirstLatinLetterAndDropsTheFinalPeriod() {
        assertEquals("Must be a number", Sentence.capitalized("must be a number."));
        assertEquals("Gradient descent", Sentence.capitalized("gradient descent"));
        assertEquals("λ must be at least 0", Sentence.capitalized("λ must be at least 0"));
        assertEquals("", Sentence.capitalized(""));
    }

    @Test
    void escapesTheFourHtmlSpecialCharacters() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Sentence.escapeHtml("a <b> & \"c\""));
    }

    @Test
    void returnsPlainTextUnchanged() {
        String plain = "w from x₁ to h₁";
        assertSame(plain, Sentence.escapeHtml(plain));
    }

    @Test
    void noticeLinesBecomeCapitalizedEscapedListItems() {
        assertEquals("<li>Seed must be a whole number.</li><li>A &lt; b.</li>",
                Sentence.listItems(java.util.List.of("seed must be a whole number.", "a < b")));
        assertEquals("", Sentence.listItems(java.util.List.of()));
    }
}
