package dk.kernebot.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OutboxDeliveryTest extends BotIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxClaims claims;
    @Autowired
    OutboxDispatcher sender;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void acceptEverythingAgain() {
        connector.reset();
    }

    @Test
    void aQueuedCardIsSentOnceAndItsDedupeKeyNeverQueuesItAgain() {
        TeamsActivities chat = known(groupChat());
        String key = "test:once:" + chat.conversationId();

        assertThat(outbox.enqueue(OutboundMessage.card(key, new OutboundMessage.Conversation(chat.conversationId(), null),
                "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Påmindelse\"}]}")))
                .isTrue();
        sender.dispatchDue();
        sender.dispatchDue();
        boolean again = outbox.enqueue(OutboundMessage.text(key, new OutboundMessage.Conversation(chat.conversationId(), null),
                "igen", null));
        sender.dispatchDue();

        assertThat(again).isFalse();
        assertThat(connector.postedTo(chat.conversationId())).hasSize(1)
                .first().satisfies(sent -> assertThat(sent.allText()).contains("Påmindelse"));
        assertThat(outbox.status(key)).contains(OutboxStatus.SENT);
    }

    @Test
    void a429IsRetriedAfterRetryAfterAndThenDelivered() {
        TeamsActivities chat = known(groupChat());
        String path = FakeConnector.activitiesPathRegex(chat.conversationId());
        connector.server().stubFor(post(urlPathMatching(path)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("calm").atPriority(1));
        String key = "test:429:" + chat.conversationId();
        outbox.enqueue(OutboundMessage.text(key, new OutboundMessage.Conversation(chat.conversationId(), null), "Hej", null));

        assertThat(sender.dispatchDue()).isZero();
        assertThat(outbox.status(key)).contains(OutboxStatus.PENDING);
        assertThat(sender.dispatchDue()).as("not due before Retry-After has passed").isZero();
        clock.advance(Duration.ofSeconds(3));
        assertThat(sender.dispatchDue()).isEqualTo(1);

        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
        assertThat(outbox.status(key)).contains(OutboxStatus.SENT);
    }

    @Test
    void aPermanentRefusalFailsTheMessageVisiblyWithoutEndlessRetries() {
        TeamsActivities chat = known(groupChat());
        String path = FakeConnector.activitiesPathRegex(chat.conversationId());
        connector.server().stubFor(post(urlPathMatching(path)).willReturn(aResponse().withStatus(403)).atPriority(1));
        String key = "test:403:" + chat.conversationId();
        outbox.enqueue(OutboundMessage.text(key, new OutboundMessage.Conversation(chat.conversationId(), null), "Hej", null));

        sender.dispatchDue();
        clock.advance(Duration.ofHours(1));
        sender.dispatchDue();

        assertThat(outbox.status(key)).contains(OutboxStatus.FAILED);
        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
    }

    @Test
    void aMessageToAPersonOpensTheirPersonalChatOnceAndSendsThere() {
        TeamsActivities team = known(channel());
        String leader = TeamsActivities.userId("Lone");
        OutboundMessage.Person lone = new OutboundMessage.Person(leader, TeamsActivities.aadId("Lone"), "Lone", team.conversationId());

        outbox.enqueue(OutboundMessage.text("test:person:1:" + leader, lone, "Første", null));
        outbox.enqueue(OutboundMessage.text("test:person:2:" + leader, lone, "Anden", null));
        sender.dispatchDue();

        String personal = FakeConnector.personalChatFor(leader);
        assertThat(connector.conversationsCreated()).filteredOn(c -> c.body().toString().contains(leader)).hasSize(1);
        assertThat(connector.postedTo(personal)).hasSize(2);
        assertThat(connector.conversationsCreated().get(0).body().path("tenantId").asText()).isEqualTo("tenant-test");
        assertThat(jdbc.sql("SELECT conversation_type FROM conversation WHERE id = :id").param("id", personal)
                .query(String.class).single()).isEqualTo("PERSONAL");
    }

    @Test
    void aMessageMayReplyInAThreadAndMentionSomeone() {
        TeamsActivities team = known(channel());
        String key = "test:thread:" + team.conversationId();
        outbox.enqueue(OutboundMessage.text(key, new OutboundMessage.Conversation(team.conversationId(), "thread-root-1"),
                "<at>Anne</at> lederen har svaret", new OutboundMessage.Mention(TeamsActivities.userId("Anne"), "Anne")));

        sender.dispatchDue();

        var sent = connector.postedTo(team.conversationId()).get(0);
        assertThat(sent.path()).endsWith("/activities/thread-root-1");
        assertThat(sent.body().path("entities").get(0).path("mentioned").path("id").asText())
                .isEqualTo(TeamsActivities.userId("Anne"));
    }

    @Test
    void aMessageForAnUnknownConversationFailsInsteadOfLoopingForever() {
        String key = "test:unknown:" + System.nanoTime();
        outbox.enqueue(OutboundMessage.text(key, new OutboundMessage.Conversation("19:never-seen@thread.v2", null), "x", null));

        sender.dispatchDue();

        assertThat(outbox.status(key)).contains(OutboxStatus.FAILED);
    }

    /**
     * The race: a sender claims a batch, one send in it is slow, the claims of the rows still waiting behind it run
     * out, and a second sender (another instance) claims them. Before the claim token, the first sender went on and
     * sent them anyway, and the second sent them again. Now the first sender checks its claim before each send.
     * Rows of different conversations no longer wait behind each other (they go out side by side), so the waiting
     * row is the next one in the slow send's own conversation.
     */
    @Test
    void aRowWhoseClaimRanOutBehindASlowSendIsLeftToTheSenderThatTookItOver() throws Exception {
        TeamsActivities chat = known(groupChat());
        connector.server().stubFor(post(urlPathMatching(FakeConnector.activitiesPathRegex(chat.conversationId())))
                .withRequestBody(containing("langsom"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"slow-1\"}").withFixedDelay(1500))
                .atPriority(1));
        String slowKey = "test:slow:" + chat.conversationId();
        String waitingKey = "test:waiting:" + chat.conversationId();
        // Older first, so the slow row is sent first and the other waits behind it in the conversation's lane.
        outbox.enqueueAt(OutboundMessage.text(slowKey, new OutboundMessage.Conversation(chat.conversationId(), null),
                "langsom", null), clock.millis() - 60_000);
        outbox.enqueueAt(OutboundMessage.text(waitingKey, new OutboundMessage.Conversation(chat.conversationId(), null),
                "venter", null), clock.millis() - 30_000);

        java.util.concurrent.CompletableFuture<Integer> first =
                java.util.concurrent.CompletableFuture.supplyAsync(sender::dispatchDue);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (postedSaying(chat, "langsom") == 0) {
            assertThat(System.nanoTime()).as("the slow send reached the connector").isLessThan(deadline);
            Thread.onSpinWait();
        }
        // While the first sender waits for the slow answer, its claims run out and another sender takes the rows.
        clock.advance(OutboxClaims.CLAIM.plusSeconds(1));
        java.util.List<OutboxRow> takenOver = claims.claimDue(1000);
        assertThat(takenOver).extracting(OutboxRow::dedupeKey).contains(slowKey, waitingKey);
        first.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(postedSaying(chat, "venter"))
                .as("the first sender lost the claim, so it must not send the waiting row").isZero();
        assertThat(outbox.status(slowKey)).as("the slow send did go out, and is recorded").contains(OutboxStatus.SENT);
        for (OutboxRow row : takenOver) {
            boolean mine = claims.holdClaim(row);
            assertThat(mine).as(row.dedupeKey()).isEqualTo(!row.dedupeKey().equals(slowKey));
            if (mine) {
                // the second sender hands its rows back; the real sender sends them
                claims.record(java.util.List.of(new Outcome.Postponed(row, clock.millis())));
            }
        }
        sender.dispatchDue();

        assertThat(postedSaying(chat, "langsom")).isEqualTo(1);
        assertThat(postedSaying(chat, "venter")).isEqualTo(1);
        assertThat(outbox.status(waitingKey)).contains(OutboxStatus.SENT);
    }

    private static long postedSaying(TeamsActivities chat, String text) {
        return connector.postedTo(chat.conversationId()).stream().filter(sent -> text.equals(sent.text())).count();
    }

    /** The bot has seen the conversation (as it must have, to write there later). */
    private TeamsActivities known(TeamsActivities conversation) {
        bot().send(conversation.memberAdded("Anne", "Bo"));
        return conversation;
    }
}
