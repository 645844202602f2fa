package org.backproplab.ui.stepper;

import org.backproplab.core.NumberFormat;
import org.backproplab.state.Sentence;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;

import org.backproplab.state.phases.GradientReport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The gradient check's result: the largest relative error between backpropagation and central finite
 * differences, what it means, how many forward passes each method needed, and a scrollable table with
 * every parameter's two gradients.
 */
final class GradientCheckDialog {
    private final StepperDialog dialog;
    private final HTMLElement summary;
    private final HTMLElement maxError;
    private final HTMLElement verdict;
    private final HTMLElement passes;
    private final HTMLElement tableBox;

    GradientCheckDialog(HTMLElement host, Guard guard) {
        dialog = new StepperDialog(host, "bls-check-dialog", guard);
        dialog.body.setAttribute("data-role", "gradient-check-dialog");
        summary = Dom.element("p", "bls-check-summary", dialog.body);
        Dom.span("", "Largest relative error: ", summary);
        maxError = Dom.span("bls-check-max", "", summary);
        maxError.setAttribute("data-role", "check-max");
        verdict = Dom.element("p", "bls-check-verdict", dialog.body);
        verdict.setAttribute("data-role", "check-verdict");
        passes = Dom.element("p", "bls-check-passes", dialog.body);
        passes.setAttribute("data-role", "check-passes");
        tableBox = Dom.element("div", "bls-table-box", dialog.body);
        tableBox.setAttribute("tabindex", "0");
        tableBox.setAttribute("role", "region");
        tableBox.setAttribute("aria-label", "every parameter's gradient, scrollable");
    }

    void show(GradientReport report, HTMLElement opener) {
        maxError.setTextContent(GradientReport.errorText(report.maxRelativeError()));
        maxError.setAttribute("data-value", Double.toString(report.maxRelativeError()));
        Dom.setClass(maxError, "bls-bad", !report.isExact());
        verdict.setTextContent(report.verdict());
        passes.setTextContent(report.forwardPassText());
        passes.setAttribute("data-backprop", Long.toString(report.backpropForwardPasses()));
        passes.setAttribute("data-numeric", Long.toString(report.numericForwardPasses()));
        StringBuilder html = new StringBuilder(200 + 160 * report.rowCount());
        html.append("<table class=\"bls-check-table\"><caption>∂J/∂parameter from backpropagation and from ")
                .append("(J(w + h) − J(w − h)) / 2h with h = 1e-5</caption><thead><tr>")
                .append("<th scope=\"col\">parameter</th><th scope=\"col\">connects</th>")
                .append("<th scope=\"col\">backpropagation</th><th scope=\"col\">finite differences</th>")
                .append("<th scope=\"col\">relative error</th></tr></thead><tbody>");
        for (int p = 0; p < report.rowCount(); p++) {
            html.append("<tr><th scope=\"row\">").append(Sentence.escapeHtml(report.parameterName(p))).append("</th><td>")
                    .append(Sentence.escapeHtml(report.connection(p))).append("</td><td>")
                    .append(NumberFormat.display(report.backprop(p), 8)).append("</td><td>")
                    .append(NumberFormat.display(report.numeric(p), 8)).append("</td><td>")
                    .append(GradientReport.errorText(report.relativeError(p))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        tableBox.setInnerHTML(html.toString());
        tableBox.setScrollTop(0);
        dialog.show("Gradient check: backpropagation against finite differences", opener, null);
    }

    boolean isOpen() {
        return dialog.isOpen();
    }
}
