package dk.kernebot.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dk.kernebot.KernebotApplication;
import dk.kernebot.chat.ConversationType;
import dk.kernebot.conversation.ConversationReference;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application stops while its scheduled sender is in the middle of a conversation: the post in flight
 * finishes and is recorded as sent, the conversation's rows behind it are handed back untouched (PENDING, no
 * attempt used) for the next start instead of being sent during shutdown or left claimed, and stopping does not
 * hang. Its own application, since it stops it; on the database of the current test execution.
 */
class SenderShutdownTest {

    static final String CONVERSATION = "19:shutdown@thread.v2";

    private final FakeConnector connector = new FakeConnector();
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        connector.stop();
    }

    @Test
    void stoppingMidConversationRecordsThePostInFlightAndHandsBackTheRest() throws Exception {
        if (TestDatabase.postgres()) {
            TestDatabase.assumePostgres("the PostgreSQL run of this test needs PostgreSQL");
        }
        String url = TestDatabase.postgres() ? TestDatabase.freshPostgresSchema()
                : "jdbc:sqlite:" + Files.createTempDirectory("kernebot-shutdown").resolve("kernebot.db")
                + "?journal_mode=WAL&foreign_keys=on&busy_timeout=5000";
        app = start(url);
        connector.server().stubFor(post(urlPathMatching(FakeConnector.activitiesPathRegex(CONVERSATION)))
                .withRequestBody(containing("første"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"slow-1\"}").withFixedDelay(2000))
                .atPriority(1));
        app.getBean(ConversationStore.class).remember(new ConversationReference(CONVERSATION, "tenant-test", "msteams",
                connector.serviceUrl(), ConversationType.GROUP_CHAT, null, "28:kernebot-test-bot", "Kernebot", "da-DK"));
        Outbox outbox = app.getBean(Outbox.class);
        // All three at once, so the scheduled sender claims them in one lane.
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (String text : List.of("første", "anden", "tredje")) {
                outbox.enqueue(OutboundMessage.text("test:shutdown:" + text,
                        new OutboundMessage.Conversation(CONVERSATION, null), text, null));
            }
        });

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (connector.postedTo(CONVERSATION).isEmpty()) {
            assertThat(System.nanoTime()).as("the scheduled sender posted the first message").isLessThan(deadline);
            Thread.sleep(10); // a polling interval, not a synchronisation
        }
        ConfigurableApplicationContext stopping = app;
        app = null;
        CompletableFuture.runAsync(stopping::close).get(60, TimeUnit.SECONDS);

        assertThat(connector.postedTo(CONVERSATION)).extracting(FakeConnector.Sent::text).containsExactly("første");
        Map<String, String> rows = rows(url);
        assertThat(rows).containsEntry("test:shutdown:første", "SENT attempts=1 claimed=false")
                .containsEntry("test:shutdown:anden", "PENDING attempts=0 claimed=false")
                .containsEntry("test:shutdown:tredje", "PENDING attempts=0 claimed=false");
    }

    private static Map<String, String> rows(String url) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.postgres() ? TestDatabase.postgresUser() : "", "");
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT dedupe_key, status, attempts, claim_token FROM outbox WHERE dedupe_key LIKE 'test:shutdown:%'");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2) + " attempts=" + result.getInt(3)
                        + " claimed=" + (result.getString(4) != null));
            }
        }
        return rows;
    }

    private ConfigurableApplicationContext start(String url) {
        Map<String, String> properties = new TreeMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", TestDatabase.postgres() ? TestDatabase.postgresUser() : "");
        properties.put("spring.datasource.password", "");
        if (TestDatabase.postgres()) {
            properties.put("spring.datasource.hikari.maximum-pool-size", "4"); // SQLite keeps the production default, 1
        }
        properties.put("server.port", "0");
        properties.put("kernebot.bot.app-id", "");
        properties.put("kernebot.bot.authentication", "off");
        properties.put("kernebot.bot.allowed-tenants", "");
        properties.put("kernebot.admin.key", "");
        // The application's own scheduler runs the sender, as in production: shutdown interrupts that thread.
        properties.put("kernebot.outbox.poll-ms", "100");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(KernebotApplication.class).run(arguments);
    }
}
