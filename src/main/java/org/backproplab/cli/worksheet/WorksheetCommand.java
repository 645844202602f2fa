package org.backproplab.cli.worksheet;

import org.backproplab.cli.Main;
import org.backproplab.cli.Options;
import org.backproplab.cli.UsageException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.exercise.StudentCode;
import org.backproplab.exercise.Template;
import org.backproplab.train.TrainingConfig;

/** {@code worksheet}: printable backprop-by-hand worksheets with answer keys, as Markdown, HTML or JSON. */
public final class WorksheetCommand {
    /** The most sheets one run prints. */
    static final int MAX_COUNT = 100;
    static final String FORMATS = "markdown, html or json";
    /** The lab the links open: what {@code serve} serves on its default port. */
    static final String DEFAULT_SITE = "http://127.0.0.1:8080/index.html";

    static final String USAGE = """
            Usage: java -jar backprop-lab.jar worksheet --template NAME --seed S [--count N] [--lr A]
                       [--format markdown|html|json] [--site URL]

            Prints N worksheets of one backpropagation step worked by hand: a small network with two-decimal
            weights, one example or a batch of two, and questions in the article's order (forward pass, cost,
            output delta, hidden delta, one dJ/dw by the chain rule, every updated weight, J after the step).
            The answer key follows all sheets (Markdown, HTML) or sits in each sheet (JSON); it is computed from
            the numbers printed on the sheet. HTML prints one sheet per page, with a QR code and a link that
            opens the lab on the sheet's network in "Your turn" mode.

              --template NAME  2-2-1-sigmoid-mse, 2-2-2-sigmoid-mse, 2-3-1-tanh-mse (tanh hidden layer,
                               sigmoid output) or 2-3-3-relu-softmax-ce
              --seed S         the first sheet's seed, an integer from 0 to 999999999; sheet k has seed S+k-1,
                               so one sheet can be printed again alone
              --count N        how many sheets, 1 to 100 (default 1)
              --lr A           the learning rate of the step, a number > 0 and <= 10 (default 0.5)
              --format F       markdown (default), html or json
              --site URL       the lab's index.html the links open (default http://127.0.0.1:8080/index.html,
                               what `serve` serves); give your course's copy of the lab

            e.g.  java -jar backprop-lab.jar worksheet --template 2-2-2-sigmoid-mse --seed 1 --count 30 \\
                      --format html > worksheets.html
            """;

    private WorksheetCommand() {
    }

    public static int run(Options options, PrintStream out) throws UsageException {
        if (options.help()) {
            out.print(USAGE);
            return Main.OK;
        }
        Template template;
        try {
            template = Template.fromId(options.required("template"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--template: " + e.getMessage());
        }
        long seed = options.integer("seed", 0, StudentCode.MAX_SEED);
        int count = options.has("count") ? (int) options.integer("count", 1, MAX_COUNT) : 1;
        double learningRate = options.has("lr")
                ? options.numberAboveAtMost("lr", 0, TrainingConfig.MAX_LEARNING_RATE)
                : Template.DEFAULT_LEARNING_RATE;
        String format = options.has("format") ? options.required("format") : "markdown";
        if (!format.equals("markdown") && !format.equals("html") && !format.equals("json")) {
            throw new UsageException("--format must be " + FORMATS + ", but is " + format);
        }
        String site = options.has("site") ? options.required("site") : DEFAULT_SITE;
        if (site.isBlank() || site.contains("#") || site.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            throw new UsageException("--site must be the lab's address without spaces, quotes, <, > or #, e.g. "
                    + "https://example.org/backprop-lab/index.html, but is " + site);
        }
        List<Sheet> sheets = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            sheets.add(Sheet.make(k + 1, template, seed + k, learningRate, site));
        }
        out.print(switch (format) {
            case "html" -> WorksheetWriter.html(sheets);
            case "json" -> WorksheetJson.write(sheets);
            default -> WorksheetWriter.markdown(sheets);
        });
        return Main.OK;
    }
}
