package dev.nnplay.engine.data;

/**
 * What the user interface needs to list a generator: its name in project files, a title for the menu,
 * what it is for, and a sentence for the tooltip.
 *
 * @param name        the name in {@link GeneratorSpec#name()}, such as {@code spiral}
 * @param title       the name shown to people, such as {@code Spiral}
 * @param task        classification or regression
 * @param dims        number of input columns: 2 for points {@code (x1, x2)}, 1 for curves {@code y(x)}
 * @param fixedPoints true when samples, noise and seed change nothing (the four-point line)
 * @param description one sentence on the shape and what it teaches
 */
public record GeneratorInfo(String name, String title, Task task, int dims, boolean fixedPoints,
                            String description) {

    /** Whether the points are {@code (x1, x2)}, so that the 2-D features and the heat map apply. */
    public boolean isTwoD() {
        return dims == 2;
    }
}
