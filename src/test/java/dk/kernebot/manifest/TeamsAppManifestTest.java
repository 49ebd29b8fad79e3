package dk.kernebot.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Teams app package: valid against the Teams schema bundled offline, with proper icons, and buildable. */
class TeamsAppManifestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path MANIFEST = Path.of("manifest");

    @Test
    void theManifestAndItsEnglishLocalizationAreValid() throws Exception {
        Run run = run(List.of("node", "tools/node/validate-manifest.mjs", MANIFEST.toString()), List.of());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("valid: manifest v1.30");
    }

    @Test
    void theValidatorRejectsABrokenManifest(@TempDir Path copy) throws Exception {
        for (String file : List.of("manifest.json", "en-us.json", "color.png", "outline.png")) {
            Files.copy(MANIFEST.resolve(file), copy.resolve(file));
        }
        ObjectNode manifest = (ObjectNode) JSON.readTree(copy.resolve("manifest.json").toFile());
        ((ObjectNode) manifest.get("bots").get(0)).remove("scopes");
        Files.writeString(copy.resolve("manifest.json"), JSON.writeValueAsString(manifest));

        Run run = run(List.of("node", "tools/node/validate-manifest.mjs", copy.toString()), List.of());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("must have required property 'scopes'");
    }

    @Test
    void itIsDanishFirstWithEnglishAndDeclaresScopesCommandsAndMeetingPermissions() throws IOException {
        JsonNode manifest = JSON.readTree(MANIFEST.resolve("manifest.json").toFile());
        JsonNode english = JSON.readTree(MANIFEST.resolve("en-us.json").toFile());

        assertThat(manifest.path("localizationInfo").path("defaultLanguageTag").asString()).isEqualTo("da-dk");
        assertThat(manifest.path("bots").get(0).path("scopes").toString())
                .contains("personal").contains("team").contains("groupChat");
        assertThat(manifest.path("authorization").toString())
                .contains("OnlineMeeting.ReadBasic.Chat").contains("ChannelMeeting.ReadBasic.Group");
        JsonNode lists = manifest.path("bots").get(0).path("commandLists");
        for (int i = 0; i < lists.size(); i++) {
            for (int j = 0; j < lists.get(i).path("commands").size(); j++) {
                String key = "bots[0].commandLists[" + i + "].commands[" + j + "].";
                assertThat(english.path(key + "title").asString()).as(key + "title").isNotBlank();
                assertThat(english.path(key + "description").asString()).as(key + "description").isNotBlank();
            }
        }
        assertThat(lists.get(0).path("commands").toString()).contains("\"hjælp\"").contains("\"kort\"");
    }

    @Test
    void iconsHaveTeamsSizesAndTheOutlineIsWhiteOnTransparent() throws IOException {
        BufferedImage color = ImageIO.read(MANIFEST.resolve("color.png").toFile());
        BufferedImage outline = ImageIO.read(MANIFEST.resolve("outline.png").toFile());

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        boolean anyWhite = false;
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha != 0) {
                    assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
                    anyWhite = true;
                }
            }
        }
        assertThat(anyWhite).isTrue();
    }

    @Test
    void thePackageScriptFillsThePlaceholdersAndZipsFourFiles(@TempDir Path out) throws Exception {
        Run run = run(List.of("bash", "scripts/package-app.sh"), List.of(
                "MICROSOFT_APP_ID=11111111-2222-3333-4444-555555555555",
                "BOT_DOMAIN=https://kernebot.example.dk/api/messages",
                "OUTPUT_DIR=" + out));

        assertThat(run.exit()).as(run.output()).isZero();
        File zip = out.resolve("kernebot-teams-app.zip").toFile();
        try (ZipFile file = new ZipFile(zip)) {
            List<String> names = new ArrayList<>();
            file.entries().asIterator().forEachRemaining(e -> names.add(e.getName()));
            assertThat(names).containsExactlyInAnyOrder("manifest.json", "en-us.json", "color.png", "outline.png");
            String manifest = new String(file.getInputStream(file.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(manifest).doesNotContain("${{").contains("11111111-2222-3333-4444-555555555555")
                    .contains("\"kernebot.example.dk\"");
        }
    }

    @Test
    void thePackageScriptRefusesAMissingAppId(@TempDir Path out) throws Exception {
        Run run = run(List.of("bash", "scripts/package-app.sh"), List.of("BOT_DOMAIN=x.dk", "OUTPUT_DIR=" + out));

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("MICROSOFT_APP_ID");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, List<String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("MICROSOFT_APP_ID");
        builder.environment().remove("BOT_DOMAIN");
        for (String variable : environment) {
            String[] parts = variable.split("=", 2);
            builder.environment().put(parts[0], parts[1]);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command + " (Node.js and bash are needed)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
