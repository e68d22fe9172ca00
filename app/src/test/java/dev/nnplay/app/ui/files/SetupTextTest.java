package dev.nnplay.app.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.TestPlayground;
import dev.nnplay.app.ui.common.DialogService.SaveAnswer;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** File ▸ Copy setup and Paste setup: one line out, the same playground back; a damaged line changes nothing. */
class SetupTextTest {

    @Test
    void copiedSetupPastesBackTheSamePlayground() throws Exception {
        Project xor = ProjectIO.read(Path.of("assets/lessons/07-xor-needs-a-hidden-layer/project.json"));
        try (TestPlayground vm = TestPlayground.headless(xor)) {
            vm.setNetwork(NetworkSpec.of(Activation.RELU, 5, 3));
            vm.setLearningRate(0.07);
            vm.stepEpoch();
            vm.awaitIdle(30, TimeUnit.SECONDS);
            Project before = vm.toProject(false);
            String text = vm.model().files().copySetup().get(30, TimeUnit.SECONDS);
            assertTrue(text.startsWith("nnplay:1:") && !text.contains("\n"), text);

            vm.setNetwork(NetworkSpec.of(Activation.TANH, 2));
            vm.dialogs().saveAnswers.add(SaveAnswer.DONT_SAVE);
            assertTrue(vm.model().files().pasteSetup("  " + text + "\n").get(30, TimeUnit.SECONDS));
            vm.awaitIdle(30, TimeUnit.SECONDS);
            Project after = vm.toProject(false);
            assertEquals(before.network(), after.network());
            assertEquals(before.training(), after.training());
            assertEquals(before.data(), after.data());
            assertEquals(before.seed(), after.seed());
            assertEquals(0, vm.snapshotProperty().get().step(), "a setup has no weights: training starts over");
        }
    }

    @Test
    void aDamagedSetupSaysSoAndChangesNothing() throws Exception {
        try (TestPlayground vm = TestPlayground.headless()) {
            NetworkSpec n = vm.networkProperty().get();
            assertFalse(vm.model().files().pasteSetup("nnplay:1:AAAA-broken").get(30, TimeUnit.SECONDS));
            assertFalse(vm.model().files().pasteSetup("a recipe for soup").get(30, TimeUnit.SECONDS));
            assertEquals(2, vm.dialogs().errors.size(), String.valueOf(vm.dialogs().errors));
            for (String e : vm.dialogs().errors) {
                assertFalse(e.contains("Exception") || e.contains("java."), e);
            }
            assertTrue(vm.dialogs().asked.isEmpty(), "nothing asked about unsaved work for a bad line");
            assertEquals(n, vm.networkProperty().get());
        }
    }
}
