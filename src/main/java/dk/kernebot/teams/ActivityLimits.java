package dk.kernebot.teams;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import dk.kernebot.cards.CardText;

/**
 * What an incoming activity may carry before the bot stores any of it. Teams' identifiers are far below
 * these bounds; anything beyond them is not from Teams, and is refused with a 400 rather than failing
 * in the database with a 500.
 */
final class ActivityLimits {

    static final int MAX_ID = 512;
    static final int MAX_SHORT_ID = 64;
    static final int MAX_TENANT_ID = 128;
    static final int MAX_SERVICE_URL = 1024;
    static final int MAX_LOCALE = 35;
    static final int MAX_NAME = 256;

    private ActivityLimits() {
    }

    /** PostgreSQL cannot store U+0000 in text, and no Teams client sends it: drop it wherever it appears. */
    static void removeNulCharacters(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && field.getValue().asText().indexOf('\0') >= 0) {
                    field.setValue(TextNode.valueOf(field.getValue().asText().replace("\0", "")));
                } else {
                    removeNulCharacters(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && item.asText().indexOf('\0') >= 0) {
                    array.set(i, TextNode.valueOf(item.asText().replace("\0", "")));
                } else {
                    removeNulCharacters(item);
                }
            }
        }
    }

    /** The name of the first field that is longer than the bot stores, or null when all fit. */
    static String firstTooLong(Activity activity) {
        if (tooLong(activity.getId(), MAX_ID)) {
            return "id";
        }
        if (tooLong(activity.getReplyToId(), MAX_ID)) {
            return "replyToId";
        }
        if (tooLong(activity.getChannelId(), MAX_SHORT_ID)) {
            return "channelId";
        }
        if (tooLong(activity.getServiceUrl(), MAX_SERVICE_URL)) {
            return "serviceUrl";
        }
        if (activity.getConversation() != null && (tooLong(activity.getConversation().getId(), MAX_ID)
                || tooLong(activity.getConversation().getTenantId(), MAX_TENANT_ID))) {
            return "conversation";
        }
        if (accountTooLong(activity.getFrom())) {
            return "from";
        }
        if (accountTooLong(activity.getRecipient())) {
            return "recipient";
        }
        return null;
    }

    /** Display names are shown, not trusted: a very long one is shortened rather than refused. */
    static void shortenNames(Activity activity) {
        for (ChannelAccount account : new ChannelAccount[] {activity.getFrom(), activity.getRecipient()}) {
            if (account != null) {
                account.setName(shortName(account.getName()));
            }
        }
    }

    static String shortName(String name) {
        return tooLong(name, MAX_NAME) ? CardText.shorten(name, MAX_NAME) : name;
    }

    static boolean isLanguageTag(String tag) {
        if (tag.length() > MAX_LOCALE) {
            return false;
        }
        try {
            new java.util.Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean accountTooLong(ChannelAccount account) {
        return account != null && (tooLong(account.getId(), MAX_ID) || tooLong(account.getAadObjectId(), MAX_TENANT_ID));
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
