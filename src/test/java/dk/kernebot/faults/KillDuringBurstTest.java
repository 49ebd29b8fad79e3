package dk.kernebot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dk.kernebot.support.BotEndpoint;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real application as its own OS process (the build's runtime classpath, as the jar ships it), on the
 * database of the current test execution (a SQLite file, or a fresh PostgreSQL schema in the PostgreSQL run), with
 * WireMock as the Bot Connector. Group chats, each with its own leader, get a burst of typed questions over HTTP;
 * each question is stored and queues a notification to the leader, which the app's own scheduled sender delivers
 * while the burst goes on. Mid-burst the process gets SIGKILL; a new process starts on the same database and
 * finishes dispatching. Then: every question acknowledged with a 2xx is stored with its notification, every
 * notification is SENT, and none is lost or sent again after it was recorded as sent.
 *
 * <p>One case cannot be exactly once, and the test says which: a notification whose POST reached the connector
 * while the killed process had not yet recorded it (status SENDING at the kill). The Bot Connector has no
 * idempotent send, so the restarted sender sends it again (at least once, never lost). The test checks that only
 * such rows are sent twice, and prints how many there were.
 */
class KillDuringBurstTest {

    static final String ADMIN = "Adam";
    static final int CHATS = 20;
    static final int CLIENTS = 6;
    /** The kill comes once this many questions are acknowledged and some notifications have gone out. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    static final Pattern MARKER = Pattern.compile("kill-t\\d+-\\d{4}");

    private final FakeConnector connector = new FakeConnector();
    private final List<Process> processes = new ArrayList<>();
    private Path folder;

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        connector.stop();
    }

    @Test
    void sigkillMidBurstLosesNothingAcknowledgedAndNoNotificationIsLostOrSentAgain() throws Exception {
        if (TestDatabase.postgres()) {
            TestDatabase.assumePostgres("the PostgreSQL run of this test needs PostgreSQL");
        }
        folder = Files.createTempDirectory("kernebot-kill");
        Database database = TestDatabase.postgres()
                ? new Database(TestDatabase.freshPostgresSchema(), TestDatabase.postgresUser(), "4")
                // The production default's settings (WAL, synchronous=NORMAL), in a file of its own.
                : new Database("jdbc:sqlite:" + folder.resolve("data/kernebot.db")
                        + "?journal_mode=WAL&foreign_keys=on&busy_timeout=5000&synchronous=NORMAL", "", "1");
        long started = System.nanoTime();

        Bot first = start(database, "first");
        List<TeamsActivities> chats = new ArrayList<>();
        for (int c = 0; c < CHATS; c++) {
            TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
            chats.add(chat);
            first.endpoint.send(chat.messageMentioning(ADMIN, "leder", leader(c)));
        }
        assertThat(database.count("SELECT count(*) FROM conversation_leader")).as("a leader in every chat").isEqualTo(CHATS);

        // The burst: clients type questions into the chats as fast as the bot answers.
        Map<String, Integer> chatOf = new ConcurrentHashMap<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> refusedBeforeKill = new CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> burst = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int client = t;
            burst.add(clients.submit(() -> {
                for (int n = 0; !killed.get() && n < 2_000; n++) {
                    String marker = "kill-t%d-%04d".formatted(client, n);
                    int c = (client * 7 + n) % CHATS;
                    chatOf.put(marker, c);
                    try {
                        HttpResponse<String> response = first.endpoint.post(
                                chats.get(c).message("Anne", "spørgsmål Hvad gør vi med " + marker + "?"));
                        if (response.statusCode() / 100 == 2) {
                            acknowledged.add(marker);
                        } else if (!killed.get()) {
                            refusedBeforeKill.add(marker + ": HTTP " + response.statusCode() + " " + response.body());
                        }
                    } catch (RuntimeException e) {
                        if (!killed.get()) {
                            refusedBeforeKill.add(marker + ": " + e);
                        }
                        return;
                    }
                }
            }));
        }
        waitFor(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL
                        && database.count("SELECT count(*) FROM outbox WHERE status = 'SENT'") > 0,
                Duration.ofSeconds(60), "a burst under way with notifications going out", first);
        String firstSessions = "SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + applicationName("first") + "'";
        if (TestDatabase.postgres()) {
            assertThat(database.count(firstSessions)).as("the bot's database sessions carry its name").isPositive();
        }
        killed.set(true);
        first.process.destroyForcibly(); // SIGKILL on Linux
        assertThat(first.process.waitFor(20, TimeUnit.SECONDS)).as("the process died").isTrue();
        for (Future<?> client : burst) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(first.process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        if (TestDatabase.postgres()) {
            // A COMMIT the bot sent just before it died is still carried out by its server process: wait for those
            // to end, or the snapshot below could see SENDING for a row that then becomes SENT.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (database.count(firstSessions) > 0) {
                assertThat(System.nanoTime()).as("the killed bot's database sessions ended within 30 s").isLessThan(deadline);
                Thread.sleep(20); // a polling interval, not a synchronisation
            }
        }
        assertThat(refusedBeforeKill).as("nothing refused before the kill").isEmpty();
        int acknowledgedAtKill = acknowledged.size();

        // What the connector had and what the database said at the moment of death.
        Map<String, Integer> postedBeforeKill = leaderPosts();
        Map<String, String> statusAtKill = notificationStatuses(database);

        Bot second = start(database, "second");
        waitFor(() -> database.count("SELECT count(*) FROM outbox WHERE status IN ('PENDING', 'SENDING')") == 0,
                Duration.ofSeconds(60), "the restarted bot delivered the outbox", second);
        Map<String, Integer> posted = leaderPosts();
        second.process.destroy();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        // Every question acknowledged with a 2xx is stored, with its notification queued in the same transaction.
        Set<String> stored = markers(database.strings("SELECT text FROM question"));
        assertThat(stored).as("acknowledged questions are stored").containsAll(acknowledged);
        Map<String, String> status = notificationStatuses(database);
        assertThat(status.keySet()).as("every stored question has its notification, and only those")
                .containsExactlyInAnyOrderElementsOf(stored);
        assertThat(database.count("SELECT count(*) FROM outbox")).as("one notification per question").isEqualTo(stored.size());
        assertThat(status).as("every notification ends SENT").allSatisfy((marker, s) -> assertThat(s).isEqualTo("SENT"));

        // At the connector: each notification once, except one whose send was in flight when the process died.
        List<String> inFlightAtKill = new ArrayList<>();
        for (String marker : stored) {
            String before = statusAtKill.getOrDefault(marker, "NOT STORED");
            int sentBefore = postedBeforeKill.getOrDefault(marker, 0);
            int sent = posted.getOrDefault(marker, 0);
            if (before.equals("SENDING") && sentBefore == 1) {
                inFlightAtKill.add(marker);
                assertThat(sent).as(marker + " reached the connector, but the killed bot had not recorded it: "
                        + "sent once more after the restart (at least once), no more").isEqualTo(2);
            } else if (before.equals("SENT")) {
                assertThat(sentBefore).as(marker + " recorded as sent before the kill").isEqualTo(1);
                assertThat(sent).as(marker + " is not sent again after the restart").isEqualTo(1);
            } else {
                assertThat(sentBefore).as(marker + " (" + before + " at the kill) had not gone out").isZero();
                assertThat(sent).as(marker + " sent exactly once, after the restart").isEqualTo(1);
            }
        }
        assertThat(posted.keySet()).as("nothing posted that is not a stored question")
                .containsExactlyInAnyOrderElementsOf(stored);
        assertThat(statusAtKill.values()).as("the kill came while notifications were going out")
                .contains("SENT").containsAnyOf("PENDING", "SENDING");
        long pendingAtKill = statusAtKill.values().stream().filter(s -> !s.equals("SENT")).count();
        System.out.printf("KillDuringBurstTest (%s): %d questions acknowledged before SIGKILL, %d stored; at the kill "
                        + "%d notifications sent and %d not yet (%d in flight); all %d sent after the restart; %d s%n",
                TestDatabase.postgres() ? "PostgreSQL" : "SQLite", acknowledgedAtKill, stored.size(),
                stored.size() - pendingAtKill, pendingAtKill, inFlightAtKill.size(), stored.size(), seconds);
    }

    private static String leader(int chat) {
        return "Leder" + chat;
    }

    /** The notifications the leaders' personal chats received, counted by question marker. */
    private Map<String, Integer> leaderPosts() {
        Map<String, Integer> counts = new HashMap<>();
        for (ServeEvent event : connector.server().getAllServeEvents()) {
            String path = URLDecoder.decode(event.getRequest().getUrl(), StandardCharsets.UTF_8);
            if (event.getRequest().getMethod().getName().equals("POST") && path.startsWith("/v3/conversations/a:personal-for-")) {
                Matcher marker = MARKER.matcher(event.getRequest().getBodyAsString());
                if (marker.find()) {
                    counts.merge(marker.group(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static Map<String, String> notificationStatuses(Database database) throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT card_json, status FROM outbox")) {
            while (rows.next()) {
                Matcher marker = MARKER.matcher(rows.getString(1));
                assertThat(marker.find()).as("an outbox row for a question of the burst").isTrue();
                assertThat(statuses.put(marker.group(), rows.getString(2))).as("one outbox row per question").isNull();
            }
        }
        return statuses;
    }

    private static Set<String> markers(List<String> texts) {
        Set<String> found = new java.util.HashSet<>();
        for (String text : texts) {
            Matcher marker = MARKER.matcher(text);
            assertThat(marker.find()).as(text).isTrue();
            found.add(marker.group());
        }
        return found;
    }

    private record Database(String url, String user, String poolSize) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        int count(String sql) {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        List<String> strings(String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private record Bot(Process process, BotEndpoint endpoint, Path log) {
    }

    /** How PostgreSQL names this run's bot's sessions (pg_stat_activity), unique to the run. */
    private String applicationName(String name) {
        return "kernebot-kill-" + name + "-" + folder.getFileName().toString().replaceAll("[^A-Za-z0-9]", "");
    }

    /** The bot as a separate JVM: target/classes plus the runtime classpath the build wrote down. */
    private Bot start(Database database, String name) throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path classpathFile = base.resolve("target/runtime-classpath.txt");
        assertThat(classpathFile).as("written by the build (maven-dependency-plugin build-classpath); run via Maven")
                .exists();
        String classpath = base.resolve("target/classes") + File.pathSeparator + Files.readString(classpathFile).strip();
        int port = freePort();
        int managementPort = freePort();
        Path log = folder.resolve(name + ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, "dk.kernebot.KernebotApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url()
                        + (TestDatabase.postgres() ? "&ApplicationName=" + applicationName(name) : ""),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=" + database.poolSize(),
                "--kernebot.bot.app-id=",
                "--kernebot.bot.authentication=off",
                "--management.server.port=" + managementPort,
                "--kernebot.bot.allowed-tenants=",
                "--kernebot.admin.key=",
                "--kernebot.questions.admins=" + TeamsActivities.aadId(ADMIN),
                // The app's own scheduled sender delivers during the burst; a dead sender's claims expire quickly.
                "--kernebot.outbox.poll-ms=100",
                "--kernebot.outbox.claim-seconds=2");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        Bot bot = new Bot(process, new BotEndpoint(port), log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
        waitFor(() -> {
            try {
                return http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, Duration.ofSeconds(120), name + " bot ready on port " + port, bot);
        return bot;
    }

    /** Polls a condition (no sleeping in the hope that it holds); fails with the bot's log if it never does. */
    private static void waitFor(BooleanSupplier condition, Duration timeout, String what, Bot bot) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!bot.process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Not reached: " + what + (bot.process.isAlive() ? " (timed out)" : " (bot exited)")
                        + "\n--- bot log (end) ---\n" + tail(bot.log));
            }
            try {
                Thread.sleep(20); // a polling interval, not a synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
