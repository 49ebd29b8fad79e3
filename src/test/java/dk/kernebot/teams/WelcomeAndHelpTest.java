package dk.kernebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

class WelcomeAndHelpTest extends BotIntegrationTest {

    @Test
    void botAddedToGroupChatGreetsOnceWithTheDanishWelcomeCard() {
        TeamsActivities chat = groupChat();

        bot().send(chat.botAdded("Anne"));
        bot().send(chat.installationAdded("Anne"));
        bot().send(chat.botAdded("Anne"));

        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted).hasSize(1);
        JsonNode card = posted.get(0).card();
        assertThat(card).isNotNull();
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(posted.get(0).allText())
                .contains("Hej! Jeg er Kernebot")
                .contains("@Kernebot kort")
                .contains("Træk et refleksionskort");
        assertThat(verbs(card)).containsExactly("command", "command");
    }

    @Test
    void conversationUpdateAndInstallationUpdateArrivingTogetherGreetOnce() throws Exception {
        TeamsActivities team = channel();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> sends = List.of(
                    CompletableFuture.supplyAsync(() -> bot().send(team.botAdded("Bo")), pool),
                    CompletableFuture.supplyAsync(() -> bot().send(team.installationAdded("Bo")), pool),
                    CompletableFuture.supplyAsync(() -> bot().send(team.botAdded("Bo")), pool),
                    CompletableFuture.supplyAsync(() -> bot().send(team.installationAdded("Bo")), pool));
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        assertThat(connector.postedTo(team.conversationId())).hasSize(1);
    }

    @Test
    void personalChatGreetsInEnglishWhenTeamsSpeaksEnglish() {
        TeamsActivities chat = personal().inEnglish();

        bot().send(chat.botAdded("Carla"));

        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).allText()).contains("Hi! I'm Kernebot").contains("Draw a reflection card")
                .doesNotContain("@Kernebot");
    }

    @Test
    void anotherMemberJoiningDoesNotGreetAgain() {
        TeamsActivities chat = groupChat();
        bot().send(chat.botAdded("Anne"));

        bot().send(chat.memberAdded("Anne", "Bo"));

        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
    }

    @Test
    void helpWorksInPersonalChatWithoutMention() {
        TeamsActivities chat = personal();

        bot().send(chat.plainMessage("Anne", "hjælp"));

        Sent reply = onlyPost(chat);
        assertThat(reply.allText()).contains("Det kan Kernebot").contains("hjælp")
                .contains("Vis denne oversigt over kommandoer");
    }

    @Test
    void helpWorksInGroupChatWithMentionInAnyLetterCase() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Bo", "HJÆLP"));

        assertThat(onlyPost(chat).allText()).contains("Det kan Kernebot").contains("@Kernebot hjælp");
    }

    @Test
    void helpWorksInChannelWithMention() {
        TeamsActivities team = channel();

        bot().send(team.message("Carla", "  Hjælp  "));

        assertThat(onlyPost(team).allText()).contains("Det kan Kernebot");
    }

    @Test
    void englishHelpCommandAnswersInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();

        bot().send(chat.message("Bo", "help"));

        assertThat(onlyPost(chat).allText()).contains("What Kernebot can do").contains("help");
    }

    @Test
    void unknownCommandShowsHelpWithWhatWasNotUnderstood() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kaffe til alle"));

        assertThat(onlyPost(chat).allText())
                .contains("Den kommando kender jeg ikke: \"kaffe til alle\".")
                .contains("Det kan Kernebot");
    }

    @Test
    void englishUnknownCommandKeepsTheApostropheAndTheCommand() {
        TeamsActivities chat = personal().inEnglish();

        bot().send(chat.plainMessage("Anne", "coffee"));

        assertThat(onlyPost(chat).allText()).contains("I don't know that command: \"coffee\".");
    }

    @Test
    void helpButtonOnTheWelcomeCardRunsTheHelpCommandViaActionExecute() {
        TeamsActivities chat = groupChat();

        String response = bot().send(chat.execute("Anne", "card-1", "command", Map.of("verb", "command", "command", "hjælp")));

        assertThat(onlyPost(chat).allText()).contains("Det kan Kernebot");
        assertThat(response).contains("\"statusCode\":200");
    }

    @Test
    void helpButtonWorksViaTheActionSubmitFallback() {
        TeamsActivities chat = groupChat();

        bot().send(chat.submit("Anne", "card-1", Map.of("verb", "command", "command", "hjælp")));

        assertThat(onlyPost(chat).allText()).contains("Det kan Kernebot");
    }

    @Test
    void unknownCardVerbGetsAFriendlyCardNotAnError() {
        TeamsActivities chat = groupChat();

        String response = bot().send(chat.execute("Anne", "card-1", "self-destruct", Map.of("x", 1)));

        assertThat(response).contains("\"statusCode\":200");
        assertThat(onlyPost(chat).allText()).contains("Den knap kan jeg ikke bruge").contains("Se kommandoerne");
    }

    @Test
    void malformedCardActionGetsAFriendlyCard() {
        TeamsActivities chat = personal();

        bot().send(chat.submit("Anne", "card-1", Map.of("no-verb", true)));

        assertThat(onlyPost(chat).allText()).contains("Den knap kan jeg ikke bruge");
    }

    private static Sent onlyPost(TeamsActivities chat) {
        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted).as("messages posted to %s", chat.conversationId()).hasSize(1);
        return posted.get(0);
    }

    private static List<String> verbs(JsonNode card) {
        List<String> verbs = new java.util.ArrayList<>();
        card.path("actions").forEach(action -> verbs.add(action.path("verb").asText()));
        return verbs;
    }
}
