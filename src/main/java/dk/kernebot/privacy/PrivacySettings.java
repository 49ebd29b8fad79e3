package dk.kernebot.privacy;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;

import dk.kernebot.chat.Texts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param url             the full privacy text the cards link to; empty means the one Kernebot serves itself at
 *                        {@code <public url>/privatliv} (a municipality that hosts its own text sets its address)
 * @param publicUrl       where people's browsers reach the bot
 * @param exportValidity  how long a "mine data" download link works
 * @param removalGrace    how long a conversation's data is kept after the bot was removed from it, so that a
 *                        mistaken removal can be undone by adding the bot again
 */
@ConfigurationProperties("kernebot.privacy")
public record PrivacySettings(String url, String publicUrl, Duration exportValidity, Period removalGrace) {

    public PrivacySettings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:3978" : stripSlash(publicUrl.strip());
        url = url == null || url.isBlank() ? publicUrl + "/privatliv" : url.strip();
        exportValidity = exportValidity == null || exportValidity.isNegative() || exportValidity.isZero()
                ? Duration.ofHours(1) : exportValidity;
        removalGrace = removalGrace == null || removalGrace.isNegative() ? Period.ofDays(30) : removalGrace;
    }

    /** The link for a chat in this language: Kernebot's own page in English for an English chat. */
    public String url(Locale locale) {
        boolean own = url.equals(publicUrl + "/privatliv");
        return own && Texts.supported(locale).equals(Texts.ENGLISH) ? url + "?lang=en" : url;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
