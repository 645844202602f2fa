package org.backproplab.core;

/**
 * The loops of one fully connected layer, forward and backward, for {@link Backprop}. The weights W of the
 * layer are the rows p[w + j·in .. w + j·in + in) (row j feeds output neuron j), the biases p[b .. b + out).
 *
 * <p>Four rows go through each pass over the inputs: every input is read once for all four, and the loop
 * runs a quarter as often. Each sum still adds the same terms in the same order as one row at a time would, so the
 * results are the same to the last bit (BackpropReferenceTest). No static initializer (see
 * {@link ActivationKernels}).
 */
final class DenseKernels {
    private DenseKernels() {
    }

    /** z[j] = B[j] + Σᵢ W[j][i]·x[i] for j &lt; out, summed from the bias over i ascending. */
    static void weightedSums(double[] p, int w, int b, double[] x, int in, double[] z, int out) {
        int j = 0;
        for (; j + 3 < out; j += 4) {
            int row0 = w + j * in;
            int row1 = row0 + in;
            int row2 = row1 + in;
            int row3 = row2 + in;
            double sum0 = p[b + j];
            double sum1 = p[b + j + 1];
            double sum2 = p[b + j + 2];
            double sum3 = p[b + j + 3];
            for (int i = 0; i < in; i++) {
                double xi = x[i];
                sum0 += p[row0 + i] * xi;
                sum1 += p[row1 + i] * xi;
                sum2 += p[row2 + i] * xi;
                sum3 += p[row3 + i] * xi;
            }
            z[j] = sum0;
            z[j + 1] = sum1;
            z[j + 2] = sum2;
            z[j + 3] = sum3;
        }
        for (; j < out; j++) {
            int row = w + j * in;
            double sum = p[b + j];
            for (int i = 0; i < in; i++) {
                sum += p[row + i] * x[i];
            }
            z[j] = sum;
        }
    }

    /** ∂J/∂W[j][i] += d[j]·x[i] and ∂J/∂B[j] += d[j] into g: the first layer, which has no δ of its own. */
    static void addGradient(double[] g, int w, int b, double[] x, int in, double[] d, int out) {
        int j = 0;
        for (; j + 1 < out; j += 2) {
            double d0 = d[j];
            double d1 = d[j + 1];
            g[b + j] += d0;
            g[b + j + 1] += d1;
            int row0 = w + j * in;
            int row1 = row0 + in;
            for (int i = 0; i < in; i++) {
                double xi = x[i];
                g[row0 + i] += d0 * xi;
                g[row1 + i] += d1 * xi;
            }
        }
        if (j < out) {
            double d0 = d[j];
            g[b + j] += d0;
            int row = w + j * in;
            for (int i = 0; i < in; i++) {
                g[row + i] += d0 * x[i];
            }
        }
    }

    /**
     * {@link #addGradient}, and back[i] = Σⱼ W[j][i]·d[j] summed from 0 over j ascending (before f', which
     * the caller multiplies in).
     */
    static void addGradientAndBack(double[] p, double[] g, int w, int b, double[] x, int in, double[] d, int out,
            double[] back) {
        for (int i = 0; i < in; i++) {
            back[i] = 0.0;
        }
        int j = 0;
        for (; j + 3 < out; j += 4) {
            double d0 = d[j];
            double d1 = d[j + 1];
            double d2 = d[j + 2];
            double d3 = d[j + 3];
            g[b + j] += d0;
            g[b + j + 1] += d1;
            g[b + j + 2] += d2;
            g[b + j + 3] += d3;
            int row0 = w + j * in;
            int row1 = row0 + in;
            int row2 = row1 + in;
            int row3 = row2 + in;
            for (int i = 0; i < in; i++) {
                double xi = x[i];
                g[row0 + i] += d0 * xi;
                g[row1 + i] += d1 * xi;
                g[row2 + i] += d2 * xi;
                g[row3 + i] += d3 * xi;
                back[i] = back[i] + p[row0 + i] * d0 + p[row1 + i] * d1 + p[row2 + i] * d2 + p[row3 + i] * d3;
            }
        }
        for (; j < out; j++) {
            double d0 = d[j];
            g[b + j] += d0;
            int row = w + j * in;
            for (int i = 0; i < in; i++) {
                g[row + i] += d0 * x[i];
                back[i] += p[row + i] * d0;
            }
        }
    }
}
