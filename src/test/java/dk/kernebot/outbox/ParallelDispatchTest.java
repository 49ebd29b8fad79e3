package dk.kernebot.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.InFlightProbe;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The sender posts several conversations at once, but never two posts of one conversation at once, and each
 * conversation's posts in due order. The fake connector holds posts until a group of them is in flight together,
 * so overlap shows as a count, not as a time.
 */
class ParallelDispatchTest extends BotIntegrationTest {

    /** Long enough never to run out while the sender works; only a sender that does not overlap ever waits it out. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher sender;
    @Value("${kernebot.outbox.senders}")
    int senders;

    /** Rows other test classes left due in the shared database go out now, not inside this test's watch. */
    @BeforeEach
    void nothingLeftOver() {
        sender.dispatchDue();
    }

    @AfterEach
    void stopWatching() {
        connector.probe().stop();
        connector.reset();
    }

    @Test
    void postsToDifferentConversationsOverlapUpToTheNumberOfSenders() {
        List<TeamsActivities> chats = IntStream.range(0, 2 * senders).mapToObj(i -> known(groupChat())).toList();
        List<String> keys = chats.stream().map(chat -> enqueue(chat, "Påmindelse til " + chat.conversationId())).toList();
        InFlightProbe.Watch watch = connector.probe().watch(senders, PATIENCE);

        sender.dispatchDue();

        assertThat(watch.maxInFlight()).as("as many posts at once as there are senders, and no more")
                .isEqualTo(senders);
        // When dispatchDue returns, its senders are done and every outcome is recorded.
        for (TeamsActivities chat : chats) {
            assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
        }
        assertThat(keys).allSatisfy(key -> assertThat(outbox.status(key)).contains(OutboxStatus.SENT));
    }

    @Test
    void aConversationsPostsGoOneAtATimeAndInDueOrderWhileOtherConversationsGoAlongside() {
        List<TeamsActivities> chats = List.of(known(groupChat()), known(groupChat()), known(groupChat()));
        for (int n = 1; n <= 5; n++) {
            for (TeamsActivities chat : chats) {
                enqueue(chat, "nr " + n);
            }
        }
        // Groups of three: filled only if the three conversations are in flight together.
        InFlightProbe.Watch watch = connector.probe().watch(chats.size(), PATIENCE);

        sender.dispatchDue();

        assertThat(watch.maxInFlight()).as("the three conversations overlap").isEqualTo(3);
        for (TeamsActivities chat : chats) {
            assertThat(watch.maxInFlightPerConversation()).as("one post at a time in " + chat.conversationId())
                    .containsEntry(chat.conversationId(), 1);
            assertThat(watch.arrivals(chat.conversationId())).containsExactly("nr 1", "nr 2", "nr 3", "nr 4", "nr 5");
        }
    }

    @Test
    void a429HoldsBackTheRestOfItsConversationInOrderButNotTheOtherConversations() {
        TeamsActivities busy = known(groupChat());
        TeamsActivities calm = known(groupChat());
        connector.server().stubFor(post(urlPathMatching(FakeConnector.activitiesPathRegex(busy.conversationId())))
                .inScenario("busy " + busy.conversationId()).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("calm").atPriority(1));
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            keys.add(enqueue(busy, "travl " + n));
            enqueue(calm, "rolig " + n);
        }
        InFlightProbe.Watch watch = connector.probe().watch(1, PATIENCE);

        sender.dispatchDue();

        assertThat(watch.arrivals(calm.conversationId())).containsExactly("rolig 1", "rolig 2", "rolig 3");
        assertThat(watch.arrivals(busy.conversationId())).as("nothing after the 429 in that conversation")
                .containsExactly("travl 1");
        assertThat(keys).allSatisfy(key -> assertThat(outbox.status(key)).contains(OutboxStatus.PENDING));

        // After Retry-After; the rows held behind the retried one follow it a millisecond apart.
        clock.advance(Duration.ofSeconds(3).plusMillis(2));
        sender.dispatchDue();

        assertThat(watch.arrivals(busy.conversationId()))
                .containsExactly("travl 1", "travl 1", "travl 2", "travl 3");
        assertThat(keys).allSatisfy(key -> assertThat(outbox.status(key)).contains(OutboxStatus.SENT));
    }

    /**
     * A dispatch with more than one batch outlives a Retry-After: the retried row and those held behind it come due
     * again while it still runs and are claimed in its next batch. They must go then, not be held again (which once
     * made a long dispatch claim and postpone the same rows for ever).
     */
    @Test
    void rowsHeldBehindARetryGoOutInALaterBatchOfTheSameDispatchOnceTheirTimeHasCome() {
        TeamsActivities busy = known(groupChat());
        connector.server().stubFor(post(urlPathMatching(FakeConnector.activitiesPathRegex(busy.conversationId())))
                .inScenario("busy " + busy.conversationId()).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("calm").atPriority(1));
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            keys.add(enqueue(busy, "travl " + n)); // queued first, so in the first batch
        }
        // More than one batch (500 rows), five to a conversation, so the dispatch claims a second one.
        for (int c = 0; c < 100; c++) {
            TeamsActivities other = known(groupChat());
            for (int n = 1; n <= 5; n++) {
                enqueue(other, "anden " + n);
            }
        }
        // Time passes as the other conversations' posts go out: the first batch lasts well over the Retry-After.
        InFlightProbe.Watch watch = connector.probe().watch(1, PATIENCE).onArrival(text -> {
            if (text.startsWith("anden")) {
                clock.advance(Duration.ofMillis(10));
            }
        });

        sender.dispatchDue();

        assertThat(watch.arrivals(busy.conversationId())).containsExactly("travl 1", "travl 1", "travl 2", "travl 3");
        assertThat(keys).allSatisfy(key -> assertThat(outbox.status(key)).contains(OutboxStatus.SENT));
    }

    @Test
    void aConversationOverItsRateLimitSendsTheRestLaterInOrder() {
        TeamsActivities chat = known(groupChat());
        List<String> texts = IntStream.rangeClosed(1, 10).mapToObj(n -> "besked " + n).toList();
        texts.forEach(text -> enqueue(chat, text));
        InFlightProbe.Watch watch = connector.probe().watch(1, PATIENCE);

        // The limiter lets the next send go a millisecond after the oldest one leaves its window.
        sender.dispatchDue();
        assertThat(watch.arrivals(chat.conversationId())).as("Teams allows 7 a second in one conversation")
                .containsExactlyElementsOf(texts.subList(0, 7));
        clock.advance(Duration.ofMillis(1001));
        sender.dispatchDue();
        assertThat(watch.arrivals(chat.conversationId())).as("and 8 in 2 seconds")
                .containsExactlyElementsOf(texts.subList(0, 8));
        clock.advance(Duration.ofMillis(1001));
        sender.dispatchDue();

        assertThat(watch.arrivals(chat.conversationId())).containsExactlyElementsOf(texts);
    }

    private String enqueue(TeamsActivities chat, String text) {
        String key = "test:parallel:" + chat.conversationId() + ":" + text;
        assertThat(outbox.enqueue(OutboundMessage.text(key, new OutboundMessage.Conversation(chat.conversationId(), null),
                text, null))).isTrue();
        return key;
    }

    /** The bot has seen the conversation (as it must have, to write there later). */
    private TeamsActivities known(TeamsActivities conversation) {
        bot().send(conversation.memberAdded("Anne", "Bo"));
        return conversation;
    }
}
