package dev.nnplay.engine.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * How the JSON files of this program hold numbers: only finite ones. Read: a number field takes a
 * JSON number, never a string such as {@code "NaN"} or {@code "Infinity"}, and never one beyond the
 * range of its type ({@code 1e39} for a float32, {@code 1e400} for a double), so nothing non-finite
 * gets in; a list of float32 values is a JSON list of such numbers or, as projects of format version 2
 * write long ones, a string of base64 of the little-endian float32 bytes. Written: NaN or an infinite
 * value is refused ({@link NonFinite}) rather than saved.
 */
final class Numbers {

    private Numbers() {
    }

    /** The reading rules, and number lists written as numbers (for files other programs read). */
    static SimpleModule reading() {
        return module(Integer.MAX_VALUE);
    }

    /** The reading rules, and number lists of {@link FileLimits#BASE64_FROM} values or more written as base64. */
    static SimpleModule base64Writing() {
        return module(FileLimits.BASE64_FROM);
    }

    private static SimpleModule module(int base64From) {
        // the name tells the two apart: a mapper ignores a second module of the same name
        SimpleModule m = new SimpleModule("nnplay-numbers-" + base64From);
        m.addDeserializer(float[].class, new FloatList());
        m.addDeserializer(Double.class, new Scalar<>(Double.class, false, null));
        m.addDeserializer(double.class, new Scalar<>(double.class, false, 0.0));
        m.addDeserializer(Float.class, new Scalar<>(Float.class, true, null));
        m.addDeserializer(float.class, new Scalar<>(float.class, true, 0f));
        m.addSerializer(float[].class, new FloatListWriter(base64From));
        return m;
    }

    /** A value that cannot be saved: NaN or infinite. */
    static final class NonFinite extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        NonFinite(JsonGenerator g, String msg) {
            super(g, msg);
        }
    }

    /** What is wrong with {@code v} as a number of the type ({@code asFloat}: float32), or null. */
    static String problem(double v, boolean asFloat) {
        if (Double.isNaN(v)) {
            return "NaN is not a number this program reads";
        }
        if (Double.isInfinite(v) || asFloat && Math.abs(v) > Float.MAX_VALUE) {
            return "the number is too large" + (asFloat ? " for float32 (at most about 3.4e38)" : "");
        }
        return null;
    }

    /** A float or double field: a finite JSON number in range. */
    private static final class Scalar<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final boolean asFloat;
        private final transient Object nullValue;

        Scalar(Class<T> type, boolean asFloat, Object nullValue) {
            super(type);
            this.asFloat = asFloat;
            this.nullValue = nullValue;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw JsonMappingException.from(p, "expected a number here" + (t == JsonToken.VALUE_STRING
                        ? ", not the text \"" + dev.nnplay.engine.data.FileChecks.clip(p.getText()) + "\"" : ""));
            }
            double v = p.getDoubleValue();
            String problem = problem(v, asFloat);
            if (problem != null) {
                throw JsonMappingException.from(p, problem + ": " + dev.nnplay.engine.data.FileChecks.clip(p.getText()));
            }
            Object value = asFloat ? (Object) Float.valueOf((float) v) : (Object) Double.valueOf(v);
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) {
            return (T) nullValue;
        }
    }

    /** A list of float32 values: JSON numbers, or a base64 string of their little-endian bytes. */
    private static final class FloatList extends StdDeserializer<float[]> {
        private static final long serialVersionUID = 1L;

        FloatList() {
            super(float[].class);
        }

        @Override
        public float[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return fromBase64(p);
            }
            if (t != JsonToken.START_ARRAY) {
                throw JsonMappingException.from(p, "expected a list of numbers (or base64 float32 data) here");
            }
            float[] out = new float[16];
            int n = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw JsonMappingException.from(p, "item " + n + ": expected a number" + (t == JsonToken.VALUE_STRING
                            ? ", not the text \"" + dev.nnplay.engine.data.FileChecks.clip(p.getText()) + "\"" : ""));
                }
                double v = p.getDoubleValue();
                String problem = problem(v, true);
                if (problem != null) {
                    throw JsonMappingException.from(p, "item " + n + ": " + problem + ": " + dev.nnplay.engine.data.FileChecks.clip(p.getText()));
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n + (n >> 1));
                }
                out[n++] = (float) v;
            }
            return Arrays.copyOf(out, n);
        }

        private static float[] fromBase64(JsonParser p) throws IOException {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(p.getText());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, "expected a list of numbers or base64 float32 data, not the text \""
                        + dev.nnplay.engine.data.FileChecks.clip(p.getText()) + "\"");
            }
            if (bytes.length % Float.BYTES != 0) {
                throw JsonMappingException.from(p, "base64 float32 data of " + bytes.length
                        + " bytes, not a multiple of 4");
            }
            float[] out = new float[bytes.length / Float.BYTES];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
            for (int i = 0; i < out.length; i++) {
                if (!Float.isFinite(out[i])) {
                    throw JsonMappingException.from(p, "item " + i + " of the base64 float32 data is "
                            + (Float.isNaN(out[i]) ? "NaN" : "infinite") + "; only finite numbers are read");
                }
            }
            return out;
        }
    }

    /** Writes a list of float32 values: base64 from {@code base64From} values on, numbers below; finite only. */
    private static final class FloatListWriter extends StdSerializer<float[]> {
        private static final long serialVersionUID = 1L;
        private final int base64From;

        FloatListWriter(int base64From) {
            super(float[].class);
            this.base64From = base64From;
        }

        @Override
        public void serialize(float[] v, JsonGenerator g, SerializerProvider provider) throws IOException {
            for (int i = 0; i < v.length; i++) {
                if (!Float.isFinite(v[i])) {
                    throw new NonFinite(g, "holds " + (Float.isNaN(v[i]) ? "NaN" : "an infinite number")
                            + " (item " + i + "); only finite numbers are saved");
                }
            }
            if (v.length >= base64From) {
                ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                b.asFloatBuffer().put(v);
                g.writeString(Base64.getEncoder().encodeToString(b.array()));
            } else {
                g.writeStartArray(v, v.length);
                for (float x : v) {
                    g.writeNumber(x);
                }
                g.writeEndArray();
            }
        }
    }
}
