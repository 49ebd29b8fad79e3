package dk.kernebot.cardsize;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.links.DownloadLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole of a message that was sent shortened, behind a download link ({@link DownloadLinks}, kind
 * {@value #LINK_KIND}). A copy lives as long as its link; privacy's tables delete it with its conversation.
 */
@Component
class CardCopies {

    static final String LINK_KIND = "card";

    /** One stored copy: what was too large, in which language it was written. */
    record Copy(String contentType, String content, Locale locale) {
        boolean isCard() {
            return "card".equals(contentType);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DownloadLinks links;

    CardCopies(JdbcClient jdbc, Clock clock, DownloadLinks links) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.links = links;
    }

    /** Stores the content and answers the token of its link. */
    String keep(String conversationId, String contentType, String content, Locale locale) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO card_copy (id, conversation_id, content_type, content, locale, created_at, expires_at)
                VALUES (:id, :c, :type, :content, :locale, :now, :expires)""")
                .param("id", id).param("c", conversationId).param("type", contentType).param("content", content)
                .param("locale", locale.toLanguageTag()).param("now", now)
                .param("expires", now + links.validFor().toMillis()).update();
        return links.renew(LINK_KIND, id);
    }

    Optional<Copy> open(String token) {
        return links.target(LINK_KIND, token).flatMap(id -> jdbc.sql(
                        "SELECT content_type, content, locale FROM card_copy WHERE id = :id AND expires_at > :now")
                .param("id", id).param("now", clock.millis())
                .query((row, n) -> new Copy(row.getString(1), row.getString(2), Locale.forLanguageTag(row.getString(3))))
                .optional());
    }
}
