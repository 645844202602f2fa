package org.backproplab.cli.worksheet;

import java.util.List;
import org.backproplab.state.Sentence;

/**
 * Writes worksheets, then their answer keys, as Markdown or as one printable HTML page: each sheet on its own
 * printed page (CSS {@code break-after: page}) with the QR code of its lab link, then each sheet's key on a page of
 * its own, so that no key starts at the foot of another's page.
 */
final class WorksheetWriter {
    /** The printed width of a sheet's QR code. */
    static final double QR_MM = 32;

    private static final String STYLE = """
            body { font: 11pt/1.45 system-ui, sans-serif; max-width: 180mm; margin: 0 auto; color: #000; }
            h1 { font-size: 15pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
            table { border-collapse: collapse; margin: 4pt 0; } th, td { border: 1px solid #777; padding: 1pt 6pt; }
            td { text-align: right; font-variant-numeric: tabular-nums; } th:first-child, td:first-child { text-align: left; }
            ol li { margin-bottom: 10pt; }
            .link { display: flex; gap: 8pt; align-items: center; margin-top: 6pt; break-inside: avoid; }
            .link svg { flex: none; } .link p { margin: 0; font-size: 9pt; line-height: 1.2; }
            .link a { word-break: break-all; font-size: 7pt; color: #333; }
            section.sheet { break-after: page; page-break-after: always; }
            section.key { break-before: page; page-break-before: always; } tr { break-inside: avoid; }
            section.key ol li { margin-bottom: 2pt; }
            @page { size: A4; margin: 12mm; }
            """;

    private WorksheetWriter() {
    }

    static String markdown(List<Sheet> sheets) {
        StringBuilder md = new StringBuilder();
        for (Sheet sheet : sheets) {
            appendMarkdown(md, SheetText.sheet(sheet, sheets.size()));
            md.append("---\n\n");
        }
        md.append("# Answer key\n\n");
        for (Sheet sheet : sheets) {
            appendMarkdown(md, SheetText.key(sheet));
        }
        return md.toString();
    }

    static String html(List<Sheet> sheets) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Backprop Lab worksheets</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        for (Sheet sheet : sheets) {
            html.append("<section class=\"sheet\">\n");
            appendHtml(html, SheetText.sheet(sheet, sheets.size()));
            html.append("</section>\n");
        }
        for (int s = 0; s < sheets.size(); s++) {
            html.append("<section class=\"key\">\n").append(s == 0 ? "<h1>Answer key</h1>\n" : "");
            appendHtml(html, SheetText.key(sheets.get(s)));
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendMarkdown(StringBuilder md, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof Block.Paragraph p) {
                md.append(p.text()).append("\n\n");
            } else if (block instanceof Block.Link l) {
                md.append(l.text()).append("\n<").append(l.url()).append(">\n\n");
            } else if (block instanceof Block.Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    md.append(k + 1).append(". ").append(items.items().get(k)).append('\n');
                }
                md.append('\n');
            } else if (block instanceof Block.Table t) {
                md.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                for (int c = 0; c < t.header().size(); c++) {
                    md.append(c == 0 ? " --- |" : " ---: |");
                }
                md.append('\n');
                for (List<String> row : t.rows()) {
                    md.append("| ").append(String.join(" | ", row)).append(" |\n");
                }
                md.append('\n');
            }
        }
    }

    private static void appendHtml(StringBuilder html, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                html.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                html.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Block.Link l) {
                html.append("<div class=\"link\">")
                        .append(QrSvg.svg(l.url(), QR_MM, "QR code of the lab link for this sheet"))
                        .append("<p>").append(esc(l.text())).append("<br><a href=\"").append(esc(l.url())).append("\">")
                        .append(esc(l.url())).append("</a></p></div>\n");
            } else if (block instanceof Block.Items items) {
                html.append("<ol>\n");
                for (String item : items.items()) {
                    html.append("<li>").append(esc(item)).append("</li>\n");
                }
                html.append("</ol>\n");
            } else if (block instanceof Block.Table t) {
                html.append("<table>\n<tr>");
                for (String cell : t.header()) {
                    html.append("<th>").append(esc(cell)).append("</th>");
                }
                html.append("</tr>\n");
                for (List<String> row : t.rows()) {
                    html.append("<tr>");
                    for (String cell : row) {
                        html.append("<td>").append(esc(cell)).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            }
        }
    }

    private static String esc(String text) {
        return Sentence.escapeHtml(text);
    }
}
