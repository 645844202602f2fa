package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Regularization;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;
import org.junit.jupiter.api.Test;

class ModelTransferTest {
    private static AppState trainedSettings() {
        return AppState.defaults().withDataset(DatasetKind.GAUSS3).withLoss(Loss.CROSS_ENTROPY)
                .withHiddenLayers(new int[] {5, 3}).withActivation(Activation.RELU).withInit(Initializer.HE)
                .withRegularization(Regularization.Type.L2).withLambda(0.001);
    }

    @Test
    void exportedModelReadsBackAsTheSameNetworkAndCost() throws FormatException {
        AppState state = trainedSettings();
        LabSession lab = new LabSession(state);
        lab.train(200);
        String json = ModelTransfer.modelJson(state, lab.network());
        ModelFile file = ModelJson.parse(json, ModelLimits.APP);
        assertArrayEquals(lab.network().parameters(), file.network().parameters());
        assertEquals(state.seed(), file.seed());
        assertEquals(Initializer.HE, file.init());

        // What the CLI's gradients command computes on the exported training data is the lab's J.
        Dataset train = DataCsv.parse(DataCsv.write(lab.trainData()), 2, 3);
        double cost = new Backprop(file.shape()).cost(file.network(), train.inputsView(),
                train.targetsView(), null, 0, train.count());
        assertEquals(lab.trainCost(), cost, 1e-12);
    }

    @Test
    void importIntoAFreshLabReproducesSettingsAndParameters() throws FormatException {
        AppState state = trainedSettings();
        LabSession lab = new LabSession(state);
        lab.train(150);
        ModelFile file = ModelJson.parse(ModelTransfer.modelJson(state, lab.network()), ModelLimits.APP);

        AppState fresh = AppState.defaults().withDataset(DatasetKind.GAUSS3);
        ModelTransfer.Imported imported = ModelTransfer.fromModel(file, fresh);
        assertEquals(state, imported.state());
        LabSession other = new LabSession(imported.state());
        assertEquals("", other.replaceParameters(imported.parameters()));
        assertArrayEquals(lab.network().parameters(), other.network().parameters());
        assertEquals(lab.trainCost(), other.trainCost());
        assertTrue(imported.summary().contains("2-5-3-3 network"), imported.summary());
    }

    private static String model(String layers, String activations, String loss) {
        return "{\"layers\": " + layers + ", \"activations\": " + activations + ", \"loss\": \"" + loss + "\"}";
    }

    private static String refusal(String json, AppState lab) throws FormatException {
        // The format's own limits, so that the lab's checks (not the app's parse limits) are what refuses.
        ModelFile file = ModelJson.parse(json, ModelLimits.FILE);
        return assertThrows(IllegalArgumentException.class, () -> ModelTransfer.fromModel(file, lab)).getMessage();
    }

    @Test
    void modelsThatDoNotFitTheLabAreRefusedWithTheReason() throws FormatException {
        AppState circle = AppState.defaults();
        String inputs = refusal(model("[3, 4, 1]", "[\"tanh\", \"sigmoid\"]", "mse"), circle);
        assertTrue(inputs.contains("3 inputs and 1 output") && inputs.contains("needs 2 inputs"), inputs);
        String wide = refusal(model("[2, 20, 1]", "[\"tanh\", \"sigmoid\"]", "mse"), circle);
        assertTrue(wide.contains("20 neurons") && wide.contains("at most 16"), wide);
        String deep = refusal(model("[2, 2, 2, 2, 2, 2, 2, 2, 1]",
                "[\"tanh\", \"tanh\", \"tanh\", \"tanh\", \"tanh\", \"tanh\", \"tanh\", \"sigmoid\"]", "mse"), circle);
        assertTrue(deep.contains("7 hidden layers"), deep);
        String curveInputs = refusal("{\"layers\": [2, 3, 1], \"activations\": [\"tanh\", \"sigmoid\"], \"loss\": "
                + "\"mse\", \"features\": [\"x1sq\", \"x2sq\"]}", AppState.defaults().withDataset(DatasetKind.SINE));
        assertTrue(curveInputs.contains("2 inputs and 1 output") && curveInputs.contains("needs 1 input"), curveInputs);
        String output = refusal(model("[2, 3, 1]", "[\"tanh\", \"linear\"]", "mse"), circle);
        assertTrue(output.contains("output layer uses linear") && output.contains("needs sigmoid"), output);
        String lambda = refusal("{\"layers\": [2, 3, 1], \"activations\": [\"tanh\", \"sigmoid\"], \"loss\": \"mse\","
                + " \"regularization\": {\"type\": \"l2\", \"lambda\": 50}}", circle);
        assertTrue(lambda.contains("λ is 50"), lambda);
    }

    /** Networks the lab once refused: no hidden layer, a different activation per hidden layer, feature inputs. */
    @Test
    void aModelWithFeaturesNoHiddenLayerOrMixedActivationsFitsTheLab() throws FormatException {
        ModelFile bare = ModelJson.parse("{\"layers\": [2, 1], \"activations\": [\"sigmoid\"], \"loss\": \"mse\","
                + " \"features\": [\"x1sq\", \"x2sq\"]}", ModelLimits.APP);
        ModelTransfer.Imported imported = ModelTransfer.fromModel(bare, AppState.defaults());
        assertArrayEquals(new int[0], imported.state().hiddenLayers());
        assertEquals("x1sq,x2sq", imported.state().features().ids());
        assertEquals(bare.shape(), imported.state().shape());
        assertTrue(imported.summary().contains("inputs x1sq, x2sq; no hidden layer"), imported.summary());
        ModelFile mixed = ModelJson.parse(model("[2, 3, 3, 1]", "[\"tanh\", \"relu\", \"sigmoid\"]", "mse"),
                ModelLimits.APP);
        ModelTransfer.Imported both = ModelTransfer.fromModel(mixed, AppState.defaults());
        assertEquals(mixed.shape(), both.state().shape());
        assertEquals(Activation.RELU, both.state().hiddenActivation(1));
        assertTrue(both.summary().contains("(tanh, relu, mse"), both.summary());
    }

    @Test
    void aModelWithoutWeightsIsDrawnFromItsSeed() throws FormatException {
        ModelFile file = ModelJson.parse("{\"layers\": [1, 6, 1], \"activations\": [\"sigmoid\", \"linear\"], "
                + "\"loss\": \"mse\", \"seed\": 7}", ModelLimits.APP);
        ModelTransfer.Imported imported = ModelTransfer.fromModel(file, AppState.defaults().withDataset(DatasetKind.SINE));
        assertEquals(Activation.SIGMOID, imported.state().activation());
        assertArrayEquals(new int[] {6}, imported.state().hiddenLayers());
        assertTrue(imported.summary().contains("seed 7"), imported.summary());
    }

    @Test
    void costHistoryCsvHasOneRowPerPoint() {
        CostSeries history = new CostSeries();
        history.add(0, 0.5, 0.25);
        history.add(10, 0.125, Double.NaN);
        assertEquals("iteration,train_cost,test_cost\n0,0.5,0.25\n10,0.125,\n", ModelTransfer.costHistoryCsv(history));
    }
}
