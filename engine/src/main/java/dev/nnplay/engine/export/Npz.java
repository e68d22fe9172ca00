package dev.nnplay.engine.export;

import dev.nnplay.engine.project.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz}: a zip of {@code .npy} files, one per array, named {@code <key>.npy}. Written
 * as {@code .npy} format 1.0, dtype {@code <f4} (little-endian float32), C order, so
 * {@code numpy.load(path)[key]} returns the array as it is here. The reader takes only that dtype and
 * order, and checks each header's shape against the entry's size and {@link #MAX_VALUES} before it
 * allocates anything.
 *
 * <p>Text (the export's meaning, {@link ExportMetadata}) goes in as one-dimensional arrays of
 * fixed-width Unicode strings, dtype {@code <UN} (UTF-32, little-endian, zero-padded), which
 * {@code numpy.load(path, allow_pickle=False)} reads as they are. {@link #read} passes over them;
 * {@link #readStrings} returns them.
 */
public final class Npz {

    /** The most values one array may hold when read or written (256 MiB of floats). */
    public static final int MAX_VALUES = dev.nnplay.engine.project.FileLimits.MAX_NPY_VALUES;
    /** The most arrays one file may hold when read or written. */
    public static final int MAX_ARRAYS = dev.nnplay.engine.project.FileLimits.MAX_NPZ_ARRAYS;
    /** The largest {@code .npy} header read. */
    private static final int MAX_HEADER = 4096;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern TEXT = Pattern.compile("<U([0-9]{1,9})");
    private static final Pattern HEADER = Pattern.compile(
            "\\{\\s*'descr'\\s*:\\s*'([^']*)'\\s*,\\s*'fortran_order'\\s*:\\s*(True|False)\\s*,"
                    + "\\s*'shape'\\s*:\\s*\\(([0-9,\\s]*)\\)\\s*,?\\s*}\\s*");

    private Npz() {
    }

    /** Writes {@code arrays} (key to array, in order) to {@code file} atomically. */
    public static void write(Map<String, NpyArray> arrays, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(arrays, Map.of(), out));
    }

    /** Writes {@code arrays} as an npz to {@code out}. */
    public static void write(Map<String, NpyArray> arrays, OutputStream out) throws IOException {
        write(arrays, Map.of(), out);
    }

    /** Writes {@code arrays}, then {@code strings} (key to a list of text values) as string arrays. */
    public static void write(Map<String, NpyArray> arrays, Map<String, List<String>> strings, OutputStream out)
            throws IOException {
        // what the reader would refuse is not written
        if (arrays.size() + strings.size() > MAX_ARRAYS) {
            throw new WeightsFileException((arrays.size() + strings.size()) + " arrays; an npz may hold at most "
                    + MAX_ARRAYS);
        }
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            if (e.getValue().data().length > MAX_VALUES) {
                throw new WeightsFileException("array '" + e.getKey() + "' has " + e.getValue().data().length
                        + " values; an npz array may hold at most " + MAX_VALUES);
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
            writeNpy(e.getValue(), zip);
            zip.closeEntry();
        }
        for (Map.Entry<String, List<String>> e : strings.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
            writeNpyStrings(e.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Writes one {@code .npy} of strings: dtype {@code <UN}, N the longest in code points (at least 1). */
    public static void writeNpyStrings(List<String> values, OutputStream out) throws IOException {
        int width = 1;
        for (String v : values) {
            width = Math.max(width, v.codePointCount(0, v.length()));
        }
        byte[] h = header("<U" + width, "(" + values.size() + ",)");
        ByteBuffer b = ByteBuffer.allocate(10 + h.length + 4 * width * values.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) h.length).put(h);
        for (String v : values) {
            int[] cps = v.codePoints().toArray();
            for (int i = 0; i < width; i++) {
                b.putInt(i < cps.length ? cps[i] : 0);
            }
        }
        out.write(b.array());
    }

    /** The padded {@code .npy} 1.0 header for {@code descr} and {@code shape}. */
    private static byte[] header(String descr, String shape) {
        StringBuilder header = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape
                + ", }");
        // magic (6) + version (2) + length (2) + header, padded with spaces to a multiple of 64, ending in \n
        int total = 10 + header.length() + 1;
        header.append(" ".repeat((64 - total % 64) % 64)).append('\n');
        return header.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes one {@code .npy} (format 1.0, {@code <f4}, C order). */
    public static void writeNpy(NpyArray a, OutputStream out) throws IOException {
        StringBuilder shape = new StringBuilder("(");
        for (int d : a.shape()) {
            shape.append(d).append(", ");
        }
        if (a.shape().length > 1) {
            shape.setLength(shape.length() - 2);
        } else if (a.shape().length == 1) {
            shape.setLength(shape.length() - 1);
        }
        shape.append(')');
        byte[] h = header("<f4", shape.toString());
        ByteBuffer b = ByteBuffer.allocate(10 + h.length + 4 * a.data().length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) h.length).put(h);
        for (float v : a.data()) {
            b.putFloat(v);
        }
        out.write(b.array());
    }

    /** Reads every float array of the npz at {@code file}, in the order stored (string arrays are passed over). */
    public static Map<String, NpyArray> read(Path file) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        readEach(file, (key, value) -> {
            if (value instanceof NpyArray a) {
                arrays.put(key, a);
            }
        });
        return arrays;
    }

    /** The npz's string arrays ({@link ExportMetadata}), key to values, in the order stored. */
    public static Map<String, List<String>> readStrings(Path file) throws IOException {
        Map<String, List<String>> strings = new LinkedHashMap<>();
        readEach(file, (key, value) -> {
            if (value instanceof List<?> l) {
                strings.put(key, l.stream().map(String::valueOf).toList());
            }
        });
        return strings;
    }

    /** Reads the float arrays of an npz held in memory (such as one read from standard input). */
    public static Map<String, NpyArray> read(byte[] bytes, String where) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (arrays.size() >= MAX_ARRAYS) {
                    throw new WeightsFileException(where + ": more than " + MAX_ARRAYS + " entries");
                }
                String name = checkName(e, where);
                if (readEntry(zip, -1, where + ", " + shown(name)) instanceof NpyArray a) {
                    arrays.put(name.substring(0, name.length() - 4), a);
                }
            }
        } catch (ZipException e) {
            throw new WeightsFileException(where + ": not a zip (npz) file (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new WeightsFileException(where + ": ends before its last entry does (a cut-off file?)");
        } catch (WeightsFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new WeightsFileException(where + ": not a zip (npz) file (an entry's name is not valid text)");
        }
        if (arrays.isEmpty() && !(bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K')) {
            throw new WeightsFileException(where + ": not a zip (npz) file");
        }
        return arrays;
    }

    private static void readEach(Path file, java.util.function.BiConsumer<String, Object> each) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ARRAYS) {
                throw new WeightsFileException(file + ": " + zip.size() + " entries; at most " + MAX_ARRAYS + " are read");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = checkName(e, file.toString());
                String where = file + ", " + shown(name);
                try (InputStream in = zip.getInputStream(e)) {
                    each.accept(name.substring(0, name.length() - 4), readEntry(in, e.getSize(), where));
                }
            }
        } catch (ZipException e) {
            throw new WeightsFileException(file + ": not a zip (npz) file (" + e.getMessage() + ")");
        }
    }

    /** An entry's name as messages show it: one line, at most 120 characters. */
    private static String shown(String name) {
        return dev.nnplay.engine.data.FileChecks.clip(name, 120);
    }

    private static String checkName(ZipEntry e, String where) {
        String name = e.getName();
        if (!name.endsWith(".npy") || e.isDirectory()) {
            throw new WeightsFileException(where + ": entry '" + shown(name) + "' is not an .npy array");
        }
        return name;
    }

    /**
     * Reads one {@code .npy} of {@code <f4} values in C order. {@code size} is the whole entry's
     * length in bytes when known (else -1); {@code where} names it in messages.
     */
    public static NpyArray readNpy(InputStream stream, long size, String where) throws IOException {
        Object o = readEntry(stream, size, where);
        if (o instanceof NpyArray a) {
            return a;
        }
        throw new WeightsFileException(where + ": holds strings, not float32 numbers");
    }

    /** One {@code .npy}: an {@link NpyArray} for {@code <f4}, a list of strings for {@code <UN}. */
    private static Object readEntry(InputStream stream, long size, String where) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        try {
            byte[] magic = new byte[6];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new WeightsFileException(where + ": not an .npy array (wrong magic bytes)");
            }
            int major = in.readUnsignedByte();
            in.readUnsignedByte();
            int headerLength;
            int prefix;
            if (major == 1) {
                headerLength = in.readUnsignedByte() | in.readUnsignedByte() << 8;
                prefix = 10;
            } else if (major == 2 || major == 3) {
                headerLength = Integer.reverseBytes(in.readInt());
                prefix = 12;
            } else {
                throw new WeightsFileException(where + ": .npy format version " + major + " is not known");
            }
            if (headerLength < 0 || headerLength > MAX_HEADER) {
                throw new WeightsFileException(where + ": a header of " + headerLength + " bytes; at most " + MAX_HEADER);
            }
            byte[] h = new byte[headerLength];
            in.readFully(h);
            String header = new String(h, StandardCharsets.ISO_8859_1);
            Matcher m = HEADER.matcher(header);
            if (!m.matches()) {
                throw new WeightsFileException(where + ": the header is not understood: "
                        + dev.nnplay.engine.data.FileChecks.clip(header.trim()));
            }
            Matcher text = TEXT.matcher(m.group(1));
            int width = text.matches() ? parseWidth(text.group(1), where) : 0;
            if (!m.group(1).equals("<f4") && width == 0) {
                throw new WeightsFileException(where + ": dtype '" + dev.nnplay.engine.data.FileChecks.clip(m.group(1))
                        + "'; only '<f4' (float32) is read");
            }
            if (m.group(2).equals("True")) {
                throw new WeightsFileException(where + ": Fortran order; only C order is read");
            }
            int[] shape = parseShape(m.group(3), where);
            long n = NpyArray.size(shape);
            int bytesPer = width > 0 ? 4 * width : 4;
            if (n < 0 || n > MAX_VALUES || n * bytesPer > 4L * MAX_VALUES || (width > 0 && shape.length != 1)) {
                throw new WeightsFileException(where + ": shape " + java.util.Arrays.toString(shape) + " is larger than the "
                        + MAX_VALUES + " values an array may have" + (width > 0 ? ", or not a list of strings" : ""));
            }
            if (size >= 0 && size != prefix + headerLength + bytesPer * n) {
                throw new WeightsFileException(where + ": shape " + java.util.Arrays.toString(shape) + " needs "
                        + bytesPer * n + " bytes of data, the entry has " + (size - prefix - headerLength));
            }
            byte[] raw = new byte[(int) (bytesPer * n)];
            in.readFully(raw);
            if (in.read() != -1) {
                throw new WeightsFileException(where + ": more data than shape " + java.util.Arrays.toString(shape) + " holds");
            }
            ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            if (width > 0) {
                List<String> values = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < width; c++) {
                        int cp = buf.getInt();
                        if (cp != 0 && Character.isValidCodePoint(cp)) {
                            sb.appendCodePoint(cp);
                        }
                    }
                    values.add(sb.toString());
                }
                return values;
            }
            float[] data = new float[(int) n];
            buf.asFloatBuffer().get(data);
            return new NpyArray(shape, data);
        } catch (EOFException e) {
            throw new WeightsFileException(where + ": ends before the data its header announces");
        }
    }

    private static int parseWidth(String digits, String where) {
        try {
            int w = Integer.parseInt(digits);
            if (w < 1 || w > MAX_HEADER) {
                throw new NumberFormatException();
            }
            return w;
        } catch (NumberFormatException e) {
            throw new WeightsFileException(where + ": string width '" + dev.nnplay.engine.data.FileChecks.clip(digits) + "' is out of range");
        }
    }

    private static int[] parseShape(String s, String where) {
        String[] parts = s.trim().split("\\s*,\\s*");
        int count = 0;
        for (String p : parts) {
            count += p.isEmpty() ? 0 : 1;
        }
        if (count > 8) {
            throw new WeightsFileException(where + ": " + count + " dimensions; at most 8 are read");
        }
        int[] shape = new int[count];
        int i = 0;
        for (String p : parts) {
            if (!p.isEmpty()) {
                try {
                    shape[i++] = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    throw new WeightsFileException(where + ": dimension '" + dev.nnplay.engine.data.FileChecks.clip(p) + "' is too large");
                }
            }
        }
        return shape;
    }

    /** The bytes of an npz holding {@code arrays}, for tests and in-memory use. */
    static byte[] toBytes(Map<String, NpyArray> arrays) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(arrays, b);
        return b.toByteArray();
    }
}
