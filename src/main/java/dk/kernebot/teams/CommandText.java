package dk.kernebot.teams;

import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;

/**
 * The command a user typed, without the @mention of the bot and without the HTML Teams sometimes wraps
 * messages in. In group chats and channels the bot only gets messages that mention it.
 *
 * <p>Everything here is linear in the text: the mention's text is removed literally (the SDK's
 * {@code removeRecipientMention} uses it as a regular expression, so a crafted mention could keep a thread busy
 * for minutes), {@code <at>} tags are found with plain index scans, and the one pattern left is bounded.
 */
final class CommandText {

    /** At most 200 characters inside a tag, so a '<' without its '>' costs a bounded look-ahead. */
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");

    private CommandText() {
    }

    static String of(Activity activity) {
        String text = activity.getText();
        if (text == null) {
            return "";
        }
        text = withoutBotMentions(activity, text);
        String plain = TAG.matcher(withoutAtTags(text)).replaceAll(" ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"");
        return plain.replace('\u00a0', ' ').strip();
    }

    private static String withoutBotMentions(Activity activity, String text) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (botId == null) {
            return text;
        }
        try {
            if (activity.getMentions() == null) {
                return text;
            }
            String result = text;
            for (Mention mention : activity.getMentions()) {
                if (mention.getMentioned() != null && botId.equals(mention.getMentioned().getId())
                        && mention.getText() != null && !mention.getText().isEmpty()) {
                    result = result.replace(mention.getText(), " ");
                }
            }
            return result;
        } catch (RuntimeException malformedMention) {
            // A mention entity of an unexpected shape: the <at> tags are stripped below all the same.
            return text;
        }
    }

    /** Drops every {@code <at>...</at>} (any letter case), scanning each character a bounded number of times. */
    static String withoutAtTags(String text) {
        StringBuilder out = null;
        int from = 0;
        int copied = 0;
        while (true) {
            int open = indexOfIgnoreCase(text, "<at>", from);
            if (open < 0) {
                break;
            }
            int close = indexOfIgnoreCase(text, "</at>", open + 4);
            if (close < 0) {
                break;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, open).append(' ');
            copied = close + 5;
            from = copied;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i <= text.length() - needle.length(); i++) {
            if (text.charAt(i) == '<' && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
