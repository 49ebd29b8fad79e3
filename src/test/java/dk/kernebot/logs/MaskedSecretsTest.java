package dk.kernebot.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dk.kernebot.admin.AdminSettings;
import dk.kernebot.teams.BotSettings;
import org.junit.jupiter.api.Test;

/** Records that hold a password or key print it masked; text from outside is logged on one line, quoted. */
class MaskedSecretsTest {

    @Test
    void settingsPrintTheirSecretsMasked() {
        String password = "client-secret-value-1234567890";
        String key = "admin-key-value-0123456789abcdefghijkl";

        String bot = new BotSettings("app", password, "tenant", null, List.of("tenant"), 0).toString();
        String admin = new AdminSettings(key, 10, Duration.ofMinutes(5), 0).toString();

        assertThat(bot).doesNotContain(password).doesNotContain(password.substring(0, 6)).contains("appId=app")
                .contains("****(30 chars)");
        assertThat(admin).doesNotContain(key).doesNotContain(key.substring(0, 6)).contains("****(38 chars)");
        assertThat(new AdminSettings("", 0, null, 0).toString()).contains("(not set)");
    }

    @Test
    void textFromOutsideStaysOnOneLine() {
        String forged = "x\r\n2026-12-01 ERROR forged\u2028line\u0000\"quoted\"";

        String safe = LogText.safe(forged);

        assertThat(safe).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028").doesNotContain("\u0000")
                .startsWith("\"").contains("\\\"quoted\\\"");
        assertThat(LogText.safe("y".repeat(1000))).hasSizeLessThan(260).endsWith("(1000 chars)");
    }
}
