package dk.kernebot.reflection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
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
        List<Map<String, Object>> listed = decks.list().stream()
                .filter(d -> !d.retired() && choice.visible(context, d))
                .map(d -> Map.<String, Object>of(
                        "id", d.id(),
                        "name", CardText.escapeMarkdown(Texts.ENGLISH.equals(Texts.supported(locale)) && d.nameEn() != null
                                ? d.nameEn() : d.nameDa()),
                        "details", texts.get(locale, "decks.details", d.cardCount(), d.id()),
                        "isCurrent", d.id().equals(current),
                        "isOther", !d.id().equals(current)))
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hasProblem", problem != null);
        data.put("problem", problem == null ? "" : problem);
        data.put("title", texts.get(locale, "decks.title"));
        data.put("intro", texts.get(locale, "decks.intro"));
        data.put("ageGroup", views.ageGroupLine(locale, ageGroups.setting(context.conversationId())));
        data.put("currentLabel", texts.get(locale, "decks.current"));
        data.put("chooseLabel", texts.get(locale, "decks.choose"));
        data.put("drawLabel", texts.get(locale, "reflection.answers.draw"));
        data.put("decks", listed);
        return renderer.render("decks", data);
    }
}
