package dk.kernebot.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** What Kernebot stores, told plainly: two lines on the welcome card, and the "privatliv" card. */
@Component
public class PrivacyCards {

    private final CardRenderer renderer;
    private final Texts texts;
    private final PrivacySettings settings;
    private final RetentionSettings retention;

    PrivacyCards(CardRenderer renderer, Texts texts, PrivacySettings settings, RetentionSettings retention) {
        this.renderer = renderer;
        this.texts = texts;
        this.settings = settings;
        this.retention = retention;
    }

    /** For the welcome card: what is stored and who sees it, then for how long, children, and the link. */
    public record WelcomeLines(String stored, String rest) {
    }

    public WelcomeLines welcomeLines(Locale locale) {
        return new WelcomeLines(texts.get(locale, "privacy.welcome.stored"),
                texts.get(locale, "privacy.welcome.rest", kept(locale), settings.url()));
    }

    /** The reminder shown on cards and session steps that invite talk about children. */
    public String childrenReminder(Locale locale) {
        return texts.get(locale, "privacy.children.reminder");
    }

    String card(Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", texts.get(locale, "privacy.title"));
        data.put("what", texts.get(locale, "privacy.what"));
        data.put("why", texts.get(locale, "privacy.why"));
        data.put("who", texts.get(locale, "privacy.who"));
        data.put("howLong", texts.get(locale, "privacy.howLong", kept(locale),
                Spans.of(texts, locale, settings.removalGrace())));
        data.put("children", texts.get(locale, "privacy.children"));
        data.put("rights", texts.get(locale, "privacy.rights"));
        data.put("readMoreLabel", texts.get(locale, "privacy.readMore"));
        data.put("url", settings.url());
        return renderer.render("privacy", data);
    }

    /** Answers, questions and sessions: one period when they are the same, else the longest (the README has each). */
    private String kept(Locale locale) {
        return Spans.of(texts, locale, Spans.longest(retention.answers(), retention.questions(), retention.sessions()));
    }
}
