package dk.kernebot.help;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.NoticeCard;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Texts;
import dk.kernebot.privacy.PrivacyCards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds the welcome, help and "that button does not work" cards in the user's language. */
@Component
public class HelpCards {

    private final CardRenderer renderer;
    private final Texts texts;
    private final ObjectProvider<ChatCommand> commands;
    private final PrivacyCards privacy;

    public HelpCards(CardRenderer renderer, Texts texts, ObjectProvider<ChatCommand> commands, PrivacyCards privacy) {
        this.renderer = renderer;
        this.texts = texts;
        this.commands = commands;
        this.privacy = privacy;
    }

    public String welcome(ChatContext context) {
        Locale locale = context.locale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", texts.get(locale, "welcome.title"));
        data.put("intro", texts.get(locale, "welcome.intro"));
        data.put("howTo", texts.get(locale, context.isGroup() ? "welcome.group" : "welcome.personal"));
        PrivacyCards.WelcomeLines privacyLines = privacy.welcomeLines(locale);
        data.put("privacyStored", privacyLines.stored());
        data.put("privacyRest", privacyLines.rest());
        data.put("next", texts.get(locale, "welcome.next"));
        data.put("startLabel", texts.get(locale, "welcome.action.start"));
        data.put("helpLabel", texts.get(locale, "welcome.action.help"));
        return renderer.render("welcome", data);
    }

    /** @param unknownCommand what the user typed that matched no command, or null when they asked for help */
    public String help(ChatContext context, String unknownCommand) {
        Locale locale = context.locale();
        List<Map<String, String>> listed = commands.orderedStream()
                .filter(c -> c.helpKey() != null)
                .sorted((a, b) -> Integer.compare(a.helpOrder(), b.helpOrder()))
                .map(c -> Map.of("keyword", keywordFor(c, locale), "description", texts.get(locale, c.helpKey())))
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hasProblem", unknownCommand != null);
        data.put("problem", unknownCommand == null ? "" : texts.get(locale, "help.unknown", shorten(unknownCommand)));
        data.put("title", texts.get(locale, "help.title"));
        data.put("intro", texts.get(locale, context.isGroup() ? "help.intro.group" : "help.intro.personal"));
        data.put("commands", listed);
        data.put("next", texts.get(locale, "help.next"));
        data.put("startLabel", texts.get(locale, "help.action.start"));
        return renderer.render("help", data);
    }

    public String unknownAction(ChatContext context) {
        Locale locale = context.locale();
        return renderer.render(new NoticeCard(texts.get(locale, "action.unknown.title"),
                texts.get(locale, "action.unknown.text"), texts.get(locale, "action.unknown.next"),
                texts.get(locale, "action.help"), "hjælp"));
    }

    /**
     * "Mente du …?": a misspelt command gets the one it most likely meant as a button, not the whole help card.
     *
     * @param typed what the user wrote
     * @param meant the command text to send instead (the suggested keyword with the user's own arguments)
     */
    public String didYouMean(ChatContext context, String typed, String meant) {
        Locale locale = context.locale();
        return renderer.render(new NoticeCard(texts.get(locale, "typo.title", shorten(meant)),
                texts.get(locale, "typo.text", shorten(typed)), texts.get(locale, "typo.next"),
                shorten(meant), meant));
    }

    /** An English reader sees each command's English twin, a Danish reader its Danish word. */
    private static String keywordFor(ChatCommand command, Locale locale) {
        return Texts.ENGLISH.equals(Texts.supported(locale)) ? command.englishHelpKeyword() : command.helpKeyword();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? CardText.shorten(oneLine, 58) : oneLine;
    }
}
