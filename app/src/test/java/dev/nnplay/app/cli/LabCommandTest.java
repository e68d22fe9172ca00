package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.lab.OptimizerPath;
import dev.nnplay.engine.lab.Surface;
import dev.nnplay.engine.lab.TestSurface;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code nnplay lab}: the picture and the CSV of the paths, and one clear line for bad arguments. */
class LabCommandTest {

    @TempDir
    Path tmp;

    @Test
    void drawsTheMapAndWritesThePaths() throws IOException {
        Path png = tmp.resolve("lab.png");
        Path csv = tmp.resolve("paths.csv");
        CliTest.Run r = nnplay("lab", "--surface", "ravine", "--optimizers", "sgd,momentum,adam", "--steps", "50",
                "--out", png.toString(), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("sgd"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(LabPicture.fittingHeight(TestSurface.RAVINE, 900), img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > LabPicture.LEVELS, "a filled contour map: " + colours.size() + " colours");

        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,learning_rate,step,θ₁,θ₂,loss", lines.get(0));
        assertEquals(1 + 3 * 51, lines.size());
        OptimizerPath adam = new OptimizerPath(TestSurface.RAVINE,
                OptimizerSpec.of("adam", TestSurface.RAVINE.suggestedRate("adam")), -9, 3);
        adam.run(50);
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals("adam", last[0]);
        assertEquals("50", last[2]);
        assertEquals((float) adam.x(50), Float.parseFloat(last[3]));
        assertEquals((float) adam.y(50), Float.parseFloat(last[4]));
        assertEquals(adam.loss(50), Double.parseDouble(last[5]));
    }

    @Test
    void lineWithOwnRatesAndStart() throws IOException {
        Path csv = tmp.resolve("line.csv");
        CliTest.Run r = nnplay("lab", "--surface", "line", "--optimizers", "sgd,adamw", "--lr", "sgd=0.02,adamw=0.2",
                "--start", "2,-1", "--steps", "3", "--csv", csv.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,learning_rate,step,w,b,loss", lines.get(0));
        assertEquals("sgd,0.02,0,2.0,-1.0," + Surface.named("line").value(2, -1), lines.get(1));
        assertTrue(lines.get(5).startsWith("adamw,0.2,0,"), lines.get(5));
    }

    @Test
    void divergenceIsReported() {
        CliTest.Run r = nnplay("lab", "--surface", "ravine", "--optimizers", "sgd", "--lr", "0.7", "--steps", "400",
                "--out", tmp.resolve("d.png").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("(diverged)"), r.out());
        assertTrue(Files.exists(tmp.resolve("d.png")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--surface valley|unknown surface 'valley'",
        "--optimizers sgd,lbfgs|unknown optimizer 'lbfgs'",
        "--optimizers sgd,sgd|sgd is listed twice",
        "--lr fast|--lr: 'fast' is not a number",
        "--lr rmsprop=0.1|--lr: expected OPTIMIZER=RATE for one of sgd, momentum, adam",
        "--lr -1|--lr for sgd: learning rate must be above 0",
        "--start 1|--start: expected two numbers",
        "--size 10x10|--size: expected WIDTHxHEIGHT",
        "--steps -1|--steps must be 0 to"})
    void badArgumentsGetOneLineAndExitTwo(String args, String message) {
        Path png = tmp.resolve("bad.png");
        String[] extra = args.split(" ");
        String[] all = new String[extra.length + 3];
        all[0] = "lab";
        System.arraycopy(extra, 0, all, 1, extra.length);
        all[extra.length + 1] = "--out";
        all[extra.length + 2] = png.toString();
        CliTest.Run r = nnplay(all);
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("nnplay: ") && r.err().contains(message), r.err());
        assertFalse(Files.exists(png), "nothing written");
    }

    @Test
    void nothingToWriteIsAnError() {
        CliTest.Run r = nnplay("lab", "--surface", "saddle");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--out"), r.err());
    }
}
