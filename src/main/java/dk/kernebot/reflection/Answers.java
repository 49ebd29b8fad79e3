package dk.kernebot.reflection;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dk.kernebot.chat.ChatContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The group's saved answers, with who wrote them and where. */
@Component
class Answers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Answers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SavedAnswer save(ChatContext context, Draw draw, String themeId, String themeName, String question, String answer) {
        SavedAnswer saved = new SavedAnswer(UUID.randomUUID().toString(), draw.id(), themeId, themeName, question,
                answer, context.user().name(), clock.millis());
        jdbc.sql("""
                INSERT INTO reflection_answer (id, draw_id, conversation_id, deck_id, card_id, theme_id, theme_name,
                                               question, answer, author_id, author_aad_id, author_name, created_at)
                VALUES (:id, :draw, :conversation, :deck, :card, :theme, :themeName, :question, :answer,
                        :author, :authorAad, :authorName, :at)
                """)
                .param("id", saved.id())
                .param("draw", draw.id())
                .param("conversation", context.conversationId())
                .param("deck", draw.deckId())
                .param("card", draw.cardId())
                .param("theme", themeId)
                .param("themeName", themeName)
                .param("question", question)
                .param("answer", answer)
                .param("author", context.user().id())
                .param("authorAad", context.user().aadObjectId())
                .param("authorName", context.user().name())
                .param("at", saved.createdAt())
                .update();
        return saved;
    }

    /** Newest first. */
    List<SavedAnswer> newest(String conversationId, int limit) {
        return jdbc.sql("SELECT id, draw_id, theme_id, theme_name, question, answer, author_name, created_at "
                        + "FROM reflection_answer WHERE conversation_id = :c ORDER BY created_at DESC, id LIMIT :limit")
                .param("c", conversationId)
                .param("limit", limit)
                .query(SavedAnswer.class)
                .list();
    }

    /** The answer saved on one draw, to show an answered card again. */
    java.util.Optional<SavedAnswer> ofDraw(String drawId) {
        return jdbc.sql("SELECT id, draw_id, theme_id, theme_name, question, answer, author_name, created_at "
                        + "FROM reflection_answer WHERE draw_id = :d ORDER BY created_at LIMIT 1")
                .param("d", drawId)
                .query(SavedAnswer.class)
                .optional();
    }

    int count(String conversationId) {
        return jdbc.sql("SELECT count(*) FROM reflection_answer WHERE conversation_id = :c")
                .param("c", conversationId)
                .query(Integer.class)
                .single();
    }
}
