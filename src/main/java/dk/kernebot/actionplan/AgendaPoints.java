package dk.kernebot.actionplan;

import java.util.Locale;

/**
 * The name of an agenda point in the reader's language. A goal keeps the Danish name of the point it came from
 * (as the quality report says it); the process that has the point knows its other names, so an English plan
 * reads "Language assessments", not "Sprogvurderinger".
 */
public interface AgendaPoints {

    /** @return the point's name in {@code locale}, or {@code stored} itself when no process knows it */
    String name(String stored, Locale locale);
}
