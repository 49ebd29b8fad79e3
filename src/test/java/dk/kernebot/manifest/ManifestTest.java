package dk.kernebot.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Teams app package: manifest/ is valid offline against the newest Teams schema bundled in
 * tools/node (@microsoft/app-manifest), the validator really rejects broken manifests, the icons meet
 * Teams' rules, every command has an English translation, and scripts/package-app.sh builds the zip.
 * Needs Node.js: without it these tests fail, they are not skipped.
 */
class ManifestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath();
    private static final Path MANIFEST_DIR = PROJECT.resolve("manifest");
    private static final Path VALIDATOR = PROJECT.resolve("tools/node/validate-manifest.mjs");
    private static final Path SCHEMAS = PROJECT.resolve("tools/node/node_modules/@microsoft/app-manifest/build/json-schemas/teams");
    private static final Path WORK = PROJECT.resolve("target/manifest-test");
    private static final List<String> PACKAGE_FILES = List.of("manifest.json", "en-us.json", "color.png", "outline.png");
    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";

    @BeforeAll
    static void nodeIsInstalled() throws Exception {
        Run run;
        try {
            run = run(List.of("node", "--version"), Map.of());
        } catch (IOException e) {
            throw new AssertionError("Node.js is required for the Teams manifest tests (the official schema "
                    + "validator runs in node): install Node 20+ so that 'node' is on the PATH", e);
        }
        assertThat(run.exit()).as("node --version: " + run.output()).isZero();
        assertThat(SCHEMAS).as("tools/node dependencies are missing: run 'npm ci' in tools/node "
                + "(the Maven build does this before the tests)").isDirectory();
    }

    // --- the validator -------------------------------------------------------------------------------------

    @Test
    void theManifestTemplateIsValidAgainstTheBundledSchema() throws Exception {
        Run run = validate(MANIFEST_DIR.resolve("manifest.json"));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("valid: manifest v1.30").contains("en-us.json (en-us) checked");
    }

    @Test
    void theManifestUsesTheNewestSchemaTheToolsBundle() throws Exception {
        String newest;
        try (Stream<Path> versions = Files.list(SCHEMAS)) {
            newest = versions.map(p -> p.getFileName().toString())
                    .filter(v -> v.matches("v\\d+\\.\\d+"))
                    .max(Comparator.comparingInt((String v) -> Integer.parseInt(v.substring(1).split("\\.")[0]))
                            .thenComparingInt(v -> Integer.parseInt(v.split("\\.")[1])))
                    .orElseThrow();
        }
        JsonNode manifest = manifest();
        JsonNode english = english();

        assertThat("v" + manifest.path("manifestVersion").asString()).isEqualTo(newest);
        assertThat(manifest.path("$schema").asString()).contains("/" + newest + "/MicrosoftTeams.schema.json");
        assertThat(english.path("$schema").asString()).contains("/" + newest + "/MicrosoftTeams.Localization.schema.json");
    }

    @Test
    void theValidatorRejectsAManifestWithoutBotScopes() throws Exception {
        Run run = validateBrokenCopy(manifest -> ((ObjectNode) manifest.get("bots").get(0)).remove("scopes"), null);

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("INVALID").contains("must have required property 'scopes'");
    }

    @Test
    void theValidatorRejectsAnUnknownManifestVersion() throws Exception {
        Run run = validateBrokenCopy(manifest -> ((ObjectNode) manifest).put("manifestVersion", "1.99"), null);

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("/manifestVersion must be equal to constant");
    }

    @Test
    void theValidatorRejectsABadLocalization() throws Exception {
        Run run = validateBrokenCopy(null, english -> {
            ((ObjectNode) english).put("name.short", "A name far longer than thirty characters");
            ((ObjectNode) english).put("bots[0].commandLists[0].commands[11].title", "no such command");
        });

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .contains("en-us.json: /name.short must NOT have more than 30 characters")
                .contains("\"bots[0].commandLists[0].commands[11].title\" has no counterpart in manifest.json");
    }

    @Test
    void theValidatorRejectsAColouredOutlineIcon() throws Exception {
        Path copy = copyOfManifest();
        Files.copy(MANIFEST_DIR.resolve("color.png"), copy.resolve("outline.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Run run = validate(copy.resolve("manifest.json"));

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("outline.png is 192x192, Teams needs 32x32")
                .contains("outline.png must be white on transparent");
    }

    // --- the manifest's content ----------------------------------------------------------------------------

    @Test
    void itIsADanishFirstBotForPersonalTeamAndGroupChatWithMeetingEvents() throws IOException {
        JsonNode manifest = manifest();
        JsonNode bot = manifest.path("bots").get(0);

        assertThat(manifest.path("name").path("short").asString()).isEqualTo("Kernebot");
        assertThat(manifest.path("name").path("full").asString()).isEqualTo("Kernebot – kvalitetsarbejde i dagtilbud");
        assertThat(manifest.path("localizationInfo").path("defaultLanguageTag").asString()).isEqualTo("da-dk");
        assertThat(manifest.path("localizationInfo").path("additionalLanguages").get(0).path("languageTag").asString())
                .isEqualTo("en-us");
        assertThat(texts(bot.path("scopes"))).containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(bot.path("supportsFiles").asBoolean(true)).isFalse();
        assertThat(bot.path("isNotificationOnly").asBoolean(true)).isFalse();
        assertThat(manifest.path("id").asString()).isEqualTo("${{MICROSOFT_APP_ID}}");
        assertThat(bot.path("botId").asString()).isEqualTo("${{MICROSOFT_APP_ID}}");
        assertThat(manifest.path("webApplicationInfo").path("id").asString()).isEqualTo("${{MICROSOFT_APP_ID}}");
        assertThat(texts(manifest.path("validDomains"))).contains("${{BOT_DOMAIN}}");
        Map<String, String> rsc = new LinkedHashMap<>();
        manifest.path("authorization").path("permissions").path("resourceSpecific")
                .forEach(p -> rsc.put(p.path("name").asString(), p.path("type").asString()));
        assertThat(rsc).containsEntry("OnlineMeeting.ReadBasic.Chat", "Application")
                .containsEntry("ChannelMeeting.ReadBasic.Group", "Application");
    }

    @Test
    void everyScopeListsTheCoreCommandsAndAtMostTen() throws IOException {
        Set<String> scopesWithCommands = new HashSet<>();
        for (JsonNode list : manifest().path("bots").get(0).path("commandLists")) {
            List<String> titles = new ArrayList<>();
            list.path("commands").forEach(c -> titles.add(c.path("title").asString()));
            List<String> scopes = texts(list.path("scopes"));
            assertThat(titles).as("commands for %s", scopes)
                    .contains("hjælp", "kort", "temaer", "svar").hasSizeLessThanOrEqualTo(10).doesNotHaveDuplicates();
            list.path("commands").forEach(c -> assertThat(c.path("description").asString())
                    .as("Danish description of %s", c.path("title").asString()).isNotBlank());
            scopesWithCommands.addAll(scopes);
        }
        assertThat(scopesWithCommands).containsExactlyInAnyOrder("personal", "team", "groupChat");
    }

    @Test
    void everyCommandHasAnEnglishTitleAndDescription() throws IOException {
        JsonNode english = english();
        JsonNode lists = manifest().path("bots").get(0).path("commandLists");
        Set<String> expectedKeys = new HashSet<>();
        for (int i = 0; i < lists.size(); i++) {
            JsonNode commands = lists.get(i).path("commands");
            for (int j = 0; j < commands.size(); j++) {
                for (String field : List.of("title", "description")) {
                    String key = "bots[0].commandLists[" + i + "].commands[" + j + "]." + field;
                    expectedKeys.add(key);
                    assertThat(english.path(key).asString()).as(key + " (\"" + commands.get(j).path(field).asString()
                            + "\") in en-us.json").isNotBlank();
                }
            }
        }
        List<String> commandKeys = new ArrayList<>();
        english.propertyNames().forEach(name -> {
            if (name.startsWith("bots[")) {
                commandKeys.add(name);
            }
        });
        assertThat(commandKeys).as("English command entries without a command").containsExactlyInAnyOrderElementsOf(expectedKeys);
        for (String key : List.of("name.short", "name.full", "description.short", "description.full")) {
            assertThat(english.path(key).asString()).as(key).isNotBlank();
        }
    }

    // --- the icons -------------------------------------------------------------------------------------------

    @Test
    void theColourIconIs192PixelsSquare() throws IOException {
        BufferedImage color = ImageIO.read(MANIFEST_DIR.resolve("color.png").toFile());

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
    }

    @Test
    void theOutlineIconIs32PixelsSquareWhiteOnTransparent() throws IOException {
        BufferedImage outline = ImageIO.read(MANIFEST_DIR.resolve("outline.png").toFile());

        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).as("outline.png has an alpha channel").isTrue();
        int visible = 0;
        int transparent = 0;
        for (int y = 0; y < outline.getHeight(); y++) {
            for (int x = 0; x < outline.getWidth(); x++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 == 0) {
                    transparent++;
                } else {
                    assertThat(argb & 0xFFFFFF).as("colour of visible pixel (%d,%d)", x, y).isEqualTo(0xFFFFFF);
                    visible++;
                }
            }
        }
        assertThat(visible).as("white pixels").isPositive();
        assertThat(transparent).as("transparent pixels").isPositive();
    }

    // --- the package script ----------------------------------------------------------------------------------

    @Test
    void thePackageScriptFillsInThePlaceholdersAndZipsTheFourFiles() throws Exception {
        Path out = workDir("package");

        Run run = packageApp(Map.of("MICROSOFT_APP_ID", APP_ID,
                "BOT_DOMAIN", "https://kernebot.example.dk/api/messages", "OUTPUT_DIR", out.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        Path zip = out.resolve("kernebot-teams-app.zip");
        assertThat(run.output()).contains("Teams app package: " + zip);
        assertPackage(zip);
    }

    @Test
    void thePackageScriptCanZipWithJar() throws Exception {
        Path out = workDir("package-jar");

        Run run = packageApp(Map.of("MICROSOFT_APP_ID", APP_ID, "BOT_DOMAIN", "kernebot.example.dk",
                "OUTPUT_DIR", out.toString(), "ZIP_TOOL", "jar"));

        assertThat(run.exit()).as(run.output()).isZero();
        assertPackage(out.resolve("kernebot-teams-app.zip"));
    }

    @Test
    void thePackageScriptNeedsTheAppIdAndTheDomain() throws Exception {
        Path out = workDir("package-refused");

        Run noId = packageApp(Map.of("BOT_DOMAIN", "kernebot.example.dk", "OUTPUT_DIR", out.toString()));
        Run badId = packageApp(Map.of("MICROSOFT_APP_ID", "not-a-guid", "BOT_DOMAIN", "kernebot.example.dk",
                "OUTPUT_DIR", out.toString()));
        Run noDomain = packageApp(Map.of("MICROSOFT_APP_ID", APP_ID, "OUTPUT_DIR", out.toString()));

        assertThat(noId.exit()).isNotZero();
        assertThat(noId.output()).contains("MICROSOFT_APP_ID is not set");
        assertThat(badId.exit()).isNotZero();
        assertThat(badId.output()).contains("MICROSOFT_APP_ID must be a GUID");
        assertThat(noDomain.exit()).isNotZero();
        assertThat(noDomain.output()).contains("BOT_DOMAIN is not set");
        assertThat(out.resolve("kernebot-teams-app.zip")).doesNotExist();
    }

    private static void assertPackage(Path zip) throws IOException {
        assertThat(zip).isRegularFile();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = file.stream().map(ZipEntry::getName).toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(PACKAGE_FILES);
            String manifest = entry(file, "manifest.json");
            String english = entry(file, "en-us.json");
            assertThat(manifest).doesNotContain("${{").contains("\"id\": \"" + APP_ID + "\"")
                    .contains("\"botId\": \"" + APP_ID + "\"").contains("\"kernebot.example.dk\"")
                    .doesNotContain("https://kernebot.example.dk");
            assertThat(english).doesNotContain("${{");
            assertThat(JSON.readTree(manifest).path("validDomains").get(0).asString()).isEqualTo("kernebot.example.dk");
            try (InputStream icon = file.getInputStream(file.getEntry("outline.png"))) {
                assertThat(ImageIO.read(icon).getWidth()).isEqualTo(32);
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private record Run(int exit, String output) {
    }

    private static JsonNode manifest() throws IOException {
        return JSON.readTree(Files.readString(MANIFEST_DIR.resolve("manifest.json")));
    }

    private static JsonNode english() throws IOException {
        return JSON.readTree(Files.readString(MANIFEST_DIR.resolve("en-us.json")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private static String entry(ZipFile file, String name) throws IOException {
        try (InputStream in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Run validate(Path manifestFile) throws Exception {
        return run(List.of("node", VALIDATOR.toString(), manifestFile.toString()), Map.of());
    }

    private static Run validateBrokenCopy(Consumer<JsonNode> breakManifest, Consumer<JsonNode> breakEnglish)
            throws Exception {
        Path copy = copyOfManifest();
        edit(copy.resolve("manifest.json"), breakManifest);
        edit(copy.resolve("en-us.json"), breakEnglish);
        return validate(copy.resolve("manifest.json"));
    }

    private static void edit(Path file, Consumer<JsonNode> change) throws IOException {
        if (change != null) {
            JsonNode document = JSON.readTree(Files.readString(file));
            change.accept(document);
            Files.writeString(file, JSON.writeValueAsString(document));
        }
    }

    private static Path copyOfManifest() throws IOException {
        Path copy = workDir("broken");
        for (String file : PACKAGE_FILES) {
            Files.copy(MANIFEST_DIR.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    /** A fresh folder under target/ (the suite runs twice in one build, so every call gets its own). */
    private static Path workDir(String name) throws IOException {
        return Files.createDirectories(WORK.resolve(name + "-" + UUID.randomUUID()));
    }

    private static Run packageApp(Map<String, String> environment) throws Exception {
        return run(List.of("bash", PROJECT.resolve("scripts/package-app.sh").toString()), environment);
    }

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        Path log = Files.createTempFile(Files.createDirectories(WORK), "run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        for (String variable : List.of("MICROSOFT_APP_ID", "BOT_DOMAIN", "OUTPUT_DIR", "ZIP_TOOL")) {
            builder.environment().remove(variable);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("%s did not finish within 180 s; output so far:%n%s", command, Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
