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

    /**
     * The strengthened pædagogiske læreplan: its six læreplanstemaer and the elements of the common pedagogical
     * foundation, each with the theme that carries it (older ids stay, so draws and answers keep their theme).
     */
    static final Map<String, String> LAEREPLAN = Map.ofEntries(
            Map.entry("alsidig personlig udvikling", "alsidig-personlig-udvikling"),
            Map.entry("social udvikling", "social-udvikling"),
            Map.entry("kommunikation og sprog", "sprog"),
            Map.entry("krop, sanser og bevægelse", "krop-sanser-bevaegelse"),
            Map.entry("natur, udeliv og science", "natur-udeliv-science"),
            Map.entry("kultur, æstetik og fællesskab", "kultur-aestetik-faellesskab"),
            Map.entry("børnesyn", "boernesyn"),
            Map.entry("dannelse og børneperspektiv", "dannelse-boerneperspektiv"),
            Map.entry("leg", "leg"),
            Map.entry("læring", "laering"),
            Map.entry("børnefællesskaber", "boernefaellesskaber"),
            Map.entry("pædagogisk læringsmiljø hele dagen", "boernesyn-laeringsmiljoe"),
            Map.entry("forældresamarbejde", "foraeldresamarbejde"),
            Map.entry("børn i udsatte positioner", "udsatte-positioner"),
            Map.entry("sammenhæng og overgange", "overgange"),
            Map.entry("evalueringskultur", "evaluering"));

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
    void theStandardDeckCoversTheAalborgThemesAndTheLaereplanWithAtLeast130Cards() throws IOException {
        Deck deck = standard();

        assertThat(deck.id()).isEqualTo(DeckStore.STANDARD);
        assertThat(deck.cards()).hasSizeGreaterThanOrEqualTo(130);
        assertThat(deck.themes()).extracting(Theme::id).containsAll(REQUIRED_THEMES);
        assertThat(deck.cards()).allSatisfy(card -> assertThat(card.id()).startsWith(card.themeId() + "-"));
        assertThat(deck.cards().stream().map(ReflectionCard::id).distinct().count()).isEqualTo(deck.cards().size());
        LAEREPLAN.forEach((element, themeId) -> {
            Theme theme = deck.theme(themeId).orElseThrow(() -> new AssertionError("no theme " + themeId + " for " + element));
            assertThat(theme.name().da().toLowerCase(java.util.Locale.ROOT)).as("name of %s", themeId).contains(element);
            assertThat(deck.cardsIn(themeId)).as("cards for %s", element).hasSizeGreaterThanOrEqualTo(5);
        });
    }

    @Test
    void everyThemeOfTheStandardDeckHasCardsForTheVuggestueAndForTheBoernehave() throws IOException {
        Deck deck = standard();

        for (Theme theme : deck.themes()) {
            assertThat(deck.cardsFor(AgeGroup.VUGGESTUE, theme.id())).as("vuggestue cards in %s", theme.id())
                    .hasSizeGreaterThanOrEqualTo(4);
            assertThat(deck.cardsFor(AgeGroup.BOERNEHAVE, theme.id())).as("børnehave cards in %s", theme.id())
                    .hasSizeGreaterThanOrEqualTo(4);
        }
        assertThat(deck.cards()).filteredOn(c -> c.ageGroup() == AgeGroup.VUGGESTUE).hasSizeGreaterThanOrEqualTo(10);
        assertThat(deck.cards()).filteredOn(c -> c.ageGroup() == AgeGroup.BOERNEHAVE).hasSizeGreaterThanOrEqualTo(10);
    }

    /**
     * A prompt must add something (an angle, an example to look for, a next step), so it may not repeat its
     * question: not the same text, and not mostly the question's own words.
     */
    @Test
    void noPromptRepeatsItsQuestion() throws IOException {
        List<String> repeats = new java.util.ArrayList<>();
        for (ReflectionCard card : standard().cards()) {
            for (LocalizedText prompt : card.prompts()) {
                check(card, "da", card.question().da(), prompt.da(), repeats);
                check(card, "en", card.question().en(), prompt.en(), repeats);
            }
        }
        assertThat(repeats).as("prompts that repeat their question").isEmpty();
    }

    @Test
    void theRepeatCheckCatchesARephrasedPrompt() {
        ReflectionCard card = new ReflectionCard("evaluering-99", "evaluering",
                new LocalizedText("Hvad viser data – observationer og sprogvurderinger – om, hvorvidt det virker?", null),
                List.of(), false, AgeGroup.BEGGE);
        List<String> repeats = new java.util.ArrayList<>();

        check(card, "da", card.question().da(), "Hvad viser data?", repeats);
        check(card, "da", card.question().da(), card.question().da(), repeats);
        check(card, "da", card.question().da(), "Hvad viser sprogvurderingerne om det, der virker?", repeats);
        check(card, "da", card.question().da(), "Vælg én observation fra i går, og læs den højt.", repeats);

        assertThat(repeats).hasSize(3);
    }

    private static final Set<String> COMMON = Set.of("hvad", "hvordan", "hvorfor", "hvem", "hvornår", "hvilke",
            "hvilken", "hvilket", "hvor", "vores", "være", "have", "blive", "ikke", "eller", "også", "noget", "nogen",
            "andre", "mere", "meget", "hvis", "skal", "kunne", "ville", "selv", "efter", "jeres", "deres", "hinanden",
            "kun", "bare", "lige", "børn", "børnene", "barn", "barnet", "barnets", "what", "when", "where", "which",
            "should", "could", "would", "about", "there", "their", "they", "them", "this", "that", "with", "from",
            "does", "into", "your", "children", "child", "each", "other", "something");

    /** Shared stems (first five letters of the words that say something) of a prompt and its question. */
    private static void check(ReflectionCard card, String language, String question, String prompt, List<String> repeats) {
        Set<String> asked = stems(question);
        Set<String> prompted = stems(prompt);
        Set<String> shared = new HashSet<>(prompted);
        shared.retainAll(asked);
        boolean same = prompt.strip().equalsIgnoreCase(question.strip());
        boolean mostlyTheQuestionsWords = shared.size() >= 2 && shared.size() * 3 > prompted.size() * 2;
        boolean mostOfTheQuestion = !asked.isEmpty() && shared.size() * 2 >= asked.size();
        if (same || mostlyTheQuestionsWords || mostOfTheQuestion) {
            repeats.add(card.id() + " (" + language + "): \"" + prompt + "\" shares " + shared);
        }
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !COMMON.contains(word)) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return stems;
    }

    private static Deck standard() throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:decks/standard.json");
        return new DeckParser().parse(file.getContentAsString(StandardCharsets.UTF_8));
    }
}
