package dk.kernebot.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * Teams' conversationUpdate names no language and often comes before the installationUpdate that does: the welcome
 * then goes out on a guess, and the first activity that names the language rewrites it in place, once.
 */
class WelcomeLanguageTest extends BotIntegrationTest {

    @Test
    void anEnglishPersonalChatGetsTheWelcomeRewrittenInEnglishWhenTheInstallationUpdateNamesTheLanguage() {
        TeamsActivities chat = personal().inEnglish();

        bot().send(chat.botAddedWithoutLocale("Carla"));
        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).allText()).contains("Hej! Jeg er Kernebot");

        bot().send(chat.installationAdded("Carla"));

        assertThat(connector.postedTo(chat.conversationId())).as("greeted once").hasSize(1);
        List<Sent> updates = connector.updatesIn(chat.conversationId());
        assertThat(updates).hasSize(1);
        String welcomeId = connector.postedIds(chat.conversationId()).get(0);
        assertThat(updates.get(0).path()).endsWith("/activities/" + welcomeId);
        assertThat(updates.get(0).allText()).contains("Hi! I'm Kernebot", "Draw a reflection card")
                .doesNotContain("Hej", "Træk");
    }

    @Test
    void anEnglishTeamGetsTheWelcomeRewrittenByTheFirstMessageAndOnlyOnce() {
        TeamsActivities team = channel().inEnglish();

        bot().send(team.botAddedWithoutLocale("Bo"));
        bot().send(team.message("Bo", "help"));
        bot().send(team.message("Bo", "help"));

        List<Sent> updates = connector.updatesIn(team.conversationId());
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).allText()).contains("Hi! I'm Kernebot", "@Kernebot");
        assertThat(connector.lastPostedTo(team.conversationId()).allText()).contains("What Kernebot can do");
    }

    @Test
    void aDanishChatKeepsItsDanishWelcomeUntouched() {
        TeamsActivities chat = groupChat();

        bot().send(chat.botAddedWithoutLocale("Anne"));
        bot().send(chat.installationAdded("Anne"));
        bot().send(chat.message("Anne", "kort"));

        assertThat(connector.updatesIn(chat.conversationId())).isEmpty();
        assertThat(connector.postedTo(chat.conversationId()).get(0).allText()).contains("Hej! Jeg er Kernebot");
    }

    @Test
    void whenTheInstallationUpdateComesFirstTheWelcomeIsEnglishFromTheStart() {
        TeamsActivities chat = groupChat().inEnglish();

        bot().send(chat.installationAdded("Carla"));
        bot().send(chat.botAddedWithoutLocale("Carla"));
        bot().send(chat.message("Carla", "help"));

        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted.get(0).allText()).contains("Hi! I'm Kernebot");
        assertThat(connector.updatesIn(chat.conversationId())).isEmpty();
    }
}
