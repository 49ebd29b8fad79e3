package dk.kernebot.teams;

import com.microsoft.bot.schema.Activity;

/**
 * The command a user typed, without the @mention of the bot and without the HTML Teams sometimes wraps
 * messages in. In group chats and channels the bot only gets messages that mention it.
 */
final class CommandText {

    private CommandText() {
    }

    static String of(Activity activity) {
        String text = activity.getText();
        if (text == null) {
            return "";
        }
        if (activity.getMentions() != null && !activity.getMentions().isEmpty()) {
            try {
                text = activity.removeRecipientMention();
            } catch (RuntimeException malformedMention) {
                // A mention entity without the fields the SDK expects: fall back to stripping the markup below.
            }
        }
        if (text == null) {
            return "";
        }
        String plain = text
                .replaceAll("(?is)<at>.*?</at>", " ")
                .replaceAll("(?s)<[^>]{0,200}>", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"");
        return plain.replace('\u00a0', ' ').strip();
    }
}
