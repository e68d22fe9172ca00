package dev.nnplay.engine.export;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One protobuf message being written: fields are appended in order with protobuf-java's
 * {@link CodedOutputStream}, and a finished message is nested into its parent as bytes. ONNX models
 * are a few kilobytes to a few megabytes, so building each message in memory is simple and cheap.
 */
final class ProtoMessage {
    /** The encoded fields so far. */
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    /** Encodes into {@link #bytes}. */
    private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

    ProtoMessage string(int field, String value) {
        return run(() -> out.writeString(field, value));
    }

    ProtoMessage int64(int field, long value) {
        return run(() -> out.writeInt64(field, value));
    }

    ProtoMessage int32(int field, int value) {
        return run(() -> out.writeInt32(field, value));
    }

    ProtoMessage float32(int field, float value) {
        return run(() -> out.writeFloat(field, value));
    }

    ProtoMessage bytes(int field, byte[] value) {
        return run(() -> out.writeByteArray(field, value));
    }

    ProtoMessage message(int field, ProtoMessage m) {
        return bytes(field, m.toByteArray());
    }

    byte[] toByteArray() {
        run(out::flush);
        return bytes.toByteArray();
    }

    private interface Io {
        void run() throws IOException;
    }

    private ProtoMessage run(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return this;
    }
}
