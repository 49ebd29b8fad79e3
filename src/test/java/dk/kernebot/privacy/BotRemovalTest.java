package dk.kernebot.privacy;

import static dk.kernebot.privacy.PrivacyFixtures.data;
import static dk.kernebot.privacy.PrivacyFixtures.map;
import static dk.kernebot.privacy.PrivacyFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bot is removed from a chat or team: its data is kept for the grace period, then deleted; adding it back keeps it. */
class BotRemovalTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob retention;

    @Test
    void removedThenAddedAgainWithinTheGracePeriodKeepsEverythingAndGreetsAgain() {
        TeamsActivities chat = groupChat();
        bot().send(chat.botAdded("Anne"));
        fill(chat);

        bot().send(chat.botRemoved("Anne"));
        assertThat(pending(chat)).isEqualTo(1);
        clock.advance(Duration.ofDays(29));
        retention.run();
        assertThat(rowsOf(chat)).isPositive();

        bot().send(chat.botAdded("Anne"));
        assertThat(pending(chat)).isZero();
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Hej! Jeg er Kernebot");
        clock.advance(Duration.ofDays(60));
        retention.run();
        assertThat(answers(chat)).isEqualTo(1);
        assertThat(rowsOf(chat)).isPositive();
    }

    @Test
    void afterTheGracePeriodEveryRowOfTheConversationIsGone() {
        TeamsActivities chat = groupChat();
        TeamsActivities other = groupChat();
        fill(chat);
        fill(other);

        bot().send(chat.installationRemoved("Anne"));
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        Map<String, Integer> deleted = retention.run();

        assertThat(deleted.get("removed-conversations")).isPositive();
        assertThat(rowsOf(chat)).isZero();
        assertThat(pending(chat)).isZero();
        assertThat(rowsOf(other)).as("another conversation is untouched").isPositive();
        assertThat(answers(other)).isEqualTo(1);
        assertThat(retention.run().get("removed-conversations")).isZero();
    }

    @Test
    void aTeamsRemovalCoversEveryChannelOfTheTeam() {
        TeamsActivities channel = channel();
        fill(channel);

        bot().send(channel.botRemoved("Olga"));
        clock.advance(Duration.ofDays(31));
        retention.run();

        assertThat(rowsOf(channel)).isZero();
    }

    @Test
    void anAdministratorCanDeleteAConversationAtOnceAndSeeWhatWaits() {
        TeamsActivities chat = groupChat();
        TeamsActivities waiting = groupChat();
        fill(chat);
        fill(waiting);
        bot().send(waiting.botRemoved("Anne"));

        var list = admin("GET", "/admin/conversations/removed", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(waiting.conversationId()).doesNotContain(chat.conversationId());

        var deleted = admin("DELETE", "/admin/conversations/" + URLEncoder.encode(chat.conversationId(), StandardCharsets.UTF_8), null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(read(deleted.body()).path("deleted").asText()).isEqualTo(chat.conversationId());
        assertThat(rowsOf(chat)).isZero();
        assertThat(rowsOf(waiting)).isPositive();

        assertThat(admin("DELETE", "/admin/conversations/" + URLEncoder.encode(chat.conversationId(), StandardCharsets.UTF_8),
                null).statusCode()).as("deleting twice finds nothing").isEqualTo(404);
        assertThat(adminWithKey("wrong", "/admin/conversations/removed")).isEqualTo(401);
    }

    /** An answer, a question, a session, a handleplan action, a leader, a sent message: a bit of everything. */
    private void fill(TeamsActivities chat) {
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Rikke"));
        bot().send(chat.message("Anne", "kort"));
        String drawId = data(connector.lastPostedTo(chat.conversationId()).card(), "drawId");
        bot().send(chat.execute("Bo", "card", "reflection.answer",
                map("verb", "reflection.answer", "drawId", drawId, "answer", "Vi leger mere ude.")));
        bot().send(chat.message("Anne", "spørgsmål Hvornår holder vi sommerfest?"));
        bot().send(chat.message("Anne", "mål Mere leg ude"));
        bot().send(chat.message("Anne", "handling Flere spande ansvarlig mig frist 1. marts 2027"));
        bot().send(chat.message("Anne", "start kerneopgave"));
        bot().send(chat.message("Anne", "møde fra"));
    }

    /** Rows anywhere that belong to the conversation. */
    private int rowsOf(TeamsActivities chat) {
        String c = chat.conversationId();
        int total = 0;
        for (String sql : new String[] {
                "SELECT count(*) FROM conversation WHERE id = :c",
                "SELECT count(*) FROM reflection_draw WHERE conversation_id = :c",
                "SELECT count(*) FROM reflection_answer WHERE conversation_id = :c",
                "SELECT count(*) FROM question WHERE conversation_id = :c",
                "SELECT count(*) FROM conversation_leader WHERE conversation_id = :c",
                "SELECT count(*) FROM guided_session WHERE conversation_id = :c",
                "SELECT count(*) FROM handleplan WHERE conversation_id = :c",
                "SELECT count(*) FROM plan_action a JOIN handleplan h ON h.id = a.plan_id WHERE h.conversation_id = :c",
                "SELECT count(*) FROM outbox WHERE conversation_id = :c OR via_conversation = :c",
                "SELECT count(*) FROM meeting_setting WHERE conversation_id = :c",
                "SELECT count(*) FROM processed_activity WHERE conversation_id = :c",
                "SELECT count(*) FROM posted_card WHERE conversation_id = :c"}) {
            total += jdbc.sql(sql).param("c", c).query(Integer.class).single();
        }
        return total;
    }

    private int answers(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM reflection_answer WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }

    private int pending(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM conversation_removal WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }

    private int adminWithKey(String key, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path)).header("X-Admin-Key", key).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
