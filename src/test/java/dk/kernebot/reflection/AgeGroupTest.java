package dk.kernebot.reflection;

import static dk.kernebot.reflection.ReflectionFixtures.data;
import static dk.kernebot.reflection.ReflectionFixtures.drawId;
import static dk.kernebot.reflection.ReflectionFixtures.invokeCard;
import static dk.kernebot.reflection.ReflectionFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Age groups through /api/messages: a conversation (or its institution's file) says vuggestue or børnehave, and
 * draws, theme draws, the theme chooser, "Næste kort" and suggestions keep to it.
 */
class AgeGroupTest extends BotIntegrationTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReflectionSuggestions suggestions;

    @Test
    void aVuggestueNeverDrawsABoernehaveOnlyCardFromTheBuiltInDeck() throws IOException {
        Deck standard = new DeckParser().parse(new PathMatchingResourcePatternResolver()
                .getResource("classpath:decks/standard.json").getContentAsString(StandardCharsets.UTF_8));
        Set<String> boernehaveOnly = questions(standard, AgeGroup.BOERNEHAVE);
        Set<String> forVuggestue = standard.cardsFor(AgeGroup.VUGGESTUE, null).stream()
                .map(c -> c.question().da()).collect(Collectors.toSet());
        assertThat(boernehaveOnly).as("the deck must have børnehave-only cards for this test to mean anything").isNotEmpty();
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "aldersgruppe vuggestue"));

        Set<String> drawn = new HashSet<>();
        int draws = forVuggestue.size() + 20; // the whole pool, and round again after it starts over
        for (int i = 0; i < draws; i++) {
            bot().send(chat.message("Anne", "kort"));
            drawn.add(question(lastCard(chat)));
        }

        assertThat(drawn).doesNotContainAnyElementsOf(boernehaveOnly);
        assertThat(drawn).as("every card for the vuggestue comes round").isEqualTo(forVuggestue);
    }

    @Test
    void theNextCardButtonAndAThemeDrawKeepToTheAgeGroup() {
        TeamsActivities chat = groupChat();
        String deck = importDeck(chat);
        bot().send(chat.message("Anne", "kortsæt " + deck));
        bot().send(chat.message("Anne", "aldersgruppe vuggestue"));

        Set<String> drawn = new HashSet<>();
        bot().send(chat.message("Anne", "kort"));
        JsonNode card = lastCard(chat);
        drawn.add(question(card));
        for (int i = 0; i < 12; i++) {
            card = invokeCard(bot().send(chat.execute("Bo", "card-" + i, "reflection.next",
                    data("verb", "reflection.next", "drawId", drawId(card)))));
            drawn.add(question(card));
        }
        bot().send(chat.message("Anne", "kort leg"));
        drawn.add(question(lastCard(chat)));

        assertThat(drawn).containsExactlyInAnyOrder("Vuggestuekort 1?", "Vuggestuekort 2?", "Kort til alle?",
                "Vuggestueleg?");
    }

    @Test
    void aThemeWithoutCardsForTheAgeGroupSaysSoAndTheChooserLeavesItOut() {
        TeamsActivities chat = groupChat();
        String deck = importDeck(chat);
        bot().send(chat.message("Anne", "kortsæt " + deck));
        bot().send(chat.message("Anne", "aldersgruppe vuggestue"));
        int drawsBefore = draws(chat);

        bot().send(chat.message("Anne", "kort skolestart"));

        Sent reply = connector.lastPostedTo(chat.conversationId());
        assertThat(reply.allText()).contains("Temaet \"Skolestart\" har ingen kort til vuggestue. Vælg et andet tema "
                + "– eller skriv \"aldersgruppe begge\" for at få alle kort.");
        assertThat(draws(chat)).isEqualTo(drawsBefore);
        JsonNode chooser = reply.card();
        assertThat(chooser.findValues("theme").stream().map(JsonNode::asText).filter(t -> !t.isEmpty()).distinct().toList())
                .containsExactlyInAnyOrder("hverdag", "leg");
        assertThat(reply.allText()).contains("Ingen kort til vuggestue i: Skolestart.")
                .contains("Aldersgruppe: vuggestue (valgt her i chatten).");

        String clicked = bot().send(chat.execute("Bo", "chooser-1", "reflection.draw",
                data("verb", "reflection.draw", "theme", "skolestart")));
        assertThat(invokeCard(clicked).toString()).contains("Temaet \\\"Skolestart\\\" har ingen kort til vuggestue.");
        assertThat(draws(chat)).isEqualTo(drawsBefore);
    }

    @Test
    void theCommandSetsShowsAndRefusesABadValueWithoutChangingAnything() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "aldersgruppe"));
        assertThat(lastText(chat)).contains("Aldersgruppe: både vuggestue og børnehave, så I får alle kort.")
                .contains("Skriv \"aldersgruppe vuggestue\", \"aldersgruppe børnehave\" eller \"aldersgruppe begge\".");

        bot().send(chat.message("Anne", "Aldersgruppe Børnehave"));
        assertThat(lastText(chat)).startsWith("Nu trækker I kort til børnehaven og kort, der passer til begge: ")
                .contains("kort i \"Kernebots refleksionskort\"");
        assertThat(stored(chat)).isEqualTo("børnehave");

        bot().send(chat.message("Anne", "aldersgruppe teenagere"));
        assertThat(lastText(chat)).startsWith("Den aldersgruppe kender jeg ikke: \"teenagere\". Intet er ændret.")
                .contains("\"aldersgruppe vuggestue\"");
        assertThat(stored(chat)).isEqualTo("børnehave");

        bot().send(chat.message("Anne", "aldersgruppe boernehave"));
        bot().send(chat.message("Anne", "temaer"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("Aldersgruppe: børnehave (valgt her i chatten). Skift med \"aldersgruppe\".");
        bot().send(chat.message("Anne", "kortsæt"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("Aldersgruppe: børnehave (valgt her i chatten).");
    }

    @Test
    void theCommandHasAnEnglishTwinAndIsOnTheHelpCard() {
        TeamsActivities chat = groupChat().inEnglish();

        bot().send(chat.message("Anne", "age group nursery"));
        assertThat(lastText(chat)).startsWith("From now on you draw cards for the nursery and cards that suit both: ");
        assertThat(stored(chat)).isEqualTo("vuggestue");

        bot().send(chat.message("Anne", "age group toddlers and up"));
        assertThat(lastText(chat)).startsWith("I don't know that age group: \"toddlers and up\". Nothing has changed.")
                .contains("\"age group kindergarten\"");

        bot().send(chat.message("Anne", "help"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("age group")
                .contains("Choose whether your cards should suit the nursery, the kindergarten or both");
        TeamsActivities danish = groupChat();
        bot().send(danish.message("Anne", "hjælp"));
        assertThat(connector.lastPostedTo(danish.conversationId()).allText()).contains("aldersgruppe")
                .contains("Vælg, om jeres kort skal passe til vuggestue, børnehave eller begge");
    }

    @Test
    void anInstitutionsFileSetsTheAgeGroupOfItsConversationsAndTheChatsOwnChoiceWins() throws IOException {
        TeamsActivities chat = groupChat();
        String deck = importDeck(chat);
        String institution = "alder-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode file = institutionFile(institution, "Børnehuset Mælkebøtten");
        file.putArray("conversations").add(chat.conversationId());
        file.put("ageGroup", "børnehave");
        assertThat(admin("PUT", "/admin/institutions", file.toString()).statusCode()).isEqualTo(201);
        assertThat(ReflectionFixtures.JSON.readTree(admin("GET", "/admin/institutions/" + institution, null).body())
                .path("ageGroup").asText()).isEqualTo("børnehave");
        bot().send(chat.message("Anne", "kortsæt " + deck));

        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            bot().send(chat.message("Anne", "kort"));
            drawn.add(question(lastCard(chat)));
        }
        assertThat(drawn).containsExactlyInAnyOrder("Børnehavekort?", "Kort til alle?", "Skolestartkort?");
        bot().send(chat.message("Anne", "temaer"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("Aldersgruppe: børnehave (sat for Børnehuset Mælkebøtten).");

        bot().send(chat.message("Anne", "aldersgruppe vuggestue"));
        bot().send(chat.message("Anne", "kort leg"));
        assertThat(question(lastCard(chat))).isEqualTo("Vuggestueleg?");
        bot().send(chat.message("Anne", "aldersgruppe"));
        assertThat(lastText(chat)).contains("Aldersgruppe: vuggestue (valgt her i chatten).");
    }

    @Test
    void anInstitutionFileWithAnUnknownAgeGroupIsRefusedAndNamesTheField() throws IOException {
        String institution = "alder-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode file = institutionFile(institution, "Dagplejen");
        file.put("ageGroup", "dagpleje");

        HttpResponse<String> response = admin("PUT", "/admin/institutions", file.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ReflectionFixtures.JSON.readTree(response.body()).path("problems").findValuesAsText("message"))
                .containsExactly("Felt \"ageGroup\": Skal være \"vuggestue\", \"børnehave\" eller \"begge\".");
        assertThat(admin("GET", "/admin/institutions/" + institution, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDeckImportWithAgeGroupsIsCheckedAndEveryBadValueIsNamed() throws IOException {
        ObjectNode deck = ageDeck("alder-fejl-" + UUID.randomUUID().toString().substring(0, 8));
        ArrayNode cards = (ArrayNode) deck.path("cards");
        ((ObjectNode) cards.get(0)).put("ageGroup", "dagpleje");
        ((ObjectNode) cards.get(1)).put("ageGroup", "Vuggestue");
        ((ObjectNode) cards.get(2)).put("ageGroup", true);

        HttpResponse<String> response = admin("PUT", "/admin/decks", deck.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ReflectionFixtures.JSON.readTree(response.body()).path("problems").findValuesAsText("message"))
                .containsExactlyInAnyOrder(
                        "Kort \"v-01\", felt \"ageGroup\": Skal være \"vuggestue\", \"børnehave\" eller \"begge\".",
                        "Kort \"v-02\", felt \"ageGroup\": Skal være \"vuggestue\", \"børnehave\" eller \"begge\".",
                        "Kort \"alle-01\", felt \"ageGroup\": Skal være \"vuggestue\", \"børnehave\" eller \"begge\".");
        assertThat(admin("GET", "/admin/decks", null).body()).doesNotContain(deck.path("id").asText());
    }

    @Test
    void aDeckWithNoCardsForTheAgeGroupSaysSoInsteadOfDrawing() {
        TeamsActivities chat = groupChat();
        ObjectNode deck = ageDeck("kun-bh-" + UUID.randomUUID().toString().substring(0, 8));
        ArrayNode cards = (ArrayNode) deck.path("cards");
        for (JsonNode card : cards) {
            ((ObjectNode) card).put("ageGroup", "børnehave");
        }
        assertThat(admin("PUT", "/admin/decks", deck.toString()).statusCode()).isEqualTo(201);
        bot().send(chat.message("Anne", "kortsæt " + deck.path("id").asText()));
        bot().send(chat.message("Anne", "aldersgruppe vuggestue"));
        assertThat(lastText(chat)).contains("ingen kort i");

        bot().send(chat.message("Anne", "kort"));

        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("Kortsættet \"Aldersbunken\" har ingen kort til vuggestue.");
        assertThat(draws(chat)).isZero();
    }

    @Test
    void aSuggestedCardForAQuestionIsForTheConversationsAgeGroup() {
        TeamsActivities chat = groupChat();
        String deck = importDeck(chat);
        bot().send(chat.message("Anne", "kortsæt " + deck));
        bot().send(chat.message("Anne", "aldersgruppe vuggestue"));

        // The only card about school start is for the børnehave, and the step's theme has nothing for the vuggestue.
        assertThat(suggestions.suggest(chat.conversationId(), "Hvordan forbereder vi skolestarten?", "skolestart",
                DANISH)).isEmpty();
        bot().send(chat.message("Anne", "aldersgruppe børnehave"));
        assertThat(suggestions.suggest(chat.conversationId(), "Hvordan forbereder vi skolestarten?", "skolestart",
                DANISH).orElseThrow().card().id()).isEqualTo("skole-01");
    }

    /** A deck of three themes: "hverdag" (vuggestue, børnehave, both), "leg" (vuggestue), "skolestart" (børnehave). */
    private static ObjectNode ageDeck(String id) {
        ObjectNode deck = ReflectionFixtures.JSON.createObjectNode();
        deck.put("id", id).put("version", 1);
        deck.putObject("name").put("da", "Aldersbunken").put("en", "The age deck");
        ArrayNode themes = deck.putArray("themes");
        themes.addObject().put("id", "hverdag").putObject("name").put("da", "Hverdag");
        themes.addObject().put("id", "leg").putObject("name").put("da", "Leg");
        themes.addObject().put("id", "skolestart").putObject("name").put("da", "Skolestart");
        ArrayNode cards = deck.putArray("cards");
        card(cards, "v-01", "hverdag", "Vuggestuekort 1?", "vuggestue");
        card(cards, "v-02", "hverdag", "Vuggestuekort 2?", "vuggestue");
        card(cards, "alle-01", "hverdag", "Kort til alle?", null);
        card(cards, "bh-01", "hverdag", "Børnehavekort?", "børnehave");
        card(cards, "leg-01", "leg", "Vuggestueleg?", "vuggestue");
        card(cards, "skole-01", "skolestart", "Skolestartkort?", "børnehave");
        return deck;
    }

    private static void card(ArrayNode cards, String id, String theme, String question, String ageGroup) {
        ObjectNode card = cards.addObject().put("id", id).put("theme", theme);
        card.putObject("question").put("da", question);
        card.putArray("prompts").addObject().put("da", "Giv et eksempel fra i går.");
        if (ageGroup != null) {
            card.put("ageGroup", ageGroup);
        }
    }

    private String importDeck(TeamsActivities chat) {
        ObjectNode deck = ageDeck("alder-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(admin("PUT", "/admin/decks", deck.toString()).statusCode()).isEqualTo(201);
        return deck.path("id").asText();
    }

    private static ObjectNode institutionFile(String id, String name) {
        ObjectNode file = ReflectionFixtures.JSON.createObjectNode();
        file.put("id", id).put("name", name);
        file.putObject("kerneopgave").put("da", "Vi skaber trygge fællesskaber, hvor alle børn trives.");
        ObjectNode value = file.putArray("vaerdisaet").addObject();
        value.put("id", "naervaer");
        value.putObject("name").put("da", "Nærvær");
        value.putObject("description").put("da", "Vi er der, hvor børnene er.");
        return file;
    }

    private static Set<String> questions(Deck deck, AgeGroup only) {
        return deck.cards().stream().filter(c -> c.ageGroup() == only).map(c -> c.question().da())
                .collect(Collectors.toSet());
    }

    private JsonNode lastCard(TeamsActivities chat) {
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(card).as("a card in %s", chat.conversationId()).isNotNull();
        return card;
    }

    private String lastText(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).text();
    }

    private String stored(TeamsActivities chat) {
        List<String> rows = jdbc.sql("SELECT age_group FROM conversation_age_group WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(String.class).list();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private int draws(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM reflection_draw WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }
}
