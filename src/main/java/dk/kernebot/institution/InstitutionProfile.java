package dk.kernebot.institution;

import java.util.List;
import java.util.Locale;

/**
 * What a staff group needs on the table when it defines its own kerneopgave: the organisation's formal
 * kerneopgave, which theirs must hang together with, and the værdisæt they argue from (Aalborg's model).
 */
public record InstitutionProfile(String id, String name, LocalizedText kerneopgave, List<CoreValue> values) {

    public InstitutionProfile {
        values = List.copyOf(values);
    }

    public String kerneopgave(Locale locale) {
        return kerneopgave.in(locale);
    }
}
