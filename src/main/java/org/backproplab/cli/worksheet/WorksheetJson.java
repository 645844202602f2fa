package org.backproplab.cli.worksheet;

import org.backproplab.cli.Main;
import java.util.List;
import org.backproplab.core.Initializer;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.exercise.AnswerKey;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;

/**
 * Worksheets for machines: {"sheets": [{"template", "seed", "lr", "model": model JSON, "data": [[x…, y…], …],
 * "answers": {"cost", "deltas": [[δ of layer 1], …] (batch means), "gradients": {"weights", "biases"},
 * "updated": {"weights", "biases"}, "cost_after"}, "link": lab link or null}]}. Numbers in full precision.
 */
final class WorksheetJson {
    private WorksheetJson() {
    }

    static String write(List<Sheet> sheets) {
        StringBuilder json = new StringBuilder("{\n  \"sheets\": [");
        for (int s = 0; s < sheets.size(); s++) {
            json.append(s == 0 ? "\n" : ",\n");
            appendSheet(json, sheets.get(s));
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static void appendSheet(StringBuilder json, Sheet sheet) {
        Problem problem = sheet.problem();
        Network network = problem.network();
        Shape shape = network.shape();
        AnswerKey key = sheet.exercise().key();
        String indent = "      ";
        json.append("    {\n").append(indent).append("\"template\": \"").append(sheet.template().id()).append("\",\n")
                .append(indent).append("\"seed\": ").append(sheet.seed()).append(",\n")
                .append(indent).append("\"lr\": ").append(Main.number(problem.learningRate())).append(",\n")
                .append(indent).append("\"model\": ");
        String model = ModelJson.write(ModelFile.of(network, sheet.seed(), Initializer.XAVIER), network).trim();
        json.append(model.replace("\n", "\n" + indent)).append(",\n").append(indent).append("\"data\": [");
        for (int r = 0; r < problem.count(); r++) {
            json.append(r == 0 ? "[" : ", [");
            for (int i = 0; i < shape.inputSize(); i++) {
                json.append(i == 0 ? "" : ", ").append(Main.number(problem.input(r, i)));
            }
            for (int k = 0; k < shape.outputSize(); k++) {
                json.append(", ").append(Main.number(problem.target(r, k)));
            }
            json.append(']');
        }
        json.append("],\n").append(indent).append("\"answers\": {\n");
        String inner = indent + "  ";
        json.append(inner).append("\"cost\": ").append(Main.number(key.cost())).append(",\n");
        json.append(inner).append("\"deltas\": [");
        for (int l = 1; l < shape.layerCount(); l++) {
            json.append(l == 1 ? "[" : ", [");
            for (int j = 0; j < shape.size(l); j++) {
                json.append(j == 0 ? "" : ", ").append(Main.number(key.delta(l, j, Question.BATCH)));
            }
            json.append(']');
        }
        json.append("],\n");
        appendParameters(json, "gradients", shape, key.gradient(), inner);
        json.append(",\n");
        appendParameters(json, "updated", shape, key.updated(), inner);
        json.append(",\n").append(inner).append("\"cost_after\": ").append(Main.number(key.costAfter())).append('\n')
                .append(indent).append("},\n").append(indent).append("\"link\": ")
                .append(sheet.link() == null ? "null" : quoted(sheet.link())).append("\n    }");
    }

    private static void appendParameters(StringBuilder json, String name, Shape shape, double[] values, String indent) {
        json.append(indent).append('"').append(name).append("\": {\n").append(indent).append("  \"weights\": ");
        ModelJson.appendWeights(json, shape, values, indent + "  ");
        json.append(",\n").append(indent).append("  \"biases\": ");
        ModelJson.appendBiases(json, shape, values, indent + "  ");
        json.append('\n').append(indent).append('}');
    }

    /** A link as a JSON string: links hold only URL-safe characters, so only '"' and '\' need escaping. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
