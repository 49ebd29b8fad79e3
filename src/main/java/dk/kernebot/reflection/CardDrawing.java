package dk.kernebot.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * Draws the next card for a chat: from its age group's cards, none repeating until the deck (or theme) is used up,
 * and the chat's previous card put away.
 */
@Component
class CardDrawing {

    /**
     * What a draw shows: the new card (or the theme chooser when there is none to draw), and the update that puts
     * the previous card away.
     */
    record Drawn(String card, Optional<Draw> draw, Optional<Reply.CardUpdate> putAway) {

        /** The card as a new message in the chat. */
        Reply posted() {
            OutgoingMessage message = OutgoingMessage.card(card);
            return withPutAway(Reply.none().and(draw.map(d -> message.tagged(CurrentCards.tag(d.id()))).orElse(message)));
        }

        /** The card in place of the card that was clicked. */
        Reply inPlace() {
            Reply reply = Reply.replaceCard(card);
            return withPutAway(draw.map(d -> reply.taggingReplacement(CurrentCards.tag(d.id()))).orElse(reply));
        }

        private Reply withPutAway(Reply reply) {
            return putAway.map(update -> reply.alsoUpdate(update.tag(), update.cardJson())).orElse(reply);
        }
    }

    private final AgeGroups ageGroups;
    private final Draws draws;
    private final ReflectionViews views;
    private final CurrentCards current;

    CardDrawing(AgeGroups ageGroups, Draws draws, ReflectionViews views, CurrentCards current) {
        this.ageGroups = ageGroups;
        this.draws = draws;
        this.views = views;
        this.current = current;
    }

    /**
     * A card for the chat's age group, from the whole deck or one theme; when there is none, the theme chooser says
     * so (and why) in its place.
     */
    Drawn draw(ChatContext context, Deck deck, String themeId) {
        AgeGroups.Setting ageGroup = ageGroups.setting(context.conversationId());
        List<ReflectionCard> pool = deck.cardsFor(ageGroup.group(), themeId);
        if (pool.isEmpty()) {
            String group = views.text(context.locale(), ageGroup.group().textKey());
            String problem = themeId == null
                    ? views.text(context.locale(), "reflection.ageGroup.deckEmpty", deck.name().in(context.locale()), group)
                    : views.text(context.locale(), "reflection.ageGroup.themeEmpty",
                            deck.theme(themeId).map(t -> t.name().in(context.locale())).orElse(themeId), group);
            return new Drawn(views.themes(context.locale(), deck, ageGroup, problem), Optional.empty(), Optional.empty());
        }
        Set<String> used = draws.usedCards(context.conversationId(), deck.id());
        List<ReflectionCard> candidates = new ArrayList<>(pool.stream().filter(c -> !used.contains(c.id())).toList());
        boolean restarted = false;
        if (candidates.isEmpty()) {
            draws.clear(context.conversationId(), deck.id(), pool.stream().map(ReflectionCard::id).toList());
            candidates.addAll(pool);
            restarted = true;
        }
        ReflectionCard card = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        Optional<Draw> previous = draws.latest(context.conversationId());
        Draw draw = draws.create(context, deck.id(), card.id(), themeId, restarted);
        return new Drawn(views.card(context.locale(), deck, card, ReflectionViews.CardState.open(draw)),
                Optional.of(draw), current.putAway(context, previous, draw));
    }
}
