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

    /**
     * History for the growth benchmark: {@code perAction} status changes on every action of the conversation's
     * handleplan (in progress, delayed, in progress again, ...), written as the app writes them, so the plan card
     * and its export have a history to carry. The actions stay open: open ones are what a card shows first.
     */
    @PostMapping(path = "/bench/plan-history", produces = MediaType.APPLICATION_JSON_VALUE)
    String planHistory(@RequestParam String conversation, @RequestParam int perAction) {
        Integer written = transaction.execute(status -> {
            java.util.List<String> actions = jdbc.sql("""
                    SELECT a.id FROM plan_action a JOIN handleplan p ON p.id = a.plan_id WHERE p.conversation_id = :c""")
                    .param("c", conversation).query(String.class).list();
            String[] cycle = {"I_GANG", "FORSINKET"};
            long at = clock.millis();
            int n = 0;
            for (String action : actions) {
                String from = "IKKE_STARTET";
                for (int i = 0; i < perAction; i++) {
                    String to = cycle[i % 2];
                    jdbc.sql("""
                            INSERT INTO plan_action_history (id, action_id, seq, kind, old_status, new_status, by_id, by_name,
                                comment, at)
                            SELECT :id, :a, COALESCE(MAX(seq), 0) + 1, 'STATUS', :old, :new, '29:user-anne', 'Anne', :comment, :at
                            FROM plan_action_history WHERE action_id = :a""")
                            .param("id", java.util.UUID.randomUUID().toString()).param("a", action).param("old", from)
                            .param("new", to).param("comment", "Status " + (i + 1) + ": vi har talt om det på stuemødet")
                            .param("at", at + i).update();
                    from = to;
                    n++;
                }
                jdbc.sql("UPDATE plan_action SET status = :s WHERE id = :a").param("s", from).param("a", action).update();
            }
            return n;
        });
        return "{\"written\":" + written + "}";
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
