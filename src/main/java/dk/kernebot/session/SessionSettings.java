package dk.kernebot.session;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param publicUrl where people's browsers reach the bot, for the board's download links and preview image */
@ConfigurationProperties("kernebot.session")
record SessionSettings(String publicUrl) {

    SessionSettings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:3978" : publicUrl.strip();
    }
}
