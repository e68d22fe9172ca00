package dev.nnplay.engine.project;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that they are never seen half-written and nothing else is damaged:
 * <ul>
 * <li>A regular file (or a new one) is written to a temporary file beside it, flushed to disk, then
 * renamed over the target; a replaced file keeps its permissions, a new one gets the usual ones (the
 * umask's). If anything fails, the old file is left as it was and the temporary file removed.</li>
 * <li>A symbolic link is followed: the file it points to is replaced as above, the link stays.</li>
 * <li>A device, a named pipe or another file that is not a regular one (such as {@code /dev/null}) is
 * written in place, as it is; it is never renamed over.</li>
 * <li>{@code -} is standard output ({@link #setStandardOutput}).</li>
 * <li>Temporary files are named {@code .NAME.PID.RANDOM.tmp}; those left by a process that no longer
 * runs (one killed mid-write) are removed by the next write into the same folder.</li>
 * <li>{@link #writeAll} writes several files as one: all are written and flushed first, then renamed
 * into place one right after another, so an export of several files never mixes old and new ones
 * unless the machine stops within those few renames.</li>
 * <li>A failing write (a full disk, say) is a {@link FileSystemException} that names the target.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** Writes the bytes of a whole file to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The name that means standard input or output. */
    public static final String STDIO = "-";

    private static final String TMP_SUFFIX = ".tmp";
    private static final long PID = ProcessHandle.current().pid();
    private static volatile OutputStream stdout = System.out;

    private AtomicFiles() {
    }

    /** Whether {@code p} is {@code -}, standard input or output. */
    public static boolean isStdio(Path p) {
        return p != null && p.getNameCount() == 1 && !p.isAbsolute() && STDIO.equals(p.toString());
    }

    /** Where {@code -} writes to (the command line sets it; standard output by default). */
    public static void setStandardOutput(OutputStream out) {
        stdout = out;
    }

    /** Replaces {@code target} with what {@code writer} writes, as the class comment says. */
    public static void write(Path target, Writer writer) throws IOException {
        Map<Path, Writer> one = new LinkedHashMap<>();
        one.put(target, writer);
        writeAll(one);
    }

    /**
     * Writes every file of {@code files} (target to writer): all to temporary files first, then all
     * renamed into place. If any write fails, no target is touched.
     */
    public static void writeAll(Map<Path, Writer> files) throws IOException {
        List<Staged> staged = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, Writer> e : files.entrySet()) {
                staged.add(stage(e.getKey(), e.getValue()));
            }
            for (Staged s : staged) {
                s.commit();
            }
            done = true;
        } finally {
            if (!done) {
                for (Staged s : staged) {
                    s.abort();
                }
            }
        }
    }

    /** A written temporary file waiting to be renamed over its target, or a target already written in place. */
    private record Staged(Path shown, Path tmp, Path target) {
        void commit() throws IOException {
            if (tmp == null) {
                return;
            }
            try {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw named(shown, e);
            }
        }

        void abort() {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more can be done; the next write into this folder removes it
                }
            }
        }
    }

    private static Staged stage(Path shown, Writer writer) throws IOException {
        if (isStdio(shown)) {
            OutputStream out = stdout;
            try {
                writer.write(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush(); // standard output stays open for what follows
                    }
                });
                out.flush();
            } catch (IOException e) {
                throw named(Path.of("standard output"), e);
            }
            return new Staged(shown, null, null);
        }
        Path abs = shown.toAbsolutePath();
        Path target = followLinks(abs);
        if (Files.isDirectory(abs)) {
            throw new FileSystemException(shown.toString(), null, "is a folder, not a file");
        }
        if (target == null || Files.exists(target) && !Files.isRegularFile(target)) {
            // a device, a pipe, or a descriptor such as /dev/stdout: written as it is, never replaced
            // (appending, so that a shell's >> keeps what the file held)
            try (OutputStream out = Files.newOutputStream(target == null ? abs : target, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                writer.write(out);
            } catch (IOException e) {
                throw named(shown, e);
            }
            return new Staged(shown, null, null);
        }
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
            removeStale(dir, target.getFileName().toString());
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + PID + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + TMP_SUFFIX);
        boolean written = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.write(out);
                out.flush();
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            keepPermissions(target, tmp);
            written = true;
        } catch (IOException e) {
            throw named(shown, e);
        } finally {
            if (!written) {
                Files.deleteIfExists(tmp);
            }
        }
        return new Staged(shown, tmp, target);
    }

    /**
     * The file {@code p} names once every symbolic link on the way is followed (it may not exist yet),
     * or null when the way passes through an open descriptor ({@code /dev/stdout} is a link to
     * {@code /proc/self/fd/1}), which only the system can follow.
     */
    static Path followLinks(Path p) throws IOException {
        Path cur = p;
        for (int hops = 0; Files.isSymbolicLink(cur); hops++) {
            if (hops > 40) {
                throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
            }
            if (cur.startsWith("/proc") || cur.startsWith("/dev/fd")) {
                return null;
            }
            Path link = Files.readSymbolicLink(cur);
            cur = cur.resolveSibling(link).normalize();
        }
        return cur;
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (old == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> perms = old.readAttributes().permissions();
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Removes {@code .NAME.PID.*.tmp} files in {@code dir} whose process no longer runs. */
    private static void removeStale(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String f = p.getFileName().toString();
            return f.startsWith(prefix) && f.endsWith(TMP_SUFFIX);
        })) {
            for (Path p : ds) {
                String rest = p.getFileName().toString().substring(prefix.length());
                int dot = rest.indexOf('.');
                long pid;
                try {
                    pid = Long.parseLong(dot > 0 ? rest.substring(0, dot) : "x");
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                if (!stillWriting(pid, Files.getLastModifiedTime(p).toInstant())) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | SecurityException e) {
            // cleaning is a courtesy; the write itself goes on
        }
    }

    /**
     * Whether process {@code pid} runs and started before {@code written}, so that it may be writing
     * that temporary file now (a process id used again by a later process does not count).
     */
    private static boolean stillWriting(long pid, java.time.Instant written) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(t -> !t.isAfter(written)).orElse(true))
                .orElse(false);
    }

    /** {@code e} as a message that names {@code file} and says what went wrong. */
    private static FileSystemException named(Path file, IOException e) {
        String reason;
        if (e instanceof FileSystemException f) {
            reason = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            if (f instanceof java.nio.file.AccessDeniedException) {
                reason = "permission denied";
            } else if (f instanceof java.nio.file.NoSuchFileException) {
                reason = "no such file or folder";
            }
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        FileSystemException out = new FileSystemException(file.toString(), null, reason);
        out.initCause(e);
        return out;
    }
}
