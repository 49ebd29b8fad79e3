package dk.kernebot.privacy;

import java.util.Map;
import java.util.UUID;

import dk.kernebot.chat.FormerParticipant;

/**
 * What an erased person becomes in shared records: a placeholder name in the conversation's language and one new
 * id, random, so the records stay consistent with each other (votes still count once) without pointing at anyone.
 */
final class Former {

    private final String id = FormerParticipant.ID_PREFIX + UUID.randomUUID();
    private final String danish;
    private final String english;

    Former(String danish, String english) {
        this.danish = danish;
        this.english = english;
    }

    String id() {
        return id;
    }

    String danish() {
        return danish;
    }

    /**
     * SQL for the placeholder name in the language of the conversation {@code conversationSql} evaluates to: English
     * where the conversation was last heard in English, Danish otherwise. Use with {@link #params()}.
     */
    static String nameIn(String conversationSql) {
        return "COALESCE((SELECT CAST(:formerEn AS VARCHAR(256)) FROM conversation fc WHERE fc.id = " + conversationSql
                + " AND fc.locale LIKE 'en%'), CAST(:formerDa AS VARCHAR(256)))";
    }

    Map<String, Object> params() {
        return Map.of("formerId", id, "formerDa", danish, "formerEn", english);
    }
}
