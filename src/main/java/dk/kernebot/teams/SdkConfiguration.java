package dk.kernebot.teams;

import java.util.Properties;

import com.microsoft.bot.integration.Configuration;

/** Hands our Spring settings to the SDK under the property names it reads. */
final class SdkConfiguration implements Configuration {

    private final Properties properties = new Properties();

    SdkConfiguration(BotSettings settings) {
        properties.setProperty("MicrosoftAppId", nullToEmpty(settings.appId()));
        properties.setProperty("MicrosoftAppPassword", nullToEmpty(settings.appPassword()));
        if (settings.openIdMetadata() != null && !settings.openIdMetadata().isBlank()) {
            properties.setProperty("BotOpenIdMetadata", settings.openIdMetadata());
        }
    }

    @Override
    public String getProperty(String key) {
        return properties.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String[] getProperties(String key) {
        String value = properties.getProperty(key);
        return value == null ? null : value.split(",");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
