package dk.kernebot.links;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Download links that expire ({@code kernebot.links.valid-for}, default 30 days) and can be renewed. A link is
 * the key, like a shared document link (a browser download from Teams carries no login), so it must not live
 * for ever: {@link #renew} gives a fresh one and ends the old one, {@link #current} reuses the live one,
 * {@link #target} opens a link that has not expired.
 */
@Component
public class DownloadLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validFor;

    DownloadLinks(JdbcClient jdbc, Clock clock, @Value("${kernebot.links.valid-for:30d}") Duration validFor) {
        if (validFor == null || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("KERNEBOT_LINK_VALIDITY (kernebot.links.valid-for) must be positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** How long a link works from when it is made. */
    public Duration validFor() {
        return validFor;
    }

    /** A fresh link token for {@code target}; the one before it stops working at once. */
    public String renew(String kind, String target) {
        String token = newToken();
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO download_link (token, kind, target, issued_at, expires_at) VALUES (:token, :kind, :target, :now, :exp)
                ON CONFLICT (kind, target) DO UPDATE SET token = excluded.token, issued_at = excluded.issued_at,
                    expires_at = excluded.expires_at
                """)
                .param("token", token).param("kind", kind).param("target", target).param("now", now)
                .param("exp", now + validFor.toMillis()).update();
        return token;
    }

    /** The live link of {@code target}, or a new one when it has none or it expired. */
    public String current(String kind, String target) {
        return jdbc.sql("SELECT token FROM download_link WHERE kind = :kind AND target = :target AND expires_at > :now")
                .param("kind", kind).param("target", target).param("now", clock.millis())
                .query(String.class).optional()
                .orElseGet(() -> renew(kind, target));
    }

    /** What a link opens, while it is live. */
    public Optional<String> target(String kind, String token) {
        return jdbc.sql("SELECT target FROM download_link WHERE token = :token AND kind = :kind AND expires_at > :now")
                .param("token", token).param("kind", kind).param("now", clock.millis())
                .query(String.class).optional();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
