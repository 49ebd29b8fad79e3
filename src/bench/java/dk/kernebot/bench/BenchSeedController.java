package dk.kernebot.bench;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.kernebot.chat.ConversationType;
import dk.kernebot.conversation.ConversationReference;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark only (scripts/bench.sh), and only with {@code kernebot.bench.seed=true}: seeds due reminders through
 * the app's own conversation store and outbox, and reports how the sender got on. Not in the production jar at all,
 * and even in the bench jar, without the property this controller does not exist and /bench/** is a 404.
 */
@RestController
@ConditionalOnProperty(name = "kernebot.bench.seed", havingValue = "true")
class BenchSeedController {

    private final ConversationStore conversations;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BenchSeedController(ConversationStore conversations, Outbox outbox, JdbcClient jdbc,
                        TransactionTemplate transaction, Clock clock) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * {@code perConversation} due text messages in each of {@code conversations} group chats whose service URL is
     * {@code serviceUrl}, all in one transaction, so the sender sees them all at once. The dedupe key
     * ({@code bench-<conversation>-<n>}) is also the message text, so the connector can tell them apart.
     */
    @PostMapping(path = "/bench/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    String seed(@RequestParam int conversations, @RequestParam int perConversation, @RequestParam String serviceUrl) {
        long started = clock.millis();
        Integer seeded = transaction.execute(status -> {
            int n = 0;
            long now = clock.millis();
            for (int c = 0; c < conversations; c++) {
                String conversationId = "19:bench-" + c + "@thread.v2";
                this.conversations.remember(new ConversationReference(conversationId, "tenant-bench", "msteams",
                        serviceUrl, ConversationType.GROUP_CHAT, null, "28:bench-bot", "Kernebot", "da-DK"));
                for (int i = 0; i < perConversation; i++) {
                    String key = "bench-" + c + "-" + i;
                    if (outbox.enqueueAt(OutboundMessage.text(key,
                            new OutboundMessage.Conversation(conversationId, null), key, null), now)) {
                        n++;
                    }
                }
            }
            return n;
        });
        long committed = clock.millis();
        return "{\"seeded\":" + seeded + ",\"startedAt\":" + started + ",\"committedAt\":" + committed + "}";
    }

    /** Rows per status, attempts used, and when the first and last of them were sent. */
    @GetMapping(path = "/bench/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    String status() {
        Map<String, Object> result = new LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM outbox WHERE dedupe_key LIKE 'bench-%' GROUP BY status")
                .query((rs, i) -> result.put(rs.getString("status"), rs.getLong("n"))).list();
        jdbc.sql("""
                SELECT count(*) AS total, coalesce(sum(attempts), 0) AS attempts, min(created_at) AS created,
                       max(sent_at) AS last_sent
                FROM outbox WHERE dedupe_key LIKE 'bench-%'
                """).query((rs, i) -> {
                    result.put("total", rs.getLong("total"));
                    result.put("attempts", rs.getLong("attempts"));
                    result.put("createdAt", rs.getLong("created"));
                    result.put("lastSentAt", rs.getLong("last_sent"));
                    return null;
                }).list();
        StringBuilder json = new StringBuilder("{");
        result.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }
}
