package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.roster;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * Entries written in the same millisecond (the test clock stands still, as two people at once can make it) are listed
 * in the order they were written, through the real endpoint: a step card once sorted such ties by a random id, so the
 * order, the pages and a tied ranking came out differently from one run to the next.
 */
class EntryOrderTest extends BotIntegrationTest {

    private static final Pattern NOTE = Pattern.compile("Notat nummer (\\d+)\\.");

    @Test
    void entriesOfOneMomentKeepTheOrderTheyWereWrittenIn() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Dorte", "Lars", "Mette");
        bot().send(chat.message("Dorte", "start kvalitetssamtale"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, chat, "Dorte", id, "ramme");
        long moment = clock.millis();

        JsonNode card = null;
        for (int i = 1; i <= 6; i++) {
            card = SessionFixtures.click(bot(), chat, List.of("Dorte", "Lars", "Mette").get(i % 3), "session.contribute",
                    Map.of("sessionId", id, "stepId", "laereplan", "category", "NOTE",
                            "text", "Notat nummer " + i + ". Børnene valgte selv legen."));
        }

        assertThat(clock.millis()).as("all six written at one moment").isEqualTo(moment);
        assertThat(notes(card)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    private static List<Integer> notes(JsonNode card) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode text : card.findValues("text")) {
            Matcher m = NOTE.matcher(text.asText());
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!numbers.contains(n)) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }
}
