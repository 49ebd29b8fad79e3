package dk.kernebot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests through the real HTTP endpoint: one application on a random port (shared by every subclass,
 * so Spring starts once), its own SQLite file, authentication off, and a WireMock Bot Connector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class BotIntegrationTest {

    protected static final String ADMIN_KEY = "test-admin-key-0123456789abcdefghij";
    /** A configured Kernebot administrator: may set leaders anywhere. */
    protected static final String ADMIN_USER = "Adam";
    protected static final FakeConnector connector = new FakeConnector();
    private static final Path database = tempDatabase();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestClock clock;

    @org.junit.jupiter.api.BeforeAll
    static void databaseIsThere() {
        if (TestDatabase.postgres()) {
            String problem = TestDatabase.postgresProblem();
            if (problem != null && TestDatabase.postgresRequired()) {
                throw new IllegalStateException("PostgreSQL is required for this build but not reachable: " + problem);
            }
            if (problem != null) {
                System.err.println("*** PostgreSQL not reachable (" + problem + "): the PostgreSQL run of "
                        + "this suite was NOT run. Only SQLite was tested.");
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(problem == null,
                    "PostgreSQL not reachable, so the PostgreSQL run of this suite was NOT run: " + problem);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        if (TestDatabase.postgres()) {
            TestDatabase.registerPostgres(registry);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + database
                    + "?journal_mode=WAL&foreign_keys=on&busy_timeout=5000");
        }
        registry.add("kernebot.bot.app-id", () -> "");
        // Local mode on purpose: administrators (and PostgreSQL on this machine) without an app id.
        registry.add("kernebot.bot.authentication", () -> "off");
        registry.add("kernebot.bot.allowed-tenants", () -> "");
        registry.add("kernebot.admin.key", () -> ADMIN_KEY);
        registry.add("kernebot.questions.admins", () -> TeamsActivities.aadId(ADMIN_USER));
        // Tests deliver the outbox themselves (OutboxDispatcher.dispatchDue), at moments they choose.
        registry.add("kernebot.outbox.poll-ms", () -> "3600000");
        // Likewise the follow-up planner (FollowUpPlanner.planAll).
        registry.add("kernebot.followup.poll-ms", () -> "3600000");
        // And the question reminders and the sweep for questions whose conversation got leaders since.
        registry.add("kernebot.questions.reminder-poll-ms", () -> "3600000");
    }

    @org.junit.jupiter.api.BeforeEach
    void timeStartsOnMondayMorning() {
        clock.reset();
    }

    protected BotEndpoint bot() {
        return new BotEndpoint(port);
    }

    /** Calls the admin HTTP API (deck import and the like) with the test admin key. */
    protected java.net.http.HttpResponse<String> admin(String method, String path, String body) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("X-Admin-Key", ADMIN_KEY)
                .header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected TeamsActivities personal() {
        return TeamsActivities.personal(connector.serviceUrl());
    }

    protected TeamsActivities groupChat() {
        return TeamsActivities.groupChat(connector.serviceUrl());
    }

    protected TeamsActivities meetingChat() {
        return TeamsActivities.meetingChat(connector.serviceUrl());
    }

    protected TeamsActivities channel() {
        return TeamsActivities.channel(connector.serviceUrl());
    }

    private static Path tempDatabase() {
        try {
            Path folder = Files.createTempDirectory("kernebot-test");
            folder.toFile().deleteOnExit();
            return folder.resolve("kernebot.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
