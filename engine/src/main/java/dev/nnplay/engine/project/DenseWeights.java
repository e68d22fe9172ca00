package dev.nnplay.engine.project;

/**
 * One dense layer's trained values, as a person can read them: {@code weight[o][i]} connects input
 * {@code i} to output {@code o} (PyTorch's {@code nn.Linear} layout), {@code bias[o]}.
 *
 * @param weight {@code out} rows of {@code in} values
 * @param bias   {@code out} values
 */
public record DenseWeights(float[][] weight, float[] bias) {
    public DenseWeights {
        if (weight == null || bias == null) {
            throw new IllegalArgumentException("a layer's weights need both 'weight' and 'bias'");
        }
        if (weight.length != bias.length) {
            throw new IllegalArgumentException("weight has " + weight.length + " rows but bias has " + bias.length
                    + " values");
        }
        for (int o = 0; o < weight.length; o++) {
            if (weight[o] == null || weight[o].length != weight[0].length) {
                throw new IllegalArgumentException("weight row " + o + " has a different length from row 0");
            }
        }
    }

    /** Number of outputs. */
    public int outputs() {
        return bias.length;
    }

    /** Number of inputs. */
    public int inputs() {
        return weight.length == 0 ? 0 : weight[0].length;
    }
}
