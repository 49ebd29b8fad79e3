package dk.kernebot.chat;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-facing texts from messages_da / messages_en. Danish is the default; English when Teams says so. */
@Component
public class Texts {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, supported(locale));
    }

    /**
     * The text of {@code key + "." + variant} when the bundles have one, else of {@code key}: a process may word a
     * shared text its own way (the læreplan is evaluated again, the kerneopgave revisited).
     */
    public String variant(Locale locale, String key, String variant, Object... args) {
        String own = messages.getMessage(key + "." + variant, args, null, supported(locale));
        return own != null ? own : get(locale, key, args);
    }

    /** Teams sends locales such as "en-US" or "da-DK"; anything that is not English is answered in Danish. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
    }

    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? DANISH : supported(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
