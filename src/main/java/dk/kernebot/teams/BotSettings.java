package dk.kernebot.teams;

import java.util.List;

import dk.kernebot.logs.LogText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's registration. With no app id the bot runs without authentication, which is only for local
 * development (the start-up log says so).
 */
@ConfigurationProperties("kernebot.bot")
public record BotSettings(
        String appId,
        String appPassword,
        String tenantId,
        String openIdMetadata,
        List<String> allowedTenants,
        int maxBodyBytes) {

    public BotSettings {
        allowedTenants = allowedTenants == null
                ? List.of()
                : allowedTenants.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (maxBodyBytes <= 0) {
            maxBodyBytes = 262_144;
        }
    }

    public boolean authenticationEnabled() {
        return appId != null && !appId.isBlank();
    }

    /** The password never reaches a log line, not even through a debug print of the settings. */
    @Override
    public String toString() {
        return "BotSettings[appId=" + appId + ", appPassword=" + LogText.mask(appPassword) + ", tenantId=" + tenantId
                + ", openIdMetadata=" + openIdMetadata + ", allowedTenants=" + allowedTenants + ", maxBodyBytes="
                + maxBodyBytes + "]";
    }

    public boolean tenantAllowed(String tenant) {
        return allowedTenants.isEmpty() || tenant != null && allowedTenants.contains(tenant);
    }
}
