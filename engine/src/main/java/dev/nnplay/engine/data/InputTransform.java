package dev.nnplay.engine.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;

/**
 * What happens to a raw input row before the network sees it: first the two-dimensional features
 * (when {@code features} is not empty, the raw row must be a point {@code (x1, x2)}), then scaling,
 * {@code z = (v − center) / scale} per column. Fitted on the training part only and stored in the
 * project, so that prediction and export apply exactly the same transform.
 *
 * @param features the feature names ({@link Feature#id()}); empty to use the raw columns as they are
 * @param scaling  {@code none}, {@code standardize} or {@code minmax}
 * @param center   per column after the features: the training mean (standardize) or minimum (minmax);
 *                 empty for none
 * @param scale    per column: the training standard deviation or range (1 where that is 0); empty for
 *                 none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InputTransform(List<String> features, String scaling, float[] center, float[] scale) {

    /** The scaling kinds, in menu order. */
    public static final List<String> SCALINGS = List.of("none", "standardize", "minmax");

    public InputTransform {
        features = features == null ? List.of() : List.copyOf(features);
        features.forEach(Feature::byId);
        scaling = scaling == null ? "none" : scaling.toLowerCase(Locale.ROOT);
        if (!SCALINGS.contains(scaling)) {
            throw new IllegalArgumentException("unknown scaling '" + scaling + "'; expected none, standardize or minmax");
        }
        center = center == null ? new float[0] : center;
        scale = scale == null ? new float[0] : scale;
        if (center.length != scale.length) {
            throw new IllegalArgumentException("scaling has " + center.length + " centers but " + scale.length + " scales");
        }
    }

    /** Raw columns, unscaled. */
    public static final InputTransform IDENTITY = new InputTransform(List.of(), "none", null, null);

    /**
     * Fits the transform on {@code trainInputs} (raw): applies the features, then measures each
     * column's mean and standard deviation (population) or minimum and range.
     */
    public static InputTransform fit(FMatrixRMaj trainInputs, List<String> features, String scaling) {
        InputTransform unfitted = new InputTransform(features, scaling, null, null);
        FMatrixRMaj f = unfitted.applyFeatures(trainInputs);
        if (unfitted.scaling.equals("none")) {
            return unfitted;
        }
        int n = f.numRows;
        int d = f.numCols;
        float[] c = new float[d];
        float[] s = new float[d];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = f.data[i * d + j];
                sum += v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (unfitted.scaling.equals("minmax")) {
                c[j] = (float) lo;
                s[j] = n == 0 || hi == lo ? 1f : (float) (hi - lo);
            } else {
                double mean = n == 0 ? 0 : sum / n;
                double var = 0;
                for (int i = 0; i < n; i++) {
                    double dv = f.data[i * d + j] - mean;
                    var += dv * dv;
                }
                double std = n == 0 ? 0 : Math.sqrt(var / n);
                c[j] = (float) mean;
                s[j] = std == 0 ? 1f : (float) std;
            }
        }
        return new InputTransform(features, scaling, c, s);
    }

    /** Number of columns the network receives for {@code rawColumns} raw columns. */
    public int outputColumns(int rawColumns) {
        return features.isEmpty() ? rawColumns : features.size();
    }

    /** Whether the transform changes anything. */
    @JsonIgnore
    public boolean isIdentity() {
        return features.isEmpty() && center.length == 0;
    }

    /** The names of the columns the network receives. */
    public List<String> outputNames(List<String> rawNames) {
        if (features.isEmpty()) {
            return rawNames;
        }
        List<String> names = new ArrayList<>();
        for (String id : features) {
            names.add(Feature.byId(id).label());
        }
        return names;
    }

    /** The network's inputs for the raw rows {@code raw}; a new matrix. */
    public FMatrixRMaj apply(FMatrixRMaj raw) {
        FMatrixRMaj f = applyFeatures(raw);
        if (center.length == 0) {
            return f == raw ? raw.copy() : f;
        }
        if (center.length != f.numCols) {
            throw new IllegalArgumentException("the scaling was fitted on " + center.length
                    + " columns but the input has " + f.numCols);
        }
        FMatrixRMaj out = f == raw ? raw.copy() : f;
        int d = out.numCols;
        for (int i = 0; i < out.numRows; i++) {
            for (int j = 0; j < d; j++) {
                out.data[i * d + j] = (out.data[i * d + j] - center[j]) / scale[j];
            }
        }
        return out;
    }

    private FMatrixRMaj applyFeatures(FMatrixRMaj raw) {
        if (features.isEmpty()) {
            return raw;
        }
        if (raw.numCols != 2) {
            throw new IllegalArgumentException("features such as x1^2 need two input columns, the data has "
                    + raw.numCols);
        }
        Feature[] fs = features.stream().map(Feature::byId).toArray(Feature[]::new);
        FMatrixRMaj out = new FMatrixRMaj(raw.numRows, fs.length);
        for (int i = 0; i < raw.numRows; i++) {
            float x1 = raw.data[2 * i];
            float x2 = raw.data[2 * i + 1];
            for (int j = 0; j < fs.length; j++) {
                out.data[i * fs.length + j] = fs[j].apply(x1, x2);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputTransform t && features.equals(t.features) && scaling.equals(t.scaling)
                && java.util.Arrays.equals(center, t.center) && java.util.Arrays.equals(scale, t.scale);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(features, scaling, java.util.Arrays.hashCode(center),
                java.util.Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return "InputTransform[features=" + features + ", scaling=" + scaling + ", center="
                + java.util.Arrays.toString(center) + ", scale=" + java.util.Arrays.toString(scale) + "]";
    }
}
