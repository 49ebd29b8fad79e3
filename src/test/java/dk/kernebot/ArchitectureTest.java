package dk.kernebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.kernebot.cards.CardRenderer;
import dk.kernebot.session.StepDefinition;
import org.junit.jupiter.api.Test;

/** Keeps the retired Bot Framework SDK behind the Teams adapter, so it can be swapped without touching features. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kernebot");

    @Test
    void onlyTheTeamsPackageUsesTheBotFrameworkSdk() {
        noClasses().that().resideOutsideOfPackage("dk.kernebot.teams..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
                .check(MAIN);
    }

    /** The outbox decides when and how often; only the send itself, behind MessageTransport, knows Teams. */
    @Test
    void theOutboxKnowsNothingOfTheBotFrameworkSdkNorOfTheTeamsAdapter() {
        noClasses().that().resideInAPackage("dk.kernebot.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.bot..", "dk.kernebot.teams..")
                .check(MAIN);
    }

    @Test
    void featuresDoNotDependOnTheTeamsAdapter() {
        noClasses().that().resideOutsideOfPackage("dk.kernebot.teams..")
                .should().dependOnClassesThat().resideInAPackage("dk.kernebot.teams..")
                .check(MAIN);
    }

    @Test
    void springNeverSerialisesSdkObjectsBecauseFeaturesSpeakJackson3OrStrings() {
        noClasses().that().resideOutsideOfPackage("dk.kernebot.teams..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .check(MAIN);
    }

    /**
     * What a step does is its step type's business: only the types (dk.kernebot.session.kind) look at a step's
     * kind, so the lifecycle, the cards and the other features never switch on it, and a new kind is one class.
     */
    @Test
    void onlyTheStepTypesLookAtAStepsKind() {
        noClasses().that().resideOutsideOfPackage("dk.kernebot.session.kind..")
                .should().callMethod(StepDefinition.class, "kind")
                .because("a class outside the step types that reads the kind is about to switch on it")
                .check(MAIN);
    }

    /**
     * Card data is a typed view record ({@code CardRenderer.render(view)}), so a misspelt field fails a test instead
     * of leaving an empty line in Teams. No exceptions: the map path in CardRenderer is for the template tests only.
     */
    @Test
    void cardsAreBoundFromTypedViewsNotFromMaps() {
        noClasses().that().doNotBelongToAnyOf(CardRenderer.class)
                .should().callMethod(CardRenderer.class, "render", String.class, Object.class)
                .because("string-keyed card data agrees with its template only by luck; bind a CardView record")
                .check(MAIN);
    }

    /** The session engine stays readable: no file in it over 250 lines. */
    @Test
    void noSessionFileIsOver250Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dk/kernebot/session"))) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 250)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
            assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
