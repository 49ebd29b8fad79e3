package dk.kernebot.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every deck shipped in the jar: valid, complete in both languages, and big enough to use. */
class BuiltinDeckTest {

    static final List<String> REQUIRED_THEMES = List.of("kerneopgaven", "vaerdisaet", "boernesyn-laeringsmiljoe", "leg",
            "trivsel", "sprog", "foraeldresamarbejde", "overgange", "udsatte-positioner", "evaluering",
            "kommunale-indsatser");

    @Test
    void everyShippedDeckIsValidAndTranslated() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:decks/*.json");
        assertThat(files).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (Resource file : files) {
            Deck deck = new DeckParser().parse(file.getContentAsString(StandardCharsets.UTF_8));
            assertThat(ids.add(deck.id())).as("deck id %s used twice", deck.id()).isTrue();
            Map<String, Long> perTheme = deck.cards().stream()
                    .collect(Collectors.groupingBy(ReflectionCard::themeId, Collectors.counting()));
            deck.themes().forEach(theme -> {
                assertThat(perTheme.getOrDefault(theme.id(), 0L)).as("cards in %s", theme.id()).isGreaterThanOrEqualTo(4);
                assertThat(theme.name().en()).as("English name of %s", theme.id()).isNotBlank();
            });
            deck.cards().forEach(card -> {
                assertThat(card.question().en()).as("English question of %s", card.id()).isNotBlank();
                assertThat(card.prompts()).as("prompts of %s", card.id()).hasSizeBetween(1, 2);
                card.prompts().forEach(p -> assertThat(p.en()).as("English prompt of %s", card.id()).isNotBlank());
            });
        }
    }

    @Test
    void theStandardDeckCoversTheThemesOfBothModelsWithAtLeastSixtyCards() throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:decks/standard.json");
        Deck deck = new DeckParser().parse(file.getContentAsString(StandardCharsets.UTF_8));

        assertThat(deck.id()).isEqualTo(DeckStore.STANDARD);
        assertThat(deck.cards()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(deck.themes()).extracting(Theme::id).containsAll(REQUIRED_THEMES);
        assertThat(deck.cards()).allSatisfy(card -> assertThat(card.id()).startsWith(card.themeId() + "-"));
    }
}
