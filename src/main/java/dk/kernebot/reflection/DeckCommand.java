package dk.kernebot.reflection;

import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** "kortsæt" lists the decks a conversation can draw from; a button (or "kortsæt &lt;id&gt;") chooses one. */
@Component
class DeckCommand implements ChatCommand {

    private final DeckStore decks;
    private final DeckChoice choice;
    private final CardRenderer renderer;
    private final Texts texts;
    private final AgeGroups ageGroups;
    private final ReflectionViews views;

    DeckCommand(DeckStore decks, DeckChoice choice, CardRenderer renderer, Texts texts, AgeGroups ageGroups,
                ReflectionViews views) {
        this.ageGroups = ageGroups;
        this.views = views;
        this.decks = decks;
        this.choice = choice;
        this.renderer = renderer;
        this.texts = texts;
    }

    @Override
    public List<String> keywords() {
        return List.of("kortsæt", "kortsaet", "bunke", "decks", "deck");
    }

    @Override
    public String helpKey() {
        return "command.kortsaet";
    }

    @Override
    public int helpOrder() {
        return 40;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        if (arguments.isBlank()) {
            return Reply.card(list(context, null));
        }
        return Reply.card(chooseAndList(context, arguments.strip()));
    }

    Reply choose(ChatContext context, String deckId) {
        return Reply.replaceCard(chooseAndList(context, deckId == null ? "" : deckId));
    }

    private String chooseAndList(ChatContext context, String deckId) {
        Locale locale = context.locale();
        // Another tenant's deck is as unknown here as one that does not exist.
        if (decks.active(deckId).isEmpty() || !decks.summary(deckId).map(d -> choice.usable(context, d)).orElse(false)) {
            return list(context, texts.get(locale, "decks.unknown", CardText.escapeMarkdown(deckId)));
        }
        choice.choose(context, deckId);
        return list(context, null);
    }

    private String list(ChatContext context, String problem) {
        Locale locale = context.locale();
        String current = choice.deckFor(context.conversationId()).id();
        List<DeckLine> listed = decks.list().stream()
                .filter(d -> !d.retired() && choice.visible(context, d))
                .map(d -> new DeckLine(d.id(),
                        CardText.escapeMarkdown(Texts.ENGLISH.equals(Texts.supported(locale)) && d.nameEn() != null
                                ? d.nameEn() : d.nameDa()),
                        texts.get(locale, "decks.details", d.cardCount(), d.id()),
                        d.id().equals(current), !d.id().equals(current)))
                .toList();
        return renderer.render(new DecksCard(problem != null, problem == null ? "" : problem,
                texts.get(locale, "decks.title"), texts.get(locale, "decks.intro"),
                views.ageGroupLine(locale, ageGroups.setting(context.conversationId())),
                texts.get(locale, "decks.current"), texts.get(locale, "decks.choose"),
                texts.get(locale, "reflection.answers.draw"), listed));
    }

    /** One deck on the card, with "I bruger den" or a button to use it. */
    record DeckLine(String id, String name, String details, boolean isCurrent, boolean isOther) {
    }

    @CardTemplate("decks")
    record DecksCard(boolean hasProblem, String problem, String title, String intro, String ageGroup,
                     String currentLabel, String chooseLabel, String drawLabel, List<DeckLine> decks)
            implements CardView {
    }
}
