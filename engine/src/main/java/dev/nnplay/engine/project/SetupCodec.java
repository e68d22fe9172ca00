package dev.nnplay.engine.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A project's setup as one line of text to paste into a chat or onto a slide: the project without its
 * weights, transform, optimizer state or curves, as compact JSON, deflated (zlib, whose Adler-32
 * checksum catches a changed character) with a preset dictionary of the words every project has, and
 * written in URL-safe Base64 without padding, after the prefix {@code nnplay:1:} (1 is the version of
 * this encoding; the dictionary belongs to it and never changes within a version). Opening it gives
 * back the same project; a damaged or foreign text is a {@link SetupException} with one clear line.
 */
public final class SetupCodec {

    /** What every setup text starts with. */
    public static final String PREFIX = "nnplay:";
    /** The encoding's version, written after the prefix. */
    public static final int VERSION = 1;
    /** The largest project JSON a setup may unpack to; more is not a setup anyone shared. */
    static final int MAX_JSON_BYTES = FileLimits.MAX_SETUP_JSON_BYTES;

    /**
     * The preset dictionary of version 1: words and fragments of project JSON, the most common last
     * (zlib finds matches nearer the end more cheaply). Part of the format: never edit it.
     */
    private static final byte[] DICTIONARY = (
            "\"path\":\"\",\"label\":\"\",\"inline\":{\"inputs\":[\"x\"],\"targets\":[\"y\"],\"task\":\"regress\","
            + "\"classify\",\"classes\":[\"\"],\"rows\":[[1.0,2.0],[2.0,3.0]],\"csv\":{\"huberDelta\":\"alpha\":"
            + "\"momentum\":0.9,\"beta1\":\"beta2\":\"eps\":\"weightDecay\":\"stepSize\":\"gamma\":\"tMax\":"
            + "\"etaMin\":\"cosine\",\"exponential\",\"step\",\"l1\",\"l2\",\"mae\",\"huber\",\"softmax_ce\","
            + "\"sgd\",\"momentum\",\"nesterov\",\"adagrad\",\"rmsprop\",\"adamw\",\"zeros\",\"he_uniform\","
            + "\"torch_default\",\"leaky_relu\",\"sigmoid\",\"softplus\",\"gelu\",\"elu\",\"sine\",\"plane\","
            + "\"multigauss\",\"checkerboard\",\"blobs\",\"spiral\",\"moons\",\"gauss\",\"xor\",\"line4\","
            + "\"x1^2\",\"x2^2\",\"x1*x2\",\"sin(x1)\",\"sin(x2)\",\"standardize\",\"minmax\","
            + "\"dropout\":0.0},{\"units\":8,\"activation\":\"relu\",\"dropout\":0.0}],"
            + "{\"format\":\"nnplay-project\",\"version\":1,\"name\":\"\",\"description\":\"\",\"seed\":1,"
            + "\"data\":{\"source\":\"generator\",\"generator\":{\"name\":\"circle\",\"samples\":200,"
            + "\"noise\":0.1,\"seed\":1},\"features\":[\"x1\",\"x2\"],\"testRatio\":0.5,\"scaling\":\"none\"},"
            + "\"network\":{\"hidden\":[{\"units\":4,\"activation\":\"tanh\",\"dropout\":0.0}],"
            + "\"outputActivation\":\"identity\",\"init\":\"xavier_uniform\",\"initValue\":null},"
            + "\"training\":{\"loss\":\"bce\",\"optimizer\":{\"type\":\"adam\",\"learningRate\":0.03},"
            + "\"schedule\":{\"type\":\"constant\"},\"regularization\":{\"type\":\"none\",\"rate\":0.0},"
            + "\"batchSize\":10,\"epochs\":100,\"shuffle\":true}}").getBytes(StandardCharsets.UTF_8);

    /** The dictionary's Adler-32, which a zlib stream names its dictionary by. */
    private static final int DICTIONARY_ADLER = adler(DICTIONARY);

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    private SetupCodec() {
    }

    /** The one-line text of {@code p}'s setup (without weights). */
    public static String encode(Project p) {
        byte[] json;
        try {
            json = ProjectIO.mapper().writeValueAsBytes(p.untrained());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project could not be turned into JSON", e);
        }
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setDictionary(DICTIONARY);
        d.setInput(json);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return PREFIX + VERSION + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * The project in a setup text. Spaces and line breaks anywhere in it are ignored (chats wrap long
     * lines), and so are quotes around it.
     */
    public static Project decode(String text) {
        String t = text == null ? "" : SPACE.matcher(text).replaceAll("");
        if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
            t = t.substring(1, t.length() - 1);
        }
        if (!t.startsWith(PREFIX)) {
            throw new SetupException(SetupException.Problem.NOT_A_SETUP, t.isEmpty()
                    ? "the setup text is empty; paste a text that starts with '" + PREFIX + VERSION + ":'"
                    : "this is not an NN Playground setup: it should start with '" + PREFIX + VERSION + ":'");
        }
        int colon = t.indexOf(':', PREFIX.length());
        String version = colon < 0 ? "" : t.substring(PREFIX.length(), colon);
        if (!version.matches("[0-9]{1,6}")) {
            throw new SetupException(SetupException.Problem.DAMAGED,
                    "the setup text is damaged: no version after '" + PREFIX + "'");
        }
        if (Integer.parseInt(version) > VERSION) {
            throw new SetupException(SetupException.Problem.NEWER_VERSION, "this setup was made by a newer NN "
                    + "Playground (setup version " + Integer.parseInt(version) + "; this one reads version " + VERSION
                    + ")");
        }
        if (Integer.parseInt(version) < 1) {
            throw new SetupException(SetupException.Problem.DAMAGED, "the setup text is damaged: version " + version
                    + " does not exist");
        }
        String body = t.substring(colon + 1);
        if (body.isEmpty() || !BASE64URL.matcher(body).matches()) {
            throw new SetupException(SetupException.Problem.DAMAGED, body.isEmpty()
                    ? "the setup text is cut off: nothing follows '" + t + "'"
                    : "the setup text is damaged: it holds characters a setup never has (such as '"
                      + firstForeign(body) + "')");
        }
        byte[] json = inflate(body);
        try {
            return ProjectIO.parse(new String(json, StandardCharsets.UTF_8), "the setup");
        } catch (ProjectException e) {
            throw new SetupException(SetupException.Problem.INVALID, e.getMessage());
        }
    }

    private static byte[] inflate(String body) {
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw damaged();
        }
        Inflater inf = new Inflater();
        try {
            inf.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsDictionary()) {
                    if (inf.getAdler() != DICTIONARY_ADLER) {
                        throw damaged();
                    }
                    inf.setDictionary(DICTIONARY);
                    continue;
                }
                if (n == 0 && inf.needsInput()) {
                    throw damaged();
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_JSON_BYTES) {
                    throw new SetupException(SetupException.Problem.DAMAGED, "the setup text unpacks to more than "
                            + (MAX_JSON_BYTES >> 20) + " MiB, which no shared setup needs");
                }
            }
            if (inf.getRemaining() > 0) {
                throw damaged();
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged();
        } finally {
            inf.end();
        }
    }

    private static int adler(byte[] b) {
        java.util.zip.Adler32 a = new java.util.zip.Adler32();
        a.update(b);
        return (int) a.getValue();
    }

    private static SetupException damaged() {
        return new SetupException(SetupException.Problem.DAMAGED,
                "the setup text is damaged or cut off (copy the whole line again)");
    }

    private static String firstForeign(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
                return String.valueOf(c);
            }
        }
        return "?";
    }
}
