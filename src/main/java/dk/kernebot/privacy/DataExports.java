package dk.kernebot.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The download links of "mine data": a random token that stands for one person for a short while. The link is the
 * key (a browser opened from Teams carries no login), so it is long, random, single-person and short-lived.
 */
@Component
class DataExports {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrivacySettings settings;

    DataExports(JdbcClient jdbc, Clock clock, PrivacySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** A new link for the person; its URL. */
    String create(String userId, String aadId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        jdbc.sql("INSERT INTO data_export (token, user_id, aad_id, created_at, expires_at) VALUES (:t, :u, :a, :now, :until)")
                .param("t", token).param("u", userId).param("a", aadId == null || aadId.isBlank() ? null : aadId)
                .param("now", now).param("until", now + settings.exportValidity().toMillis())
                .update();
        return settings.publicUrl() + "/privatliv/data/" + token + ".json";
    }

    /** Whose data the token stands for (Entra id where known, else Teams id), while it has not run out. */
    Optional<String> owner(String token) {
        return jdbc.sql("SELECT COALESCE(aad_id, user_id) FROM data_export WHERE token = :t AND expires_at > :now")
                .param("t", token).param("now", clock.millis())
                .query(String.class).optional();
    }
}
