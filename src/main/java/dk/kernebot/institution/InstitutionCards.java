package dk.kernebot.institution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
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

    /** @param notice what just changed (a link was made), or null */
    String profile(ChatContext context, InstitutionProfile profile, String notice) {
        Locale locale = context.locale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hasNotice", notice != null);
        data.put("notice", notice == null ? "" : notice);
        data.put("heading", text(locale, "institution.card.heading"));
        data.put("name", CardText.escapeMarkdown(profile.name()));
        data.put("kerneopgaveLabel", text(locale, "institution.card.kerneopgave"));
        data.put("kerneopgave", CardText.escapeMarkdown(profile.kerneopgave(locale)));
        data.put("valuesLabel", text(locale, "institution.card.values"));
        data.put("values", profile.values().stream().map(value -> Map.of(
                "name", CardText.escapeMarkdown(value.name(locale)),
                "description", CardText.escapeMarkdown(value.description(locale)))).toList());
        data.put("next", text(locale, "institution.card.next"));
        data.put("actionLabel", text(locale, "institution.card.action"));
        data.put("actionCommand", NEXT_COMMAND);
        return renderer.render("institution", data);
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
