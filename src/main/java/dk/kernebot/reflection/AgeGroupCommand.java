package dk.kernebot.reflection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * "aldersgruppe vuggestue" / "age group nursery": which children the conversation's reflection cards are for.
 * Alone it says which age group is in force and how to change it; an unknown word changes nothing and says what
 * the choices are.
 */
@Component
class AgeGroupCommand implements ChatCommand {

    private final AgeGroups ageGroups;
    private final DeckChoice deckChoice;
    private final ReflectionViews views;
    private final Texts texts;

    AgeGroupCommand(AgeGroups ageGroups, DeckChoice deckChoice, ReflectionViews views, Texts texts) {
        this.ageGroups = ageGroups;
        this.deckChoice = deckChoice;
        this.views = views;
        this.texts = texts;
    }

    @Override
    public List<String> keywords() {
        return List.of("aldersgruppe", "aldersgrupper", "agegroup", "age groups", "age group");
    }

    @Override
    public String helpKey() {
        return "command.aldersgruppe";
    }

    @Override
    public int helpOrder() {
        return 45;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        Locale locale = context.locale();
        if (arguments.isBlank()) {
            return Reply.text(views.ageGroupLine(locale, ageGroups.setting(context.conversationId()))
                    + "\n\n" + texts.get(locale, "ageGroup.how"));
        }
        Optional<AgeGroup> group = AgeGroup.typed(arguments);
        if (group.isEmpty()) {
            return Reply.text(texts.get(locale, "ageGroup.unknown", CardText.escapeMarkdown(arguments.strip()))
                    + "\n\n" + texts.get(locale, "ageGroup.how"));
        }
        ageGroups.choose(context, group.get());
        Deck deck = deckChoice.deckFor(context.conversationId());
        int cards = deck.cardsFor(group.get(), null).size();
        return Reply.text(texts.get(locale, "ageGroup.chosen." + group.get().name().toLowerCase(Locale.ROOT),
                cards, deck.name().in(locale)));
    }
}
