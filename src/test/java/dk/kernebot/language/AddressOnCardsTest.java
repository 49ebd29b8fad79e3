package dk.kernebot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * A card speaks to the group ("I, jer") or to one person ("du, dig"), never both (docs/ordliste.md, Tiltale). The
 * glossary test holds each text; this holds the cards built from several, such as the help card's command list.
 */
class AddressOnCardsTest extends BotIntegrationTest {

    @Test
    void theScanSeesBothFormsAcrossTheLinesOfOneCard() {
        assertThat(mixes("Se jeres svar\nFor ledere: de spørgsmål, der venter på dig")).isTrue();
        assertThat(mixes("I din personlige chat: hent en fil\nSe hvad Kernebot kan")).isFalse();
        assertThat(mixes("Se jeres svar\nHent pladen")).isFalse();
    }

    @Test
    void theCardsAGroupChatSeesFirstSpeakToTheGroupOnly() {
        TeamsActivities chat = groupChat();
        bot().send(chat.botAdded("Anne"));
        assertNoMix(chat, "the welcome card");
        for (String command : List.of("hjælp", "privatliv", "kort")) {
            bot().send(chat.message("Anne", command));
            assertNoMix(chat, command);
        }
    }

    @Test
    void theHelpCardInAPersonalChatDoesNotMixEither() {
        TeamsActivities chat = personal();
        bot().send(chat.plainMessage("Anne", "hjælp"));
        assertNoMix(chat, "hjælp");
    }

    private void assertNoMix(TeamsActivities chat, String what) {
        String shown = connector.lastPostedTo(chat.conversationId()).allText();
        assertThat(shown).as(what).isNotBlank();
        assertThat(mixes(shown)).as("\"I/jer\" and \"du/dig\" on one card (%s):%n%s", what, shown).isFalse();
    }

    private static boolean mixes(String shown) {
        List<String> lines = Arrays.stream(shown.replace("\\n", "\n").split("\n")).map(String::strip).toList();
        return lines.stream().anyMatch(GlossaryTest::addressesGroup) && lines.stream().anyMatch(GlossaryTest::addressesPerson);
    }
}
