package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that cannot damage: links, pipes, permissions, left-over temporary files, groups, standard output. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    @AfterEach
    void restoreStdout() {
        AtomicFiles.setStandardOutput(System.out);
    }

    private static void write(Path p, String text) throws IOException {
        AtomicFiles.write(p, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = tmp.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), Path.of("real.txt"));
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("real.txt"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.txt", "real.txt"), names());
    }

    @Test
    void aDanglingSymlinkMakesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), Path.of("sub/made.txt"));
        write(link, "x");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x", Files.readString(tmp.resolve("sub/made.txt")));
    }

    @Test
    void aNamedPipeIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        write(fifo, "through the pipe");
        assertEquals("through the pipe", new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertFalse(Files.isRegularFile(fifo), "still a pipe, not a file renamed over it");
        assertEquals(List.of("pipe"), names());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        for (String perms : new String[] {"rw-r--r--", "rwxr-x---", "rw-------"}) {
            Path f = tmp.resolve("f" + perms.hashCode());
            Files.writeString(f, "old");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
            write(f, "new");
            assertEquals(perms, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
            assertEquals("new", Files.readString(f));
        }
    }

    @Test
    void aNewFileIsReadableByOthersAsTheUmaskAllows() throws IOException {
        Path f = tmp.resolve("new.txt");
        write(f, "x");
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f),
                "the same permissions as a file made the ordinary way, not a temporary file's 0600");
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNextWrite() throws IOException {
        Path f = tmp.resolve("model.onnx");
        Path dead = Files.writeString(tmp.resolve(".model.onnx.2147483646.1a2b.tmp"), "half");
        long self = ProcessHandle.current().pid();
        Path earlierSelf = Files.writeString(tmp.resolve(".model.onnx." + self + ".99.tmp"), "half");
        Files.setLastModifiedTime(earlierSelf, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Path live = Files.writeString(tmp.resolve(".model.onnx." + self + ".77.tmp"), "being written");
        Path other = Files.writeString(tmp.resolve(".other.onnx.2147483646.1.tmp"), "another file's");
        write(f, "whole");
        assertFalse(Files.exists(dead), "a dead process's temporary file is removed");
        assertFalse(Files.exists(earlierSelf), "one from before this process started (a reused id) too");
        assertTrue(Files.exists(live), "a temporary file this process may be writing now stays");
        assertTrue(Files.exists(other), "another target's temporary file is not touched");
        assertEquals("whole", Files.readString(f));
    }

    @Test
    void aGroupIsWrittenWholeOrNotAtAll() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.py"), "old a");
        Path b = Files.writeString(tmp.resolve("b.npz"), "old b");
        Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
        files.put(b, out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
        files.put(a, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        });
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(files));
        assertEquals(a + ": No space left on device", e.getMessage(), "a full disk names the file");
        assertEquals("old a", Files.readString(a));
        assertEquals("old b", Files.readString(b), "the first file is not replaced when the second fails");
        assertEquals(List.of("a.py", "b.npz"), names(), "no temporary file is left");
        files.put(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.writeAll(files);
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
    }

    @Test
    void dashIsStandardOutput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicFiles.setStandardOutput(out);
        write(Path.of("-"), "to stdout");
        assertEquals("to stdout", out.toString(StandardCharsets.UTF_8));
        assertArrayEquals(new String[0], tmp.toFile().list());
        assertTrue(AtomicFiles.isStdio(Path.of("-")));
        assertFalse(AtomicFiles.isStdio(Path.of("./-")), "./- is a file named '-'");
    }

    @Test
    void aFolderIsNotWrittenOver() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("d"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> write(dir, "x"));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(dir));
    }
}
