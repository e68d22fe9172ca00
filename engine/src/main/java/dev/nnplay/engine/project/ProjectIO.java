package dev.nnplay.engine.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes project files. Reading is strict: an unknown field, a value of the wrong type, or a
 * setting out of range is a {@link ProjectException} whose message names the file, the line and
 * column, the field's path (such as {@code network.hidden[1].units}) and the problem. Writing is
 * atomic. Arrays of numbers are written on one line each, so weight matrices stay readable.
 */
public final class ProjectIO {

    /** The largest project file read or written ({@link FileLimits#MAX_PROJECT_BYTES}). */
    public static final long MAX_BYTES = FileLimits.MAX_PROJECT_BYTES;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(Numbers.reading());

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);

    private static final ObjectWriter WRITER = MAPPER.writer(PRETTY);

    /** Projects only: long number lists as base64 float32 (format version 2). */
    private static final ObjectWriter PROJECT_WRITER = MAPPER.copy().registerModule(Numbers.base64Writing())
            .writer(PRETTY);

    private ProjectIO() {
    }

    /** The JSON mapper with the project's settings, for other readers of the same types. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The pretty printer projects are written with (number lists on one line), for other JSON files. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** Reads the project at {@code file}. */
    public static Project read(Path file) {
        String notAFile = dev.nnplay.engine.data.FileChecks.notAFile(file);
        if (notAFile != null) {
            throw new ProjectException(file + ": " + notAFile);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProjectException(file + ": " + size + " bytes is larger than the " + (MAX_BYTES >> 20)
                        + " MiB a project file may have");
            }
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ProjectException(file + ": is not UTF-8 text; a project file is JSON");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ProjectException(file + ": permission denied");
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be read (" + (e instanceof java.nio.file.FileSystemException f
                    && f.getReason() != null ? f.getReason() : "a read error") + ")");
        }
    }

    /** Parses project JSON; {@code where} names its origin in messages. */
    public static Project parse(String json, String where) {
        try {
            Project p = MAPPER.readValue(json, Project.class);
            if (p == null) {
                throw new ProjectException(where + ": is empty, not a project");
            }
            return p;
        } catch (JsonProcessingException e) {
            throw new ProjectException(where + ": " + describe(e), e);
        }
    }

    /**
     * The JSON text of {@code p}, as {@link #write} saves it: number lists of
     * {@link FileLimits#BASE64_FROM} values or more as base64 float32.
     *
     * @throws ProjectException if a value is NaN or infinite (it is never saved)
     */
    public static String toJson(Project p) {
        try {
            return PROJECT_WRITER.writeValueAsString(p.inCurrentVersion()) + "\n";
        } catch (Numbers.NonFinite e) {
            throw new ProjectException("not saved: " + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project could not be turned into JSON", e);
        }
    }

    /**
     * Saves {@code p} to {@code file} atomically: the old file stays whole if anything fails. A project
     * larger than a project file may be ({@link FileLimits#MAX_PROJECT_BYTES}) is refused, so that
     * nothing is written that could not be read back.
     */
    public static void write(Project p, Path file) throws IOException {
        String json;
        try {
            json = toJson(p);
        } catch (ProjectException e) {
            throw new ProjectException(file + ": " + e.getMessage(), e);
        }
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new ProjectException(file + ": not saved: the project would be " + bytes.length
                    + " bytes, more than the " + (MAX_BYTES >> 20) + " MiB a project file may have; use fewer or"
                    + " smaller layers, save without the optimizer's state, or export the weights as .npz");
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** One line: where in the file, which field, and what is wrong. */
    public static String describe(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            sb.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr()).append(": ");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path = path(m);
            if (!path.isEmpty()) {
                sb.append(path).append(": ");
            }
        }
        sb.append(shortened(problem(e)));
        return sb.toString();
    }

    private static String path(JsonMappingException m) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                // a field name from the file, shown short (an unknown one may be anything)
                p.append(p.length() == 0 ? "" : ".").append(dev.nnplay.engine.data.FileChecks.clip(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable c = v.getCause();
            while (c != null && c.getCause() != null && c.getCause() != c && !(c instanceof IllegalArgumentException)) {
                c = c.getCause();
            }
            if (c instanceof NullPointerException || c == null || c.getMessage() == null) {
                return "a value is missing (null or left out)";
            }
            return c.getMessage();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi) {
            String type = mi.getTargetType() != null ? simpleType(mi.getTargetType()) : "another type";
            return "expected " + type + " here";
        }
        String msg = plain(e.getOriginalMessage());
        if (msg.startsWith("Non-standard token '")) {
            // NaN, Infinity, -Infinity written as bare words
            String token = msg.substring("Non-standard token '".length(), msg.indexOf('\'', 20));
            return token + " is not a number this program reads; numbers must be finite";
        }
        int cut = msg.indexOf('\n');
        return cut > 0 ? msg.substring(0, cut) : msg;
    }

    /**
     * {@code problem} on one line, each quoted value from the file at most 40 characters and the whole
     * at most 300: a name the reader does not know is shown, not echoed whole.
     */
    static String shortened(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'").matcher(
                problem.replace('\n', ' ').replace('\r', ' '));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    "'" + dev.nnplay.engine.data.FileChecks.clip(m.group(1)) + "'"));
        }
        m.appendTail(out);
        return dev.nnplay.engine.data.FileChecks.clip(out.toString(), 300);
    }

    /**
     * A JSON parser's message in the program's words: without the settings it suggests enabling, the
     * character codes and the source excerpts it adds.
     */
    static String plain(String msg) {
        if (msg == null) {
            return "not valid JSON";
        }
        String m = msg.replaceAll(":? ?(?:[Ee]nable|or enable) `[^`]*`( to allow)?", "")
                .replaceAll(", from `StreamReadConstraints[^`]*`", "")
                .replaceAll(" \\(code [0-9]+\\)", "")
                .replaceAll(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll(" ?at \\[Source:[^\\]]*\\]", "")
                .replace("JSON spec does not allow", "JSON does not allow")
                .replaceAll("\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)",
                        "(a value: text in quotes, a number, a list, an object, null, true or false)");
        int cut = m.indexOf('\n');
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.strip().replaceAll("[:;,]$", "");
    }

    private static String simpleType(Class<?> t) {
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return "a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        return "an object (" + t.getSimpleName() + ")";
    }
}
