package dk.kernebot.institution;

import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import dk.kernebot.cards.NoticeCard;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** The institution card and the chat texts of this feature, in the reader's language. */
@Component
class InstitutionCards {

    /** After reading the card, the natural thing to do is to talk: a reflection card starts that. */
    private static final String NEXT_COMMAND = "kort";
    private static final int MAX_LISTED = 30;

    private final CardRenderer renderer;
    private final Texts texts;

    InstitutionCards(CardRenderer renderer, Texts texts) {
        this.renderer = renderer;
        this.texts = texts;
    }

    String text(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    /** One value of the værdisæt on the card. */
    record ValueLine(String name, String description) {
    }

    /** Bound to {@code cards/institution.json}. */
    @CardTemplate("institution")
    record Card(boolean hasNotice, String notice, String heading, String name, String kerneopgaveLabel,
                String kerneopgave, String valuesLabel, List<ValueLine> values, String next, String actionLabel,
                String actionCommand) implements CardView {
    }

    /** @param notice what just changed (a link was made), or null */
    String profile(ChatContext context, InstitutionProfile profile, String notice) {
        Locale locale = context.locale();
        List<ValueLine> values = profile.values().stream().map(value -> new ValueLine(
                CardText.escapeMarkdown(value.name(locale)), CardText.escapeMarkdown(value.description(locale)))).toList();
        return renderer.render(new Card(notice != null, notice == null ? "" : notice,
                text(locale, "institution.card.heading"), CardText.escapeMarkdown(profile.name()),
                text(locale, "institution.card.kerneopgave"), CardText.escapeMarkdown(profile.kerneopgave(locale)),
                text(locale, "institution.card.values"), values, text(locale, "institution.card.next"),
                text(locale, "institution.card.action"), NEXT_COMMAND));
    }

    /** No institution here: say so, and who can change it. An admin also sees which ids exist. */
    String none(ChatContext context, boolean admin, List<String> knownIds) {
        Locale locale = context.locale();
        String text = text(locale, context.isGroup() ? "institution.none.group" : "institution.none.personal");
        if (admin && context.isGroup()) {
            text = text + " " + known(locale, knownIds);
        }
        return renderer.render(new NoticeCard(text(locale, "institution.none.title"), text,
                text(locale, "institution.none.next"), text(locale, "institution.card.action"), NEXT_COMMAND));
    }

    /** The ids an admin can choose from; a long list is cut, since a chat message is no place for hundreds. */
    String known(Locale locale, List<String> ids) {
        if (ids.isEmpty()) {
            return text(locale, "institution.known.none");
        }
        String listed = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_LISTED)));
        return text(locale, "institution.known", ids.size() > MAX_LISTED ? listed + ", …" : listed);
    }
}
