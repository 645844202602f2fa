package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The classic 2-2-2 sigmoid worked example (Mazur, "A Step by Step Backpropagation Example"): inputs
 * 0.05, 0.10; targets 0.01, 0.99; w1..w8 = 0.15 … 0.55; biases 0.35 and 0.60; α = 0.5. The expected
 * numbers are the article's hand-worked values, not our output.
 */
class WorkedExampleTest {
    static Network workedNetwork() {
        Network network = new Network(Shape.of(new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID),
                Loss.MSE, Regularization.NONE);
        // hidden: h1 = w1·i1 + w2·i2 + b1, h2 = w3·i1 + w4·i2 + b1
        network.setWeight(0, 0, 0, 0.15);
        network.setWeight(0, 0, 1, 0.20);
        network.setWeight(0, 1, 0, 0.25);
        network.setWeight(0, 1, 1, 0.30);
        network.setBias(0, 0, 0.35);
        network.setBias(0, 1, 0.35);
        // output: o1 = w5·h1 + w6·h2 + b2, o2 = w7·h1 + w8·h2 + b2
        network.setWeight(1, 0, 0, 0.40);
        network.setWeight(1, 0, 1, 0.45);
        network.setWeight(1, 1, 0, 0.50);
        network.setWeight(1, 1, 1, 0.55);
        network.setBias(1, 0, 0.60);
        network.setBias(1, 1, 0.60);
        return network;
    }

    static final double[] INPUTS = {0.05, 0.10};
    static final double[] TARGETS = {0.01, 0.99};

    @Test
    void forwardPassAndTotalErrorMatchTheHandWorkedValues() {
        Network network = workedNetwork();
        Backprop backprop = new Backprop(network.shape());
        double[] gradient = new double[network.shape().parameterCount()];
        double cost = backprop.costAndGradient(network, INPUTS, TARGETS, null, 0, 1, gradient);
        assertEquals(0.3775, backprop.preActivation(1, 0), 1e-12);
        assertEquals(0.593269992, backprop.activation(1, 0), 1e-9);
        assertEquals(0.596884378, backprop.activation(1, 1), 1e-9);
        assertEquals(0.75136507, backprop.activation(2, 0), 1e-8);
        assertEquals(0.772928465, backprop.activation(2, 1), 1e-9);
        assertEquals(0.298371109, cost, 1e-9);
    }

    @Test
    void gradientDescentStepMovesTheWeightsToTheHandWorkedValues() {
        Network network = workedNetwork();
        Backprop backprop = new Backprop(network.shape());
        double[] gradient = new double[network.shape().parameterCount()];
        backprop.costAndGradient(network, INPUTS, TARGETS, null, 0, 1, gradient);
        Shape shape = network.shape();
        assertEquals(0.082167041, gradient[shape.weightIndex(1, 0, 0)], 1e-9);
        double learningRate = 0.5;
        double[] p = network.parameters();
        // w5..w8 and w1..w4 after one step, as worked by hand in the article
        assertEquals(0.35891648, p[shape.weightIndex(1, 0, 0)] - learningRate * gradient[shape.weightIndex(1, 0, 0)], 1e-8);
        assertEquals(0.408666186, p[shape.weightIndex(1, 0, 1)] - learningRate * gradient[shape.weightIndex(1, 0, 1)], 1e-9);
        assertEquals(0.511301270, p[shape.weightIndex(1, 1, 0)] - learningRate * gradient[shape.weightIndex(1, 1, 0)], 1e-9);
        assertEquals(0.561370121, p[shape.weightIndex(1, 1, 1)] - learningRate * gradient[shape.weightIndex(1, 1, 1)], 1e-9);
        assertEquals(0.149780716, p[shape.weightIndex(0, 0, 0)] - learningRate * gradient[shape.weightIndex(0, 0, 0)], 1e-9);
        assertEquals(0.19956143, p[shape.weightIndex(0, 0, 1)] - learningRate * gradient[shape.weightIndex(0, 0, 1)], 1e-8);
        assertEquals(0.24975114, p[shape.weightIndex(0, 1, 0)] - learningRate * gradient[shape.weightIndex(0, 1, 0)], 1e-8);
        assertEquals(0.29950229, p[shape.weightIndex(0, 1, 1)] - learningRate * gradient[shape.weightIndex(0, 1, 1)], 1e-8);
    }
}
