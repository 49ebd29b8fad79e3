package dk.kernebot.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeckParserTest {

    private final DeckParser parser = new DeckParser();

    @Test
    void readsAValidDeck() {
        Deck deck = parser.parse(ReflectionFixtures.deck("d", 3, 2, 2));

        assertThat(deck.id()).isEqualTo("d");
        assertThat(deck.version()).isEqualTo(3);
        assertThat(deck.themes()).extracting(Theme::id).containsExactly("t1", "t2");
        assertThat(deck.cardsIn("t2")).extracting(ReflectionCard::id).containsExactly("t2-01", "t2-02");
        assertThat(deck.card("t1-02").orElseThrow().prompts().get(0).da()).isEqualTo("Hvad ser vi i praksis?");
    }

    @Test
    void collectsEveryProblemInsteadOfStoppingAtTheFirst() {
        String deck = ReflectionFixtures.deck("d", 1, 2, 1)
                .replace("\"id\":\"t2-01\"", "\"id\":\"t1-01\"")
                .replace("\"version\":1", "\"version\":0")
                .replace("\"en\":\"Question 1.1?\"", "\"en\":\"\"");

        assertThatThrownBy(() -> parser.parse(deck))
                .isInstanceOfSatisfying(DeckValidationException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        DeckProblem.deck("version", "bad-version"),
                        DeckProblem.card("t1-01", "id", "duplicate-id"),
                        DeckProblem.card("t1-01", "question.en", "empty-text")));
    }

    @Test
    void aCardWithoutIdIsNamedByItsPosition() {
        String deck = ReflectionFixtures.deck("d", 1, 1, 2).replace("\"id\":\"t1-02\",", "");

        assertThatThrownBy(() -> parser.parse(deck)).isInstanceOfSatisfying(DeckValidationException.class,
                e -> assertThat(e.problems()).containsExactly(DeckProblem.card("cards[1]", "id", "bad-id")));
    }

    @Test
    void aThemeWithoutCardsAndTooManyPromptsAreProblems() {
        String deck = ReflectionFixtures.deck("d", 1, 2, 1)
                .replace("\"theme\":\"t2\"", "\"theme\":\"t1\"")
                .replace("\"prompts\":[{\"da\":\"Hvad ser vi i praksis?\"}]}]",
                        "\"prompts\":[{\"da\":\"a\"},{\"da\":\"b\"},{\"da\":\"c\"},{\"da\":\"d\"}]}]");

        assertThatThrownBy(() -> parser.parse(deck)).isInstanceOfSatisfying(DeckValidationException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        DeckProblem.theme("t2", "cards", "theme-without-cards"),
                        DeckProblem.card("t2-01", "prompts", "bad-prompts")));
    }

    @Test
    void aSchemaLineForTheEditorIsFineAndACardsAboutChildrenMustBeTrueOrFalse() {
        String withSchema = ReflectionFixtures.deck("d", 1, 1, 1).replaceFirst("\\{", "{\"\\$schema\":\"./deck.schema.json\",");
        assertThat(parser.parse(withSchema).id()).isEqualTo("d");

        String deck = ReflectionFixtures.deck("d", 1, 1, 2).replace("\"id\":\"t1-02\",", "\"id\":\"t1-02\",\"aboutChildren\":\"ja\",");

        assertThatThrownBy(() -> parser.parse(deck)).isInstanceOfSatisfying(DeckValidationException.class,
                e -> assertThat(e.problems()).containsExactly(DeckProblem.card("t1-02", "aboutChildren", "not-boolean")));
    }

    @Test
    void notJsonAtAllIsOneProblem() {
        for (String content : List.of("", "nope", "[1,2]", "{\"id\":")) {
            assertThatThrownBy(() -> parser.parse(content)).isInstanceOf(DeckValidationException.class);
        }
    }
}
