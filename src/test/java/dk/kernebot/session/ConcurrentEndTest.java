package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.replacement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.actionplan.Handleplans;
import dk.kernebot.chat.UserRef;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two "Afslut og gem" clicks at the same moment (two people, or one double click; on PostgreSQL two connections):
 * the session ends once, its goals reach the handleplan once, and the click that lost is told who had ended it. A second hand-over of the same session adds nothing either.
 */
class ConcurrentEndTest extends BotIntegrationTest {

    static final List<String> AGENDA = List.of("laereplan", "laeringsmiljoe", "sprog", "trivsel", "foraeldre",
            "overgange", "indsatser", "evaluering");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Handleplans handleplans;

    @Test
    void twoEndClicksAtOnceAddTheGoalsOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            TeamsActivities chat = groupChat();
            String id = atTheSummary(chat);

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (String who : List.of("Dorte", "Dorte")) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return bot().send(chat.execute(who, "card", "session.complete",
                            Map.of("verb", "session.complete", "sessionId", id, "stepId", "handleplan")));
                }, pool));
            }
            List<String> bodies = answers.stream().map(CompletableFuture::join).toList();
            pool.shutdown();

            assertThat(goals(chat)).as("round %d", round)
                    .containsExactly("Flere sprogaktiviteter hver dag", "Tryghed ved overgangene");
            assertThat(jdbc.sql("SELECT status FROM guided_session WHERE id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo("COMPLETED");
            // Both clicks get their card back: the one that lost is told who had ended the session, and when.
            List<String> cards = bodies.stream().map(b -> SessionFixtures.text(replacement(b))).toList();
            assertThat(cards.stream().filter(c -> c.contains("Dorte afsluttede forløbet den")
                    && c.contains("intet blev ændret"))).as("the click that lost").hasSize(1);
            assertThat(connector.postedTo(chat.conversationId()).stream()
                    .filter(s -> s.allText().contains("Handleplanen har fået 2 nye mål"))).hasSize(1);
        }
    }

    @Test
    void aSecondHandOverOfTheSameSessionAddsNothing() {
        TeamsActivities chat = groupChat();
        String id = atTheSummary(chat);
        SessionFixtures.click(bot(), chat, "Dorte", "session.complete", Map.of("sessionId", id, "stepId", "handleplan"));
        UserRef dorte = new UserRef(TeamsActivities.userId("Dorte"), TeamsActivities.aadId("Dorte"), "Dorte");
        handleplans.addGoalsFromSession(chat.conversationId(), id, List.of(
                new GoalDraft("Flere sprogaktiviteter hver dag", "Den pædagogiske læreplan", "PROCES", "SOCIAL"),
                new GoalDraft("Tryghed ved overgangene", "Overgange", null, null)), dorte);
        assertThat(goals(chat)).containsExactly("Flere sprogaktiviteter hver dag", "Tryghed ved overgangene");

        // A goal the group writes itself is its own, even with the same words.
        bot().send(chat.message("Dorte", "mål Tryghed ved overgangene"));
        assertThat(goals(chat)).hasSize(3);
    }

    /** A kvalitetssamtale with two goals, moved on to its summary; returns the session id. */
    private String atTheSummary(TeamsActivities chat) {
        bot().send(chat.message("Dorte", "start kvalitetssamtale"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.click(bot(), chat, "Dorte", "session.contribute", Map.of("sessionId", id, "stepId", "ramme",
                "role", "DAGTILBUDSCHEF"));
        SessionFixtures.click(bot(), chat, "Mette", "session.contribute", Map.of("sessionId", id, "stepId", "ramme",
                "role", "DAGTILBUDSLEDER"));
        String previous = "ramme";
        for (String point : AGENDA) {
            SessionFixtures.next(bot(), connector, chat, "Dorte", id, previous);
            if (point.equals("laereplan")) {
                SessionFixtures.click(bot(), chat, "Lars", "session.contribute", Map.of("sessionId", id, "stepId", point,
                        "category", "GOAL", "text", "Flere sprogaktiviteter hver dag", "quality", "PROCES", "capital", "SOCIAL"));
            }
            if (point.equals("overgange")) {
                SessionFixtures.click(bot(), chat, "Mette", "session.contribute", Map.of("sessionId", id, "stepId", point,
                        "category", "GOAL", "text", "Tryghed ved overgangene"));
            }
            previous = point;
        }
        // The chef (Dorte) and the dagtilbudsleder (Mette) agree to both proposals.
        JsonNode agreement = SessionFixtures.next(bot(), connector, chat, "Dorte", id, previous);
        SessionFixtures.agreeToAll(bot(), chat, id, "aftale", agreement, "Dorte", "Mette");
        JsonNode summary = SessionFixtures.next(bot(), connector, chat, "Dorte", id, "aftale");
        assertThat(SessionFixtures.text(summary)).contains("Handleplanen");
        return id;
    }

    private List<String> goals(TeamsActivities chat) {
        return jdbc.sql("SELECT g.text FROM plan_goal g JOIN handleplan p ON p.id = g.plan_id "
                        + "WHERE p.conversation_id = :c ORDER BY g.position")
                .param("c", chat.conversationId()).query(String.class).list();
    }
}
