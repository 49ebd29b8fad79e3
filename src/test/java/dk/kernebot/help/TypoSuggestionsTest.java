package dk.kernebot.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/** A misspelt command gets "Mente du …?" with the command it was meant to be as a button, not the whole help card. */
class TypoSuggestionsTest extends BotIntegrationTest {

    @Test
    void hjlpIsMeantAsHjaelpAndTheButtonRunsIt() {
        TeamsActivities chat = personal();

        bot().send(chat.plainMessage("Anne", "hjlp"));

        Sent reply = connector.lastPostedTo(chat.conversationId());
        assertThat(reply.allText()).contains("Mente du \"hjælp\"?", "Den kommando kender jeg ikke: \"hjlp\".")
                .doesNotContain("Det kan Kernebot");
        assertThat(commands(reply.card())).containsExactly("hjælp");

        bot().send(chat.submit("Anne", connector.postedIds(chat.conversationId()).get(0),
                Map.of("verb", "command", "command", "hjælp")));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Det kan Kernebot");
    }

    @Test
    void startKerneopgveIsMeantAsStartKerneopgaveNotTheListOfSessions() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "start kerneopgve"));

        Sent reply = connector.lastPostedTo(chat.conversationId());
        assertThat(reply.allText()).contains("Mente du \"start kerneopgave\"?");
        assertThat(commands(reply.card())).containsExactly("start kerneopgave");
    }

    @Test
    void aMisspeltCommandKeepsWhatWasWrittenAfterIt() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "spørgsmå Må vi gå tidligere i dag?"));

        assertThat(commands(connector.lastPostedTo(chat.conversationId()).card()))
                .containsExactly("spørgsmål Må vi gå tidligere i dag?");
    }

    @Test
    void inEnglishItAsksDidYouMean() {
        TeamsActivities chat = personal().inEnglish();

        bot().send(chat.plainMessage("Carla", "hlep"));

        Sent reply = connector.lastPostedTo(chat.conversationId());
        assertThat(reply.allText()).contains("Did you mean \"help\"?", "I don't know the command \"hlep\".")
                .doesNotContain("Mente", "kommando");
        assertThat(commands(reply.card())).containsExactly("help");
    }

    @Test
    void textFarFromEveryCommandStillGetsTheHelpCard() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "hvad skal vi lave i dag"));

        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Det kan Kernebot")
                .doesNotContain("Mente du");
    }

    @Test
    void aCommandSpeltRightIsNeverQuestioned() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kort"));
        bot().send(chat.message("Anne", "start kerneopgave"));

        assertThat(connector.postedTo(chat.conversationId())).extracting(Sent::allText)
                .noneMatch(text -> text.contains("Mente du"));
    }

    private static List<String> commands(JsonNode card) {
        List<String> commands = new ArrayList<>();
        card.path("actions").forEach(action -> commands.add(action.path("data").path("command").asText()));
        return commands;
    }
}
