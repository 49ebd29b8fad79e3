package dk.kernebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dk.kernebot.KernebotApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Authentication off only on purpose: without an app id the bot binds to loopback and says so in one line, and a
 * production setting without an app id (or a short admin key) stops the start with a message naming the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupModeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kernebot.bot.app-password=secret                              | MicrosoftAppPassword",
            "kernebot.bot.tenant-id=3f2504e0-4f89-11d3-9a0c-0305e82c3301   | MicrosoftAppTenantId",
            "kernebot.bot.allowed-tenants=tenant-a                         | KERNEBOT_ALLOWED_TENANTS",
            "kernebot.questions.admins=3f2504e0-4f89-11d3-9a0c-0305e82c3301 | KERNEBOT_ADMINS",
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test   | KERNEBOT_DB_URL",
            "spring.datasource.url=jdbc:postgresql://db.example:5432/prod  | another machine",
            "kernebot.session.public-url=https://kernebot.example          | KERNEBOT_PUBLIC_URL",
            "server.address=0.0.0.0                                        | server.address",
            "kernebot.bot.authentication=on                                | MicrosoftAppId",
            "kernebot.admin.key=only-twenty-characters                      | KERNEBOT_ADMIN_KEY"})
    void aProductionSettingWithoutAnAppIdRefusesTheStartNamingIt(String setting, String named) throws Exception {
        assertThatThrownBy(() -> start(setting).close())
                .satisfies(e -> assertThat(messages(e)).contains("refuses to start").contains(named)
                        .doesNotContain("secret"));
    }

    @Test
    void anAdministratorWithoutATenantInAnInstallationForSeveralTenantsRefusesTheStart() {
        assertThatThrownBy(() -> start("kernebot.bot.app-id=11111111-2222-3333-4444-555555555555",
                "kernebot.bot.allowed-tenants=tenant-a,tenant-b",
                "kernebot.questions.admins=3f2504e0-4f89-11d3-9a0c-0305e82c3301").close())
                .satisfies(e -> assertThat(messages(e)).contains("KERNEBOT_ADMINS").contains("names no tenant"));
    }

    @Test
    void authenticationCannotBeTurnedOffForARegisteredBot() {
        assertThatThrownBy(() -> start("kernebot.bot.app-id=11111111-2222-3333-4444-555555555555",
                "kernebot.bot.authentication=off").close())
                .satisfies(e -> assertThat(messages(e)).contains("KERNEBOT_AUTHENTICATION=off while MicrosoftAppId"));
    }

    @Test
    void withNoSettingsTheBotStartsOnLoopbackOnlyAndSaysSoInOneLine(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(context.getEnvironment().getProperty("management.server.address")).isEqualTo("127.0.0.1");
        }
        assertThat(output.getAll()).contains("Authentication OFF (no MicrosoftAppId): local development only, "
                + "listening on loopback and replying only to loopback service URLs");
    }

    @Test
    void administratorsInLocalModeNeedItSaidOutLoud() throws Exception {
        try (ConfigurableApplicationContext context = start("kernebot.questions.admins=someone",
                "kernebot.bot.authentication=off")) {
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
    }

    private static ConfigurableApplicationContext start(String... settings) throws Exception {
        Path folder = Files.createTempDirectory("kernebot-startup");
        Map<String, String> properties = new TreeMap<>(Map.of(
                "server.port", "0", "management.server.port", "0",
                "spring.datasource.url", "jdbc:sqlite:" + folder.resolve("k.db") + "?journal_mode=WAL&foreign_keys=on",
                "spring.datasource.username", "", "spring.datasource.password", "",
                "kernebot.bot.app-id", "", "kernebot.bot.allowed-tenants", "", "kernebot.admin.key", "",
                "kernebot.questions.admins", ""));
        properties.put("kernebot.outbox.poll-ms", "3600000");
        for (String setting : settings) {
            properties.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(KernebotApplication.class).run(arguments);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
