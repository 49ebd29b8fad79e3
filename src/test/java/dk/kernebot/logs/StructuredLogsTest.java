package dk.kernebot.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.support.BotEndpoint;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KERNEBOT_LOG_FORMAT=ecs, as an operator sets it: the bot started as its own JVM with that environment variable
 * writes every line as one JSON object, the lines logged while an activity is handled name its conversation and
 * activity, and what the user wrote is on none of them.
 */
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the user writes; it must reach no log line. */
    private static final String SECRET = "blåbærgrød-hemmelighed-4711";

    @TempDir
    Path folder;

    private final FakeConnector connector = new FakeConnector();
    private Process bot;

    @AfterEach
    void stop() throws InterruptedException {
        if (bot != null) {
            bot.destroy();
            bot.waitFor();
        }
        connector.stop();
    }

    @Test
    void everyLineIsJsonAndTheLinesOfATurnNameItsConversationAndActivityButNotItsText() throws Exception {
        int port = freePort();
        int managementPort = freePort();
        Path log = folder.resolve("bot.log");
        bot = start(port, managementPort, log);
        waitUntilReady(managementPort, log);

        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
        String activity = chat.message("Anne", SECRET);
        String activityId = JSON.readTree(activity).path("id").asText();
        BotEndpoint endpoint = new BotEndpoint(port);
        endpoint.send(activity);
        // The same activity again, as Teams redelivers: the bot answers nothing new and says so in the log.
        endpoint.send(activity);
        connector.lastPostedTo(chat.conversationId());

        List<JsonNode> lines = lines(log);
        List<JsonNode> ofTheTurn = lines.stream()
                .filter(line -> line.path("message").asText().contains("shortened")
                        || line.path("message").asText().contains("redelivered"))
                .toList();
        assertThat(ofTheTurn).as("the size guard's and the redelivery's lines").hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode line : ofTheTurn) {
            assertThat(line.path("conversationId").asText()).as(line.toString()).isEqualTo(chat.conversationId());
            assertThat(line.path("activityId").asText()).as(line.toString()).isEqualTo(activityId);
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp") && line.has("message")).as(line.toString()).isTrue());
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(SECRET).doesNotContain("hemmelighed");
    }

    /** Every non-empty line of the log as JSON; a line that is not JSON fails the test, naming it. */
    private static List<JsonNode> lines(Path log) throws IOException {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("Not a JSON line: " + line);
            }
            assertThat(node.isObject()).as(line).isTrue();
            parsed.add(node);
        }
        return parsed;
    }

    private Process start(int port, int managementPort, Path log) throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path classpathFile = base.resolve("target/runtime-classpath.txt");
        assertThat(classpathFile).as("written by the build (maven-dependency-plugin build-classpath); run via Maven")
                .exists();
        String classpath = base.resolve("target/classes") + File.pathSeparator + Files.readString(classpathFile).strip();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, "dk.kernebot.KernebotApplication",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:sqlite:" + folder.resolve("kernebot.db") + "?journal_mode=WAL&foreign_keys=on",
                "--kernebot.bot.app-id=",
                "--kernebot.bot.authentication=",
                "--kernebot.bot.allowed-tenants=",
                "--kernebot.admin.key=",
                "--kernebot.questions.admins=",
                "--management.server.port=" + managementPort,
                // Small enough that the help card is over it: the size guard logs a line inside the turn.
                "--kernebot.bot.max-message-size=2KB")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KERNEBOT_LOG_FORMAT", "ecs");
        return builder.start();
    }

    private void waitUntilReady(int managementPort, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!bot.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The bot did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(50); // a polling interval, not a synchronisation
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
