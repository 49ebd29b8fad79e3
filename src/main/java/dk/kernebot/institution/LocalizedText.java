package dk.kernebot.institution;

import java.util.Locale;

import dk.kernebot.chat.Texts;

/** A text an institution wrote in Danish, and in English where it chose to; English readers fall back to Danish. */
public record LocalizedText(String da, String en) {

    public String in(Locale locale) {
        return Texts.ENGLISH.equals(Texts.supported(locale)) && en != null && !en.isBlank() ? en : da;
    }
}
