package dk.kernebot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Authentication off only on purpose, and safe by construction. Without an app id the bot listens on loopback only
 * ({@code server.address}, and the management port likewise) and {@link LocalOnly} keeps it to loopback service
 * URLs. A setting that only makes sense in production (a password, a tenant, an allow-list, a public address, a
 * database elsewhere) means the app id is missing or misspelt, and the start is refused naming it. Administrators
 * and a PostgreSQL on this machine are for trying things locally, so they need {@code KERNEBOT_AUTHENTICATION=off}
 * said out loud. Runs before any bean exists, so a refused start opens no port and touches no database.
 */
public class UnauthenticatedModeGuard implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "kernebot-unauthenticated-mode";
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String appId = value(environment, "kernebot.bot.app-id");
        String mode = value(environment, "kernebot.bot.authentication").toLowerCase(Locale.ROOT);
        if (!mode.isEmpty() && !mode.equals("off") && !mode.equals("on")) {
            throw refused("KERNEBOT_AUTHENTICATION (kernebot.bot.authentication) is '" + mode
                    + "'; it takes 'on' (the default with an app id) or 'off'");
        }
        if (!appId.isEmpty()) {
            if (mode.equals("off")) {
                throw refused("KERNEBOT_AUTHENTICATION=off while MicrosoftAppId is set: authentication cannot be "
                        + "turned off for a registered bot; remove one of the two");
            }
            return;
        }
        if (mode.equals("on")) {
            throw refused("KERNEBOT_AUTHENTICATION=on but MicrosoftAppId (kernebot.bot.app-id) is empty or misspelt");
        }
        List<String> problems = new ArrayList<>();
        always(environment, problems, "kernebot.bot.app-password", "MicrosoftAppPassword");
        always(environment, problems, "kernebot.bot.tenant-id", "MicrosoftAppTenantId");
        always(environment, problems, "kernebot.bot.allowed-tenants", "KERNEBOT_ALLOWED_TENANTS");
        String publicUrl = value(environment, "kernebot.session.public-url");
        if (!publicUrl.isEmpty() && !LocalOnly.isLoopback(publicUrl)) {
            problems.add("KERNEBOT_PUBLIC_URL (kernebot.session.public-url) is " + publicUrl + ", not this machine");
        }
        for (String address : List.of("server.address", "management.server.address")) {
            String bound = value(environment, address);
            if (!bound.isEmpty() && !LocalOnly.isLoopbackHost(bound)) {
                problems.add(address + " is " + bound + ", not a loopback address");
            }
        }
        String database = value(environment, "spring.datasource.url");
        boolean postgres = database.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
        if (postgres && !LocalOnly.isLoopback(database.substring("jdbc:".length()).replaceFirst("^postgresql", "http"))) {
            problems.add("KERNEBOT_DB_URL (spring.datasource.url) is a PostgreSQL database on another machine");
        }
        if (!mode.equals("off")) {
            if (!value(environment, "kernebot.questions.admins").isEmpty()) {
                problems.add("KERNEBOT_ADMINS (kernebot.questions.admins) is set: anyone who reaches the port could "
                        + "pose as one of them (set KERNEBOT_AUTHENTICATION=off to try this locally on purpose)");
            }
            if (postgres) {
                problems.add("KERNEBOT_DB_URL (spring.datasource.url) is a PostgreSQL database (set "
                        + "KERNEBOT_AUTHENTICATION=off to use a local one on purpose)");
            }
        }
        if (!problems.isEmpty()) {
            throw refused("no MicrosoftAppId is set, so authentication would be off, but " + String.join("; ", problems)
                    + ". Set MicrosoftAppId (the bot's registration), or remove the setting for local development.");
        }
        Map<String, Object> local = new java.util.HashMap<>();
        if (value(environment, "server.address").isEmpty()) {
            local.put("server.address", LOOPBACK);
        }
        if (value(environment, "management.server.address").isEmpty()) {
            local.put("management.server.address", LOOPBACK);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, local));
    }

    private static void always(ConfigurableEnvironment environment, List<String> problems, String key, String name) {
        if (!value(environment, key).isEmpty()) {
            problems.add(name + " (" + key + ") is set");
        }
    }

    private static String value(ConfigurableEnvironment environment, String key) {
        String value = environment.getProperty(key);
        return value == null ? "" : value.strip();
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("Kernebot refuses to start: " + why);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
