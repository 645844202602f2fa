package org.backproplab.cli.worksheet;

import java.util.List;

/** A piece of a worksheet's text, written out as Markdown or HTML by {@link WorksheetWriter}. */
sealed interface Block {
    /** A heading; level 1 is the sheet's title. */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A paragraph with a link (and, in HTML, its QR code). */
    record Link(String text, String url) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** A numbered list. */
    record Items(List<String> items) implements Block {
    }
}
