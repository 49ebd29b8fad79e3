package dk.kernebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
