package dk.kernebot.reflection;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashSet;
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

    private final DeckChoice deckChoice;

    ReflectionSuggestions(DeckChoice deckChoice) {
        this.deckChoice = deckChoice;
    }

    public Optional<SuggestedCard> suggest(String conversationId, String questionText, String preferredThemeId) {
        Deck deck = deckChoice.deckFor(conversationId);
        Set<String> wanted = stems(questionText);
        Comparator<ReflectionCard> byScore = Comparator
                .comparingInt((ReflectionCard c) -> overlap(wanted, deck, c))
                .thenComparing(c -> c.themeId().equals(preferredThemeId));
        Optional<ReflectionCard> best = deck.cards().stream().max(byScore)
                .filter(c -> overlap(wanted, deck, c) > 0);
        Optional<ReflectionCard> chosen = best.or(() -> deck.cardsIn(preferredThemeId == null ? "" : preferredThemeId)
                .stream().findFirst());
        return chosen.map(c -> new SuggestedCard(deck.id(), c, deck.theme(c.themeId()).orElseThrow()));
    }

    /** A card offered earlier, looked up again to show it on the updated card. */
    public Optional<SuggestedCard> byId(String conversationId, String cardId) {
        Deck deck = deckChoice.deckFor(conversationId);
        return deck.card(cardId).map(c -> new SuggestedCard(deck.id(), c, deck.theme(c.themeId()).orElseThrow()));
    }

    private static int overlap(Set<String> wanted, Deck deck, ReflectionCard card) {
        StringBuilder text = new StringBuilder();
        text.append(card.question().da()).append(' ').append(card.question().en() == null ? "" : card.question().en());
        card.prompts().forEach(p -> text.append(' ').append(p.da()).append(' ').append(p.en() == null ? "" : p.en()));
        deck.theme(card.themeId()).ifPresent(t -> text.append(' ').append(t.name().da()));
        Set<String> have = stems(text.toString());
        have.retainAll(wanted);
        return have.size();
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
