package dk.kernebot.institution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that guards the admin HTTP endpoints (decks, institutions). Without one configured, they are off.
 * It lives here because configuring institutions is what administration is about; other features borrow it.
 */
@ConfigurationProperties("kernebot.admin")
public record AdminSettings(String key) {

    public boolean enabled() {
        return key != null && !key.isBlank();
    }

    /** Constant-time, so the key cannot be guessed from response times. */
    public boolean accepts(String presented) {
        return enabled() && presented != null && MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
