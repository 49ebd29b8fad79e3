package dk.kernebot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dk.kernebot.KernebotApplication;
import dk.kernebot.support.BotEndpoint;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two bot instances behind one load balancer share one PostgreSQL. 1,000 reminders are due at once across 200
 * conversations, and both instances dispatch them at the same time through their real senders to a WireMock Bot
 * Connector: every reminder must reach the connector exactly once, and every outbox row must end SENT.
 *
 * <p>PostgreSQL only: SQLite is one process's embedded file, so several instances need PostgreSQL (see the
 * README). The test runs in the build's PostgreSQL execution, where {@code .ci/run} makes PostgreSQL required.
 */
class SeveralInstancesTest {

    static final int CONVERSATIONS = 200;
    static final int REMINDERS = 1_000;
    static final Pattern MARKER = Pattern.compile("reminder-(\\d{4})");

    private final FakeConnector connector = new FakeConnector();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        connector.stop();
    }

    @Test
    void twoInstancesDispatchingAtOnceSendEachOfAThousandRemindersExactlyOnce() throws Exception {
        TestDatabase.assumePostgres("Several instances share a database only on PostgreSQL: SQLite is one process's "
                + "embedded file (README, 'several instances'), so this test runs in the PostgreSQL execution only.");
        String url = TestDatabase.freshPostgresSchema();
        ConfigurableApplicationContext first = start(url);
        ConfigurableApplicationContext second = start(url);

        // Any instance takes any activity: the conversations become known through both, over real HTTP.
        List<TeamsActivities> chats = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> greeted = new ArrayList<>();
            for (int c = 0; c < CONVERSATIONS; c++) {
                TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
                chats.add(chat);
                BotEndpoint endpoint = endpoint(c % 2 == 0 ? first : second);
                greeted.add(CompletableFuture.supplyAsync(() -> endpoint.send(chat.memberAdded("Anne", "Bo")), pool));
            }
            CompletableFuture.allOf(greeted.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // 1,000 reminders due now, five per conversation (within Teams' 7 a second per conversation).
        Map<String, String> conversationOf = new HashMap<>();
        for (int i = 0; i < REMINDERS; i++) {
            String marker = "reminder-%04d".formatted(i);
            String conversation = chats.get(i % CONVERSATIONS).conversationId();
            conversationOf.put(marker, conversation);
            Outbox outbox = (i % 2 == 0 ? first : second).getBean(Outbox.class);
            assertThat(outbox.enqueue(OutboundMessage.text("test:instances:" + marker,
                    new OutboundMessage.Conversation(conversation, null), "Påmindelse " + marker, null))).isTrue();
        }
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(unfinished(jdbc)).isEqualTo(REMINDERS);

        long started = System.nanoTime();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> byFirst = CompletableFuture.supplyAsync(() -> dispatchUntilDone(first, together));
        CompletableFuture<Integer> bySecond = CompletableFuture.supplyAsync(() -> dispatchUntilDone(second, together));
        int deliveredByFirst = byFirst.get(90, TimeUnit.SECONDS);
        int deliveredBySecond = bySecond.get(90, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("SeveralInstancesTest: %d reminders in %d conversations, 2 instances: %d + %d sent in %d ms%n",
                REMINDERS, CONVERSATIONS, deliveredByFirst, deliveredBySecond, millis);

        // What the connector received: each reminder once, in its own conversation.
        Map<String, Integer> posts = new TreeMap<>();
        for (ServeEvent event : connector.server().getAllServeEvents()) {
            Matcher marker = MARKER.matcher(event.getRequest().getBodyAsString());
            if (event.getRequest().getMethod().getName().equals("POST") && marker.find()) {
                posts.merge(marker.group(), 1, Integer::sum);
                assertThat(java.net.URLDecoder.decode(event.getRequest().getUrl(), java.nio.charset.StandardCharsets.UTF_8))
                        .as(marker.group()).startsWith("/v3/conversations/" + conversationOf.get(marker.group()) + "/");
            }
        }
        assertThat(posts.keySet()).as("every reminder reached the connector").isEqualTo(conversationOf.keySet());
        assertThat(posts).as("no reminder was posted twice").allSatisfy((marker, count) -> assertThat(count).isEqualTo(1));
        assertThat(jdbc.sql("SELECT status, count(*) AS n FROM outbox GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getInt("n"))).list())
                .containsExactly(Map.entry("SENT", REMINDERS));
        assertThat(deliveredByFirst + deliveredBySecond).as("the senders' own count").isEqualTo(REMINDERS);
        assertThat(deliveredByFirst).as("both instances took part").isPositive();
        assertThat(deliveredBySecond).as("both instances took part").isPositive();
    }

    /** One instance's sender, run in a loop (as its scheduler would, without the pause) until nothing is left. */
    private static int dispatchUntilDone(ConfigurableApplicationContext instance, CyclicBarrier together) {
        OutboxDispatcher sender = instance.getBean(OutboxDispatcher.class);
        JdbcClient jdbc = instance.getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int delivered = 0;
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        while (unfinished(jdbc) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("reminders still unsent after 60 s: " + unfinished(jdbc));
            }
            int now = sender.dispatchDue();
            delivered += now;
            if (now == 0) {
                Thread.onSpinWait(); // the rest is claimed by the other instance; look again
            }
        }
        return delivered;
    }

    private static int unfinished(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE status IN ('PENDING', 'SENDING')").query(Integer.class).single();
    }

    private ConfigurableApplicationContext start(String url) {
        Map<String, String> properties = new TreeMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", TestDatabase.postgresUser());
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("server.port", "0");
        properties.put("kernebot.bot.app-id", "");
        properties.put("kernebot.bot.authentication", "off");
        properties.put("kernebot.bot.allowed-tenants", "");
        properties.put("kernebot.admin.key", "");
        // The test runs each instance's sender itself, both at once; the scheduler stays out of the way.
        properties.put("kernebot.outbox.poll-ms", "3600000");
        // As command-line arguments: they outrank application.properties.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KernebotApplication.class).run(arguments);
        instances.add(context);
        return context;
    }

    private static BotEndpoint endpoint(ConfigurableApplicationContext instance) {
        return new BotEndpoint(((WebServerApplicationContext) instance).getWebServer().getPort());
    }
}
