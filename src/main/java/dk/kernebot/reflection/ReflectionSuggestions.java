package dk.kernebot.reflection;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Finds the reflection card in a conversation's deck that is closest to a question, so the group can try the card
 * before the question goes to the leader (Aalborg's model: the cards settle what they can).
 * Closeness is shared word stems in the card's question, prompts and theme; a card from the preferred theme wins
 * ties, and with no shared words at all the preferred theme's first card is offered.
 */
@Component
public class ReflectionSuggestions {

    /** Words too common in Danish and English questions to say anything about the subject. */
    private static final Set<String> STOP = Set.of("hvordan", "hvorfor", "hvad", "hvem", "hvornår", "skal", "kan",
            "vores", "vi", "ikke", "eller", "også", "have", "være", "blive", "noget", "nogen", "andre", "mere",
            "meget", "hvis", "when", "what", "where", "which", "should", "could", "would", "about", "there");
    private static final int STEM = 5;
    /** Below this, the shared words are too common to call the card a match; the step's theme is offered. */
    private static final double MIN_SCORE = 1.5;

    private final DeckChoice deckChoice;
    private final AgeGroups ageGroups;

    ReflectionSuggestions(DeckChoice deckChoice, AgeGroups ageGroups) {
        this.deckChoice = deckChoice;
        this.ageGroups = ageGroups;
    }

    /**
     * Scores each card by the stems it shares with the question, in the reader's language, each stem weighted by
     * how rare it is in the deck (a shared "barn" says little, a shared "forældremøde" a lot). Only cards for the
     * conversation's age group are offered.
     */
    public Optional<SuggestedCard> suggest(String conversationId, String questionText, String preferredThemeId,
                                           Locale locale) {
        Deck chosen = deckChoice.deckFor(conversationId);
        Deck deck = new Deck(chosen.id(), chosen.version(), chosen.name(), chosen.themes(),
                chosen.cardsFor(ageGroups.of(conversationId), null));
        if (deck.cards().isEmpty()) {
            return Optional.empty();
        }
        Set<String> wanted = stems(questionText);
        Map<String, Set<String>> cardStems = new HashMap<>();
        Map<String, Integer> cardsWith = new HashMap<>();
        for (ReflectionCard card : deck.cards()) {
            Set<String> stems = found(wanted, words(cardText(deck, card, locale)));
            cardStems.put(card.id(), stems);
            stems.forEach(stem -> cardsWith.merge(stem, 1, Integer::sum));
        }
        // The theme as a whole counts too: a question is usually about a theme before it is about one card.
        Map<String, Set<String>> themeStems = new HashMap<>();
        for (ReflectionCard card : deck.cards()) {
            themeStems.computeIfAbsent(card.themeId(), t -> new HashSet<>()).addAll(cardStems.get(card.id()));
        }
        Map<String, Integer> themesWith = new HashMap<>();
        themeStems.values().forEach(stems -> stems.forEach(stem -> themesWith.merge(stem, 1, Integer::sum)));
        Map<String, Double> themeScore = new HashMap<>();
        themeStems.forEach((theme, stems) -> themeScore.put(theme, weight(wanted, stems, themesWith, themeStems.size())));
        Map<String, Double> score = new HashMap<>();
        for (ReflectionCard card : deck.cards()) {
            score.put(card.id(), weight(wanted, cardStems.get(card.id()), cardsWith, deck.cards().size())
                    + themeScore.getOrDefault(card.themeId(), 0.0));
        }
        Comparator<ReflectionCard> byScore = Comparator
                .comparingDouble((ReflectionCard c) -> score.get(c.id()))
                .thenComparing(c -> c.themeId().equals(preferredThemeId));
        Optional<ReflectionCard> best = deck.cards().stream().max(byScore)
                .filter(c -> score.get(c.id()) >= MIN_SCORE);
        Optional<ReflectionCard> picked = best.or(() -> deck.cardsIn(preferredThemeId == null ? "" : preferredThemeId)
                .stream().findFirst());
        return picked.map(c -> new SuggestedCard(deck.id(), c, deck.theme(c.themeId()).orElseThrow()));
    }

    /** A card offered earlier, looked up again to show it on the updated card. */
    public Optional<SuggestedCard> byId(String conversationId, String cardId) {
        Deck deck = deckChoice.deckFor(conversationId);
        return deck.card(cardId).map(c -> new SuggestedCard(deck.id(), c, deck.theme(c.themeId()).orElseThrow()));
    }

    /** Shared stems, each weighted by how few documents (cards, or themes) have it. */
    private static double weight(Set<String> wanted, Set<String> have, Map<String, Integer> documentsWith, int documents) {
        double sum = 0;
        for (String stem : have) {
            if (wanted.contains(stem)) {
                sum += Math.log((double) Math.max(1, documents) / documentsWith.get(stem));
            }
        }
        return sum;
    }

    private static String cardText(Deck deck, ReflectionCard card, Locale locale) {
        StringBuilder text = new StringBuilder(card.question().in(locale));
        card.prompts().forEach(p -> text.append(' ').append(p.in(locale)));
        deck.theme(card.themeId()).ifPresent(t -> text.append(' ').append(t.name().in(locale)));
        return text.toString();
    }

    /**
     * The question's stems that occur inside the text's words. Inside, not only at the start: Danish writes
     * compounds, so "samarbejde" must be found in "forældresamarbejdet".
     */
    private static Set<String> found(Set<String> wanted, Set<String> words) {
        Set<String> found = new HashSet<>();
        for (String stem : wanted) {
            if (words.stream().anyMatch(word -> word.contains(stem))) {
                found.add(stem);
            }
        }
        return found;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        if (text == null) {
            return stems;
        }
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !STOP.contains(word)) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }
}
