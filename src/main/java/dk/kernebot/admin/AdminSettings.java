package dk.kernebot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

import dk.kernebot.logs.LogText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that guards every admin HTTP endpoint ({@code /admin/**}, checked by {@link AdminGuard}). Without one
 * configured the admin API is off; a key shorter than {@link #MIN_KEY_LENGTH} characters stops the start, because
 * a short shared key is guessed. Failed attempts are limited per client ({@code maxFailures} per
 * {@code failureWindow}), and no admin request body may be larger than {@code maxBodyBytes}.
 */
@ConfigurationProperties("kernebot.admin")
public record AdminSettings(String key, int maxFailures, Duration failureWindow, int maxBodyBytes) {

    public static final int MIN_KEY_LENGTH = 32;

    public AdminSettings {
        if (key != null && !key.isBlank() && key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("Kernebot refuses to start: KERNEBOT_ADMIN_KEY (kernebot.admin.key) is " + key.strip().length()
                    + " characters long; it must be at least " + MIN_KEY_LENGTH + " (or empty to turn the admin API off)");
        }
        if (maxFailures <= 0) {
            maxFailures = 10;
        }
        if (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()) {
            failureWindow = Duration.ofMinutes(5);
        }
        if (maxBodyBytes <= 0) {
            maxBodyBytes = 2 * 1024 * 1024;
        }
    }

    public boolean enabled() {
        return key != null && !key.isBlank();
    }

    /** Constant-time, so the key cannot be guessed from response times. */
    public boolean accepts(String presented) {
        return enabled() && presented != null && MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminSettings[key=" + LogText.mask(key) + ", maxFailures=" + maxFailures + ", failureWindow="
                + failureWindow + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
