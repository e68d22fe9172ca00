package dev.nnplay.engine.lesson;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.train.TrainingSession;
import java.nio.file.Path;
import java.util.List;

/** The shipped lessons, and training them headless on the reference kernels (deterministic). */
final class LessonFixtures {
    private LessonFixtures() {
    }

    /** {@code assets/lessons}. */
    static Path dir() {
        Path d = Lessons.folder();
        assertNotNull(d, "assets/lessons not found above the test classes");
        return d;
    }

    /** The lesson whose folder is {@code id}, in English. */
    static Lesson lesson(String id) {
        return Lessons.load(dir().resolve(id), "en");
    }

    /** A fresh session of {@code p} (data relative to the lesson's folder). */
    static TrainingSession session(Lesson l, Project p) {
        return LoadedProject.load(p, l.folder()).newSession(ReferenceKernels.INSTANCE);
    }

    /** A fresh session of the lesson's project with {@code step}'s settings applied. */
    static TrainingSession sessionAfter(Lesson l, String step) {
        return session(l, l.spec().step(step).settings().applyTo(l.project()));
    }

    /** Compare runs as the lesson defines them, labelled by run id. */
    static Comparison compare(Lesson l) {
        List<Comparison.RunSpec> runs = l.spec().compare().stream()
                .map(r -> new Comparison.RunSpec(r.id(), r.settings())).toList();
        return new Comparison(l.project(), l.folder(), runs, ReferenceKernels.INSTANCE);
    }

    /** Trains {@code s} for {@code epochs} epochs. */
    static TrainingSession train(TrainingSession s, int epochs) {
        for (int e = 0; e < epochs; e++) {
            s.stepEpoch();
        }
        return s;
    }

    /** The index of the run called {@code id}. */
    static int run(Lesson l, String id) {
        for (int i = 0; i < l.spec().compare().size(); i++) {
            if (l.spec().compare().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no run " + id);
    }
}
