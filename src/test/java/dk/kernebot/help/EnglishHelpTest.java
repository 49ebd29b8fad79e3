package dk.kernebot.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * The English help lists every command by its English twin, and each of them works when typed: an English Teams
 * never has to guess a Danish word.
 */
class EnglishHelpTest extends BotIntegrationTest {

    @Test
    void theEnglishHelpNamesEveryCommandInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();

        bot().send(chat.message("Carla", "help"));

        Map<String, String> listed = commands(connector.lastPostedTo(chat.conversationId()).card());
        assertThat(listed).containsKeys("card", "themes", "answers", "deck", "question", "my questions", "leader",
                "institution", "start core task", "start quality conversation", "continue", "pause", "end session",
                "facilitator", "board", "meeting off / meeting on", "action plan", "goal", "action", "privacy",
                "my data", "help");
        assertThat(listed.keySet()).noneMatch(word -> word.matches(".*[æøåÆØÅ].*"))
                .doesNotContain("core task", "vaerdisaet", "start kerneopgave", "start kvalitetssamtale", "fortsæt");
        assertThat(listed.get("continue")).contains("continue a paused session");
        assertThat(listed.get("board")).doesNotContain("SVG");
        assertThat(listed.get("institution")).contains("formal core task");
    }

    @Test
    void everyCommandTheEnglishHelpListsIsUnderstoodWhenTyped() {
        TeamsActivities help = personal().inEnglish();
        bot().send(help.plainMessage("Carla", "help"));
        List<String> typed = new ArrayList<>();
        for (String listed : commands(connector.lastPostedTo(help.conversationId()).card()).keySet()) {
            typed.addAll(List.of(listed.split(" / ")));
        }
        assertThat(typed).hasSizeGreaterThan(20);

        for (String command : typed) {
            TeamsActivities chat = groupChat().inEnglish();
            bot().send(chat.message("Carla", command));
            List<Sent> answers = connector.postedTo(chat.conversationId());
            assertThat(answers).as("an answer to \"%s\"", command).isNotEmpty();
            assertThat(answers.get(answers.size() - 1).allText()).as("the answer to \"%s\"", command)
                    .doesNotContain("I don't know that command", "I don't know the command", "Did you mean");
        }
    }

    @Test
    void continueShowsTheStepASessionHasReachedAndEndSessionIsListedAsEnding() {
        TeamsActivities chat = groupChat().inEnglish();

        bot().send(chat.message("Carla", "start core task"));
        String firstStep = connector.lastPostedTo(chat.conversationId()).allText();
        assertThat(firstStep).contains("Step 1 of");
        bot().send(chat.message("Carla", "continue"));

        Sent shown = connector.lastPostedTo(chat.conversationId());
        assertThat(shown.allText()).contains("Step 1 of").doesNotContain("I don't know that command");
        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
    }

    @Test
    void theDanishHelpNamesTheBoardPladenAndItsOldWordsStillWork() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "hjælp"));
        Map<String, String> listed = commands(connector.lastPostedTo(chat.conversationId()).card());
        assertThat(listed).containsKeys("pladen", "fortsæt", "start kerneopgave", "start kvalitetssamtale", "afslut")
                .doesNotContainKeys("tavle", "board");

        for (String word : List.of("pladen", "tavle", "tavlen", "plade")) {
            TeamsActivities other = groupChat();
            bot().send(other.message("Anne", word));
            assertThat(connector.lastPostedTo(other.conversationId()).allText()).as(word)
                    .contains("Der er ikke noget forløb her endnu, så der er ingen plade");
        }
    }

    /** The help card's list: each command word with its description, in the card's order. */
    private static Map<String, String> commands(JsonNode card) {
        Map<String, String> listed = new LinkedHashMap<>();
        card.findValues("facts").forEach(facts -> facts.forEach(fact ->
                listed.put(fact.path("title").asText(), fact.path("value").asText())));
        return listed;
    }
}
