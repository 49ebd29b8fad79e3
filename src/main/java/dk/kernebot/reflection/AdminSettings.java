package dk.kernebot.reflection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The key that guards the admin endpoints. Without one configured, the endpoints are off. */
@ConfigurationProperties("kernebot.admin")
record AdminSettings(String key) {

    boolean enabled() {
        return key != null && !key.isBlank();
    }

    /** Constant-time, so the key cannot be guessed from response times. */
    boolean accepts(String presented) {
        return enabled() && presented != null && MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
