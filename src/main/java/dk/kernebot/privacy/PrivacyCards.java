package dk.kernebot.privacy;

import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
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
                texts.get(locale, "privacy.welcome.rest", kept(locale), settings.url(locale)));
    }

    /** Bound to {@code cards/privacy.json}. */
    @CardTemplate("privacy")
    record Card(String title, String what, String why, String who, String howLong, String children, String rights,
                String readMoreLabel, String url) implements CardView {
    }

    String card(Locale locale) {
        return renderer.render(new Card(texts.get(locale, "privacy.title"), texts.get(locale, "privacy.what"),
                texts.get(locale, "privacy.why"), texts.get(locale, "privacy.who"),
                texts.get(locale, "privacy.howLong", kept(locale), Spans.of(texts, locale, settings.removalGrace())),
                texts.get(locale, "privacy.children"), texts.get(locale, "privacy.rights"),
                texts.get(locale, "privacy.readMore"), settings.url(locale)));
    }

    /** Answers, questions and sessions: one period when they are the same, else the longest (the README has each). */
    private String kept(Locale locale) {
        return Spans.of(texts, locale, Spans.longest(retention.answers(), retention.questions(), retention.sessions()));
    }
}
