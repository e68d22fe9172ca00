import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws NN Playground's icon: a small network (two inputs, three hidden neurons, one output) over a
 * decision boundary in the playground's orange and blue, on a rounded square. Run from the repository
 * root, with any Java 17 or newer (no build needed):
 *
 * <pre>java assets/icons/DrawIcon.java assets/icons/nnplay.png 256</pre>
 *
 * The output is the same bits on every run (no randomness, no fonts), so the committed PNG can be
 * checked against this program.
 */
public final class DrawIcon {
    private static final Color ORANGE = new Color(0xF59322);
    private static final Color BLUE = new Color(0x0877BD);
    /** Orange links a shade deeper than the orange of the map under them, so they stand out. */
    private static final Color DEEP_ORANGE = new Color(0xE8780C);
    private static final Color MID = new Color(0xE8EAEB);
    private static final Color INK = new Color(0x24292F);

    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java assets/icons/DrawIcon.java OUT.png [SIZE]");
            System.exit(2);
        }
        int size = args.length == 2 ? Integer.parseInt(args[1]) : 256;
        File out = new File(args[0]);
        if (!ImageIO.write(draw(size), "png", out)) {
            throw new IOException("no PNG writer for " + out);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 256.0;
        g.scale(s, s);

        // The card: a heat map split by a curved boundary, as the output panel shows it, pale enough
        // for the network on top to read at menu size.
        RoundRectangle2D card = new RoundRectangle2D.Double(8, 8, 240, 240, 60, 60);
        BufferedImage heat = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double x = (px + 0.5) / size;
                double y = (py + 0.5) / size;
                double boundary = 0.62 - 0.16 * Math.sin(Math.PI * 2 * (x - 0.15));
                double t = Math.tanh((y - boundary) * 9);
                heat.setRGB(px, py, diverging(t, 0.42).getRGB());
            }
        }
        g.setClip(card);
        g.drawImage(heat, 0, 0, 256, 256, null);
        g.setClip(null);
        g.setStroke(new BasicStroke(4));
        g.setColor(new Color(0x24, 0x29, 0x2F, 60));
        g.draw(card);

        // The network: weights as lines whose colour is the sign and width the size, neurons on top.
        double[][] layers = {
            {92, 164},
            {64, 128, 192},
            {128},
        };
        double[] xs = {62, 128, 194};
        double[][][] weights = {
            {{0.9, -0.5, 0.7}, {-0.8, 0.6, -0.4}},
            {{1.0}, {-0.7}, {0.8}},
        };
        for (int l = 0; l < weights.length; l++) {
            for (int i = 0; i < layers[l].length; i++) {
                for (int j = 0; j < layers[l + 1].length; j++) {
                    double w = weights[l][i][j];
                    g.setColor(w > 0 ? BLUE : DEEP_ORANGE);
                    g.setStroke(new BasicStroke((float) (3 + 7 * Math.abs(w)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(xs[l], layers[l][i], xs[l + 1], layers[l + 1][j]));
                }
            }
        }
        for (int l = 0; l < layers.length; l++) {
            for (double y : layers[l]) {
                double r = l == layers.length - 1 ? 22 : 17;
                Ellipse2D node = new Ellipse2D.Double(xs[l] - r, y - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.fill(node);
                g.setColor(INK);
                g.setStroke(new BasicStroke(6));
                g.draw(node);
            }
        }
        // The output neuron holds its own small boundary: half orange, half blue.
        double r = 13;
        g.setClip(new Ellipse2D.Double(xs[2] - r, 128 - r, 2 * r, 2 * r));
        g.setColor(ORANGE);
        g.fillRect((int) (xs[2] - r), (int) (128 - r), (int) (2 * r), (int) (2 * r));
        g.setColor(BLUE);
        g.fill(new java.awt.geom.Rectangle2D.Double(xs[2] - r, 128, 2 * r, r));
        g.setClip(null);
        g.dispose();
        return img;
    }

    /** {@code t} in [−1, 1]: orange through grey to blue, mixed with white by {@code 1 − strength}. */
    private static Color diverging(double t, double strength) {
        Color end = t < 0 ? ORANGE : BLUE;
        double a = Math.abs(t);
        double r = MID.getRed() + (end.getRed() - MID.getRed()) * a;
        double gr = MID.getGreen() + (end.getGreen() - MID.getGreen()) * a;
        double b = MID.getBlue() + (end.getBlue() - MID.getBlue()) * a;
        r = 255 + (r - 255) * strength;
        gr = 255 + (gr - 255) * strength;
        b = 255 + (b - 255) * strength;
        return new Color((int) Math.round(r), (int) Math.round(gr), (int) Math.round(b));
    }
}
