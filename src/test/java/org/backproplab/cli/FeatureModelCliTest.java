package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelJson;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.ModelTransfer;
import org.backproplab.state.StateCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab's exported model with feature inputs gives the lab's own J in the command line. */
class FeatureModelCliTest {
    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }

    private static LabSession trainedLab(String settings) {
        StateCodec.Decoded decoded = StateCodec.decode(settings, AppState.defaults());
        assertEquals(List.of(), decoded.notices());
        LabSession lab = new LabSession(decoded.state());
        lab.train(300);
        return lab;
    }

    @Test
    void gradientsOfTheExportedModelGiveTheLabsTestCost() throws IOException {
        for (String settings : new String[] {
            "data=circle&hidden=&in=x1sq,x2sq",
            "data=spiral&hidden=5,3&act=tanh,relu&in=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&loss=binary_cross_entropy",
            "data=rule&f=x1*x2 > 0 %26%26 x1 < 3&in=x1x2,x2&hidden=3",
            "data=expr&f=abs(x)-2&hidden=4&act=relu"}) {
            LabSession lab = trainedLab(settings);
            String json = ModelTransfer.modelJson(lab.state(), lab.network());
            String model = file("model.json", json);
            String data = file("test.csv", DataCsv.write(lab.testData()));
            CliRun run = CliRun.of("gradients", "--model", model, "--data", data).assertOk();
            double cost = Json.parse(run.out()).asObject().get("cost").asDouble();
            assertEquals(lab.testCost(), cost, 1e-9 * Math.max(1, Math.abs(cost)), settings);
            CliRun.of("explain", "--model", model, "--data", data, "--example", "1", "--lr", "0.1").assertOk();
        }
    }

    @Test
    void theModelFileListsTheFeaturesAndTrainKeepsThem() throws IOException, FormatException {
        LabSession lab = trainedLab("data=circle&hidden=&in=x1sq,x2sq");
        String json = ModelTransfer.modelJson(lab.state(), lab.network());
        JsonObject parsed = Json.parse(json).asObject();
        assertEquals(Json.array("x1sq", "x2sq"), parsed.get("features"));
        String model = file("model.json", json);
        String data = file("train.csv", DataCsv.write(lab.trainData()));
        CliRun trained = CliRun.of("train", "--model", model, "--data", data, "--optimizer", "sgd", "--lr", "0.1",
                "--steps", "5").assertOk();
        assertEquals(Json.array("x1sq", "x2sq"), Json.parse(trained.out()).asObject().get("features"));
        assertEquals(lab.network().shape(), ModelJson.parse(trained.out()).shape());
        CliRun explained = CliRun.of("explain", "--model", model, "--data", data, "--example", "2", "--lr", "0.1")
                .assertOk();
        assertTrue(explained.out().contains("The input layer holds features computed from each data row (a = the"
                + " feature): `x\u2081\u00b2`, `x\u2082\u00b2`."), explained.out());
    }

    @Test
    void badFeaturesInAModelFileAreNamed() throws IOException {
        String base = "{\"layers\": [2, 1], \"activations\": [\"sigmoid\"], \"loss\": \"mse\", \"features\": ";
        String data = file("d.csv", "x1,x2,y\n1,2,0\n");
        CliRun.of("gradients", "--model", file("a.json", base + "[\"x1sq\", \"x3\"]}"), "--data", data)
                .assertBadInput("features[1]: unknown input \"x3\"; allowed: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2");
        CliRun.of("gradients", "--model", file("b.json", base + "[\"x1sq\"]}"), "--data", data)
                .assertBadInput("features lists 1 inputs, but layers[0] is 2: the input layer has one neuron per feature");
        CliRun.of("gradients", "--model", file("c.json", base + "[\"x1\", \"x1\"]}"), "--data", data)
                .assertBadInput("features: the input x1 is listed twice");
        CliRun.of("gradients", "--model", file("d.json", base + "\"x1,x2\"}"), "--data", data)
                .assertBadInput("features must be an array of input names");
        CliRun.of("gradients", "--model", file("e.json", base + "[\"x\", \"x1\"]}"), "--data", data)
                .assertBadInput("features: the input x1 reads 2 raw inputs but x reads 1");
    }
}
