package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.train.SharpnessMeter;
import org.backproplab.train.StableRate;
import org.junit.jupiter.api.Test;

/**
 * The limit 2/λ_max measured at the start on every data set with the lab's defaults for it
 * ({@code AppState.defaults().withDataset(kind)}: hidden 4, 2 tanh, mse, Xavier, seed 1), then plain full-batch
 * gradient descent on the training set (w ← w − α·∇J, written out here, not the lab's trainer) at a fixed α:
 * <ul>
 *   <li>at 0.5× the limit J falls on every one of the first 50 steps;</li>
 *   <li>at 2.5× the limit J rises at least once in the first 20 steps.</li>
 * </ul>
 * Both are predictions of the quadratic picture at the starting weights, and the network breaks them where its
 * sharpness moves during training. Named exceptions, each with its cause checked by measuring λ_max along the run:
 * <ul>
 *   <li>{@link #SHARPENING}: progressive sharpening. λ_max grows as the network fits (2.8× to 4.6× within 6 to 35
 *       steps), so the fixed α, half the starting limit, ends up above the current limit 2/λ_max(w) and J bounces.
 *       Checked: the step at which J first rose started from weights where α &gt; 2/λ_max(w).</li>
 *   <li>{@link #FLATTENING}: on gauss the first two steps at 2.5× carry the network to flatter ground (its
 *       sigmoid output saturates on the easy, separable blobs): λ_max falls below 2/α and J falls every step.
 *       Checked: some step within the 20 started from weights where α &lt; 2/λ_max(w). The same on examples
 *       (Mazur's single example): one example is fitted at once, λ_max falls to about 1/40 of its start.</li>
 * </ul>
 * The test prints the measured numbers; the report lists them.
 */
class StableRateOnLabDataTest {
    static final Set<DatasetKind> SHARPENING = Set.of(DatasetKind.CIRCLE, DatasetKind.XOR, DatasetKind.SPIRAL,
            DatasetKind.MOONS, DatasetKind.SINE, DatasetKind.EXPR, DatasetKind.RULE);
    static final Set<DatasetKind> FLATTENING = Set.of(DatasetKind.GAUSS, DatasetKind.EXAMPLES);

    /**
     * J at each step and α/limit(w) = α·λ_max(w)/2 at the weights each step starts from ({@code ratio[s]} for the
     * step from w_s to w_{s+1}).
     */
    record Run(double[] costs, double[] ratio) {
        /** The first step s ≥ 1 with J(w_s) ≥ J(w_{s−1}), or −1. */
        int firstRise() {
            for (int s = 1; s < costs.length; s++) {
                if (!(costs[s] < costs[s - 1])) {
                    return s;
                }
            }
            return -1;
        }
    }

    static Run descend(Network start, Dataset train, double rate, int steps) {
        Network network = start.copy();
        Backprop backprop = new Backprop(network.shape());
        SharpnessMeter meter = new SharpnessMeter(network, train, 1);
        double[] gradient = new double[network.shape().parameterCount()];
        double[] parameters = network.parameters();
        double[] costs = new double[steps + 1];
        double[] ratio = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            costs[s] = backprop.costAndGradient(network, train.inputsView(), train.targetsView(), null, 0,
                    train.count(), gradient);
            meter.restart();
            ratio[s] = rate / StableRate.gradientDescent(meter.measure().value());
            for (int p = 0; p < parameters.length; p++) {
                parameters[p] -= rate * gradient[p];
            }
        }
        return new Run(costs, ratio);
    }

    @Test
    void halfTheLimitDescendsEveryStepAndTwoAndAHalfTimesRisesExceptWhereTheSharpnessMoved() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-7s %10s %9s %8s | %-12s %9s %9s | %-12s %9s %9s%n", "dataset", "λ_max", "2/λ_max", "J start",
                "0.5×: rise", "α/limit", "J@50", "2.5×: rise", "min α/lim", "J@20"));
        StringBuilder failures = new StringBuilder();
        for (DatasetKind kind : DatasetKind.values()) {
            LabSession session = new LabSession(AppState.defaults().withDataset(kind));
            double sharpness = session.sharpness();
            double limit = StableRate.gradientDescent(sharpness);
            Run half = descend(session.network(), session.trainData(), 0.5 * limit, 50);
            Run over = descend(session.network(), session.trainData(), 2.5 * limit, 20);
            int halfRise = half.firstRise();
            int overRise = over.firstRise();
            double lowestOverRatio = Double.POSITIVE_INFINITY;
            for (int s = 0; s < 20; s++) {
                lowestOverRatio = Math.min(lowestOverRatio, over.ratio()[s]);
            }
            table.append(String.format(Locale.ROOT, "%-7s %10.4g %9.4g %8.4g | %-12s %9s %9.4g | %-12s %9.3g %9.4g%n",
                    kind.id(), sharpness, limit, half.costs()[0], halfRise < 0 ? "none" : "step " + halfRise,
                    halfRise < 0 ? "-" : String.format(Locale.ROOT, "%.3g", half.ratio()[halfRise - 1]),
                    half.costs()[50], overRise < 0 ? "none" : "step " + overRise, lowestOverRatio, over.costs()[20]));
            if (halfRise >= 0) {
                if (!SHARPENING.contains(kind)) {
                    failures.append(kind.id()).append(": J rose at step ").append(halfRise).append(" at 0.5×; ");
                } else if (!(half.ratio()[halfRise - 1] > 1)) {
                    failures.append(kind.id()).append(": J rose at step ").append(halfRise)
                            .append(" at 0.5× although the step was below the current limit; ");
                }
            }
            if (overRise < 0) {
                if (!FLATTENING.contains(kind)) {
                    failures.append(kind.id()).append(": J never rose in 20 steps at 2.5×; ");
                } else if (!(lowestOverRatio < 1)) {
                    failures.append(kind.id()).append(": J never rose at 2.5× although every step stayed above the"
                            + " current limit; ");
                }
            }
        }
        System.out.println(table);
        assertTrue(failures.length() == 0, failures + table.toString());
    }
}
