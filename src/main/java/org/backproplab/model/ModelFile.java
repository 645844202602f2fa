package org.backproplab.model;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;

/**
 * A parsed model file: the {@link Network} it describes, the seed and initializer it names, and the JSON it
 * came from, so that {@link ModelJson#write} can keep every field of the input (unknown ones included) and
 * replace only the weights and biases.
 *
 * <p>Immutable: {@link #network()} hands out a fresh copy each time, and the JSON is never exposed mutably.
 */
public final class ModelFile {
    private final Network network;
    private final long seed;
    private final Initializer init;
    private final boolean parametersGiven;
    private final JsonObject source;

    ModelFile(Network network, long seed, Initializer init, boolean parametersGiven, JsonObject source) {
        this.network = network.copy();
        this.seed = seed;
        this.init = init;
        this.parametersGiven = parametersGiven;
        this.source = source;
    }

    /**
     * A model file for {@code network} as the app would export it: layers, activations, loss,
     * regularization, seed, init and features (for one or two data columns); {@link ModelJson#write} adds the
     * weights and biases.
     */
    public static ModelFile of(Network network, long seed, Initializer init) {
        Shape shape = network.shape();
        JsonObject json = new JsonObject();
        JsonArray layers = new JsonArray();
        for (int l = 0; l < shape.layerCount(); l++) {
            layers.add(shape.size(l));
        }
        JsonArray activations = new JsonArray();
        for (Activation activation : shape.activations()) {
            activations.add(activation.id());
        }
        json.add("layers", layers);
        json.add("activations", activations);
        json.add("loss", network.loss().id());
        Regularization regularization = network.regularization();
        json.add("regularization", Json.object().add("type", regularization.type().id())
                .add("lambda", regularization.lambda()));
        json.add("seed", seed);
        json.add("init", init.id());
        if (shape.features().hasTokens()) {
            JsonArray features = new JsonArray();
            for (int k = 0; k < shape.features().count(); k++) {
                features.add(shape.features().feature(k).id());
            }
            json.add("features", features);
        }
        return new ModelFile(network, seed, init, true, json);
    }

    /** A new copy of the network the file describes (its given weights, or initialised from the seed). */
    public Network network() {
        return network.copy();
    }

    public Shape shape() {
        return network.shape();
    }

    /** The file's "seed" (1 when absent). */
    public long seed() {
        return seed;
    }

    /** The file's "init" (xavier when absent). */
    public Initializer init() {
        return init;
    }

    /** Whether the file gave weights and biases (false: they were initialised from the seed). */
    public boolean parametersGiven() {
        return parametersGiven;
    }

    /** The top-level field names of the file, in order (unknown fields included). */
    public java.util.List<String> fieldNames() {
        return source.names();
    }

    /** The original JSON, for writing back; callers in this package never modify it. */
    JsonObject source() {
        return source;
    }
}
