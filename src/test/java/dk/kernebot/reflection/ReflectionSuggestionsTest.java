package dk.kernebot.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reflection card offered for a question: the closest by rare shared words, else the step's theme. */
class ReflectionSuggestionsTest extends BotIntegrationTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Autowired
    ReflectionSuggestions suggestions;

    @Test
    void aQuestionAboutParentsMeetsACardAboutWorkingWithParents() {
        String chat = TeamsActivities.groupChat(connector.serviceUrl()).conversationId();
        SuggestedCard card = suggestions.suggest(chat, "Hvordan får vi forældrene med i samarbejdet om barnets trivsel?",
                "vaerdisaet", DANISH).orElseThrow();
        assertThat(card.theme().id()).isEqualTo("foraeldresamarbejde");
    }

    @Test
    void onlyCommonWordsFallBackToTheStepsTheme() {
        String chat = TeamsActivities.groupChat(connector.serviceUrl()).conversationId();
        SuggestedCard card = suggestions.suggest(chat, "Hvad gør vi nu med det?", "leg", DANISH).orElseThrow();
        assertThat(card.theme().id()).isEqualTo("leg");
    }

    @Test
    void englishWordsInTheDeckDoNotMatchADanishQuestion() {
        String chat = TeamsActivities.groupChat(connector.serviceUrl()).conversationId();
        // "time" is Danish for hour; the English card texts must not make it match anything.
        SuggestedCard card = suggestions.suggest(chat, "time", "trivsel", DANISH).orElseThrow();
        assertThat(card.theme().id()).isEqualTo("trivsel");
    }
}
