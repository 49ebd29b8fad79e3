package dk.kernebot.institution;

import java.util.Locale;

/** One value of the municipality's or institution's værdisæt, with the short description staff argue from. */
public record CoreValue(String id, LocalizedText name, LocalizedText description) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    public String description(Locale locale) {
        return description.in(locale);
    }
}
