package dev.nnplay.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between packages, as docs/architecture.md draws them: each package is a slice and no
 * two depend on each other in a circle; the engine knows no JavaFX and no program; only the Panama
 * package sees the incubating vector API; the workspace knows no JavaFX; views reach the engine's
 * machinery only through their view models.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nnplay");
    }

    /** Every package on its own, the root of a feature apart from its sub-packages. */
    static ArchRule noPackageCycles() {
        return slices().matching("dev.nnplay.(**)").should().beFreeOfCycles();
    }

    static ArchRule engineKnowsNoWindow() {
        return noClasses().that().resideInAPackage("dev.nnplay.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.nnplay.app..");
    }

    static ArchRule vectorApiOnlyInThePanamaPackage() {
        return noClasses().that().resideOutsideOfPackage("dev.nnplay.engine.kernel.panama..").should()
                .dependOnClassesThat().resideInAPackage("jdk.incubator.vector..");
    }

    static ArchRule workspaceKnowsNoJavaFx() {
        return noClasses().that().resideInAPackage("dev.nnplay.app.workspace..").should().dependOnClassesThat()
                .resideInAPackage("javafx..");
    }

    static ArchRule viewsGoThroughViewModels() {
        return noClasses().that().areAssignableTo(javafx.scene.Node.class).should().dependOnClassesThat()
                .resideInAnyPackage("dev.nnplay.app.workspace..", "dev.nnplay.engine.kernel..",
                        "dev.nnplay.engine.project..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Trainer")
                .orShould().dependOnClassesThat().haveSimpleName("TrainingSession");
    }

    @Test
    void noPackageDependsOnItselfInACircle() {
        noPackageCycles().check(classes);
    }

    @Test
    void theEngineImportsNoJavaFxAndNoProgram() {
        engineKnowsNoWindow().check(classes);
    }

    @Test
    void onlyThePanamaPackageImportsTheVectorApi() {
        vectorApiOnlyInThePanamaPackage().check(classes);
    }

    @Test
    void theWorkspaceImportsNoJavaFx() {
        workspaceKnowsNoJavaFx().check(classes);
    }

    @Test
    void viewsReachTheEngineOnlyThroughViewModels() {
        viewsGoThroughViewModels().check(classes);
    }
}
