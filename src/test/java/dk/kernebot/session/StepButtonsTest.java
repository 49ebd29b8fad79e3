package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.roster;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.cards.OfficialCards;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * Fewer buttons at once (issue 18): every step card of both processes, walked through the real endpoint, shows at
 * most four buttons at its foot, exactly one of them styled as the primary next step, and the rest behind "Mere";
 * nothing is lost on the way (every step-level button is still on the card), and Microsoft's parser takes the
 * assembled cards.
 */
class StepButtonsTest extends BotIntegrationTest {

    @Test
    void everyStepCardOfTheKerneopgaveShowsOneNextStepAndAtMostThreeOthers() throws Exception {
        List<JsonNode> cards = walk("start kerneopgave", groupChat(), "Mere");
        assertThat(cards).hasSize(6);
        // The frame asks for nothing from the group, so its next step is "Næste trin".
        assertThat(primary(cards.get(0))).isEqualTo("Næste trin");
        // The proposals step waits for three voices: writing a proposal is the next step, the rest under "Mere".
        JsonNode proposals = cards.get(1);
        assertThat(primary(proposals)).isEqualTo("Giv et bud");
        assertThat(footTitles(proposals)).hasSize(4).endsWith("Mere").contains("Næste trin");
        assertThat(moreTitles(proposals)).contains("Afslut", "Pause", "Tilbage");
        assertThat(moreTitles(proposals)).doesNotContain("Giv et bud", "Næste trin");
        // The summary's next step is to finish the session.
        assertThat(primary(cards.get(5))).isEqualTo("Afslut og gem");
    }

    @Test
    void everyStepCardOfTheKvalitetssamtaleShowsOneNextStepAndAtMostThreeOthers() throws Exception {
        List<JsonNode> cards = walk("start kvalitetssamtale", groupChat(), "Mere");
        assertThat(cards).hasSize(11);
        assertThat(primary(cards.get(1))).isEqualTo("Skriv et bidrag");
    }

    @Test
    void whenEveryoneHasSpokenTheNextStepIsToMoveOn() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Anne", "Bo");
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, chat, "Anne", id, "ramme");
        SessionFixtures.click(bot(), chat, "Anne", "session.contribute",
                Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Vi skaber trygge rammer."));
        JsonNode half = SessionFixtures.click(bot(), chat, "Bo", "session.contribute",
                Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Vi leger og lærer sammen."));
        assertThat(primary(half)).isEqualTo("Næste trin");
        assertThat(footTitles(half)).hasSizeLessThanOrEqualTo(4);
        assertThat(buttons(half)).contains("Giv et bud", "Afslut");
    }

    @Test
    void anEnglishTeamsGetsMore() throws Exception {
        List<JsonNode> cards = walk("start core task", groupChat().inEnglish(), "More");
        assertThat(primary(cards.get(1))).isNotBlank();
        assertThat(footTitles(cards.get(1))).endsWith("More");
    }

    /** Starts a process, checks each step card and presses "Næste trin" until the summary; returns the cards. */
    private List<JsonNode> walk(String start, TeamsActivities chat, String moreLabel) throws Exception {
        roster(connector, chat, "Anne", "Bo", "Carla");
        bot().send(chat.message("Anne", start));
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        String id = data(card, "sessionId");
        // A process whose goals are agreed needs its deciding roles taken (the chef and the leader in Nordfyn's).
        if (start.contains("kvalitetssamtale")) {
            SessionFixtures.click(bot(), chat, "Anne", "session.contribute",
                    java.util.Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSCHEF"));
            card = SessionFixtures.click(bot(), chat, "Bo", "session.contribute",
                    java.util.Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSLEDER"));
        }
        List<JsonNode> cards = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        while (true) {
            cards.add(card);
            texts.add(card.toString());
            checkFoot(card, moreLabel);
            if (!buttons(card).contains(moreLabel.equals("Mere") ? "Næste trin" : "Next step")) {
                break;
            }
            String from = data(card, "stepId");
            card = SessionFixtures.next(bot(), connector, chat, "Anne", id, from);
            // A step that never lets the group on would have this loop press "Næste trin" for ever: fail instead.
            assertThat(data(card, "stepId")).as("\"Næste trin\" on %s moved the group on", from).isNotEqualTo(from);
        }
        assertThat(OfficialCards.problems(texts)).isEmpty();
        return cards;
    }

    private static void checkFoot(JsonNode card, String moreLabel) {
        String heading = card.path("body").path(1).path("text").asText();
        for (JsonNode element : card.path("body")) {
            assertThat(element.path("type").asText()).as("%s: no loose button row in the body", heading)
                    .isNotEqualTo("ActionSet");
        }
        List<JsonNode> foot = new ArrayList<>();
        card.path("actions").forEach(foot::add);
        assertThat(foot).as("%s: buttons at the foot", heading).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(visible(card).stream().filter(a -> "positive".equals(a.path("style").asText())).count())
                .as("%s: one primary button among the visible ones", heading).isEqualTo(1);
        assertThat(foot.get(0).path("style").asText()).as("%s: the primary comes first", heading).isEqualTo("positive");
        for (int i = 0; i < foot.size(); i++) {
            boolean isMore = moreLabel.equals(foot.get(i).path("title").asText());
            assertThat(isMore).as("%s: only the last button can be %s", heading, moreLabel).isEqualTo(isMore && i == 3);
            if (isMore) {
                assertThat(foot.get(i).path("type").asText()).isEqualTo("Action.ShowCard");
                assertThat(foot.get(i).path("card").path("actions").size()).as("%s: %s holds at least two", heading,
                        moreLabel).isGreaterThanOrEqualTo(2);
            }
        }
    }

    /** The buttons one sees without opening anything: not inside a ShowCard's card, not a fallback. */
    private static List<JsonNode> visible(JsonNode card) {
        List<JsonNode> found = new ArrayList<>();
        visible(card, found);
        return found;
    }

    private static void visible(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            if (node.path("type").asText().startsWith("Action.")) {
                found.add(node);
            }
            node.fields().forEachRemaining(f -> {
                boolean hidden = f.getKey().equals("fallback")
                        || (f.getKey().equals("card") && node.path("type").asText().equals("Action.ShowCard"));
                if (!hidden) {
                    visible(f.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> visible(n, found));
        }
    }

    private static String primary(JsonNode card) {
        return card.path("actions").path(0).path("title").asText();
    }

    private static List<String> footTitles(JsonNode card) {
        List<String> titles = new ArrayList<>();
        card.path("actions").forEach(a -> titles.add(a.path("title").asText()));
        return titles;
    }

    private static List<String> moreTitles(JsonNode card) {
        List<String> titles = new ArrayList<>();
        JsonNode last = card.path("actions").path(card.path("actions").size() - 1);
        last.path("card").path("actions").forEach(a -> titles.add(a.path("title").asText()));
        return titles;
    }
}
