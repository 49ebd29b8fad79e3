package dk.kernebot.chat;

import java.util.List;

/**
 * A command users type in a chat ("kort", "hjælp", ...). Implementations are Spring beans; the router finds them.
 */
public interface ChatCommand {

    /** The words that start this command, lower case, Danish and English ("træk et kort", "card"). */
    List<String> keywords();

    /**
     * Everything this command understands in full, so a misspelt text can be told which command it meant: its
     * keywords, and for a command whose words go on ("start" + a process) the whole phrases ("start kerneopgave").
     */
    default List<String> phrases() {
        return keywords();
    }

    /** Message key of the one-line description shown on the help card, or null to keep the command off it. */
    default String helpKey() {
        return null;
    }

    /** The word shown on the help card for this command. */
    default String helpKeyword() {
        return keywords().get(0);
    }

    /**
     * The word shown on the English help card: the last keyword, which is the English one, unless the command has
     * only Danish words there (then it says its English twin itself).
     */
    default String englishHelpKeyword() {
        List<String> keywords = keywords();
        return keywords.size() > 1 ? keywords.get(keywords.size() - 1) : helpKeyword();
    }

    /** Position on the help card; lower comes first. */
    default int helpOrder() {
        return 100;
    }

    /** @param arguments the text after the keyword, trimmed, in the user's original letter case */
    Reply handle(ChatContext context, String arguments);
}
