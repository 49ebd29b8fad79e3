package dk.kernebot.conversation;

import java.time.Clock;
import java.util.Optional;

import dk.kernebot.chat.ConversationType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a reference to every conversation the bot is in. The first activities of a new conversation
 * (conversationUpdate and installationUpdate) arrive at the same moment, so writes are one upsert each,
 * never read-then-insert.
 */
@Component
public class ConversationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ConversationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void remember(ConversationReference reference) {
        long now = clock.millis();
        // Only rewrite the row when something a later proactive send needs has changed (SQLite has one writer).
        jdbc.sql("""
                INSERT INTO conversation (id, tenant_id, channel_id, service_url, conversation_type, team_id,
                                          bot_id, bot_name, locale, first_seen_at, last_seen_at)
                VALUES (:id, :tenant, :channel, :serviceUrl, :type, :team, :botId, :botName, :locale, :now, :now)
                ON CONFLICT (id) DO UPDATE SET
                    tenant_id = COALESCE(excluded.tenant_id, conversation.tenant_id),
                    service_url = excluded.service_url,
                    team_id = COALESCE(excluded.team_id, conversation.team_id),
                    bot_id = COALESCE(excluded.bot_id, conversation.bot_id),
                    bot_name = COALESCE(excluded.bot_name, conversation.bot_name),
                    locale = COALESCE(excluded.locale, conversation.locale),
                    last_seen_at = excluded.last_seen_at
                WHERE conversation.service_url <> excluded.service_url
                   OR conversation.tenant_id IS NULL AND excluded.tenant_id IS NOT NULL
                   OR conversation.team_id IS NULL AND excluded.team_id IS NOT NULL
                   OR conversation.locale IS DISTINCT FROM excluded.locale AND excluded.locale IS NOT NULL
                   OR conversation.last_seen_at < excluded.last_seen_at - 3600000
                """)
                .param("id", reference.conversationId())
                .param("tenant", reference.tenantId())
                .param("channel", reference.channelId())
                .param("serviceUrl", reference.serviceUrl())
                .param("type", reference.type().name())
                .param("team", reference.teamId())
                .param("botId", reference.botId())
                .param("botName", reference.botName())
                .param("locale", reference.locale())
                .param("now", now)
                .update();
    }

    /**
     * Marks the conversation as greeted. Returns true for exactly one caller per conversation, however many
     * "bot added" activities arrive at once.
     */
    public boolean claimWelcome(String conversationId) {
        return jdbc.sql("UPDATE conversation SET welcomed_at = :now WHERE id = :id AND welcomed_at IS NULL")
                .param("now", clock.millis())
                .param("id", conversationId)
                .update() == 1;
    }

    /** The welcome went out in this language on a guess: Teams had not said which one the conversation uses. */
    public void welcomeGuessedLanguage(String conversationId, String language) {
        jdbc.sql("UPDATE conversation SET welcome_guessed_language = :language WHERE id = :id")
                .param("language", language)
                .param("id", conversationId)
                .update();
    }

    /**
     * The language the welcome was guessed in, if it was and nobody has settled it yet; it is settled by this call,
     * for exactly one caller.
     */
    public Optional<String> settleWelcomeLanguage(String conversationId) {
        Optional<String> guessed = jdbc.sql("SELECT welcome_guessed_language FROM conversation WHERE id = :id")
                .param("id", conversationId)
                .query(String.class)
                .list().stream().filter(java.util.Objects::nonNull).findFirst();
        if (guessed.isEmpty()) {
            return guessed;
        }
        boolean settledHere = jdbc.sql("""
                UPDATE conversation SET welcome_guessed_language = NULL
                WHERE id = :id AND welcome_guessed_language IS NOT NULL
                """)
                .param("id", conversationId)
                .update() == 1;
        return settledHere ? guessed : Optional.empty();
    }

    /**
     * Remembers the bot's 1:1 chat with a person, so later notifications need not open one. The Entra object id
     * is kept with it: an institution's file names its leaders by that id only.
     *
     * @return true if the chat or the person's Entra id is new here (the person may be one the bot was waiting for)
     */
    public boolean rememberPersonalChat(String userId, String aadObjectId, String conversationId) {
        return jdbc.sql("""
                INSERT INTO personal_chat (user_id, conversation_id, aad_id, updated_at)
                VALUES (:user, :conversation, :aad, :now)
                ON CONFLICT (user_id) DO UPDATE SET conversation_id = excluded.conversation_id,
                    aad_id = COALESCE(excluded.aad_id, personal_chat.aad_id), updated_at = excluded.updated_at
                WHERE personal_chat.conversation_id <> excluded.conversation_id
                   OR personal_chat.aad_id IS NULL AND excluded.aad_id IS NOT NULL
                """)
                .param("user", userId)
                .param("conversation", conversationId)
                .param("aad", aadObjectId == null || aadObjectId.isBlank() ? null : aadObjectId)
                .param("now", clock.millis())
                .update() == 1;
    }

    /** A personal chat the bot opened itself: it lives where the conversation it was opened from lives. */
    public void rememberPersonal(String conversationId, ConversationRecord openedFrom, String userId, String aadObjectId) {
        remember(new ConversationReference(conversationId, openedFrom.tenantId(), openedFrom.channelId(),
                openedFrom.serviceUrl(), ConversationType.PERSONAL, null, openedFrom.botId(),
                openedFrom.botName(), openedFrom.locale()));
        rememberPersonalChat(userId, aadObjectId, conversationId);
    }

    public Optional<String> personalChatOf(String userId) {
        return jdbc.sql("SELECT conversation_id FROM personal_chat WHERE user_id = :user")
                .param("user", userId)
                .query(String.class)
                .optional();
    }

    /** The person's Teams user id, if the bot has a 1:1 chat with them (the newest, should there be two). */
    public Optional<String> userIdOf(String aadObjectId) {
        if (aadObjectId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM personal_chat WHERE aad_id = :aad ORDER BY updated_at DESC")
                .param("aad", aadObjectId)
                .query(String.class)
                .list().stream().findFirst();
    }

    /**
     * A plain query rather than the repository's findById: the outbox's sender looks the conversation up for every
     * message, and the repository's read-only transaction and mapping cost a third of the sender's CPU per message.
     */
    public Optional<ConversationRecord> find(String conversationId) {
        return jdbc.sql("""
                SELECT id, tenant_id, channel_id, service_url, conversation_type, team_id, bot_id, bot_name, locale,
                       first_seen_at, last_seen_at, welcomed_at
                FROM conversation WHERE id = :id
                """)
                .param("id", conversationId)
                .query(ConversationRecord.class)
                .optional();
    }
}
