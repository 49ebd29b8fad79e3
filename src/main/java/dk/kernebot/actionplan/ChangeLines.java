package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * What one history entry says happened, in words: created, status changed from/to, due date moved from/to, owner
 * changed, text edited, cadence changed, help asked. The plan card and every export say it the same way; each passes
 * its own words (language) and its own escaping (Markdown on a card, none in a PDF).
 */
final class ChangeLines {

    /** The words of one language. */
    interface Words {
        String text(String key, Object... args);

        String status(String code);

        String date(LocalDate date);
    }

    private ChangeLines() {
    }

    /**
     * @param kind a {@link HistoryEntry} kind; one this version does not know reads as an edit
     * @param from the value before (a status code, an ISO date, a name, a text, a number of days); may be null
     * @param to   the value after; may be null
     */
    static String line(Words words, UnaryOperator<String> escape, String kind, String who, String from, String to) {
        String by = escape.apply(who == null || who.isBlank() ? "?" : who);
        return switch (kind == null ? HistoryEntry.STATUS : kind) {
            case HistoryEntry.CREATED -> words.text("actionplan.change.created", by);
            case HistoryEntry.STATUS -> from == null ? words.text("actionplan.change.statusSet", by, words.status(to))
                    : from.equals(to) ? words.text("actionplan.change.statusKept", by, words.status(to))
                    : words.text("actionplan.change.status", by, words.status(from), words.status(to));
            case HistoryEntry.DUE -> words.text("actionplan.change.due", by, date(words, from), date(words, to));
            case HistoryEntry.OWNER -> words.text("actionplan.change.owner", by, escape.apply(orDash(from)),
                    escape.apply(orDash(to)));
            case HistoryEntry.TEXT -> words.text("actionplan.change.text", by, escape.apply(shorten(from)),
                    escape.apply(shorten(to)));
            case HistoryEntry.CADENCE -> words.text("actionplan.change.cadence", by, cadence(words, from),
                    cadence(words, to));
            case HistoryEntry.HELP -> words.text("actionplan.change.help", by);
            default -> words.text("actionplan.change.edited", by);
        };
    }

    private static String date(Words words, String iso) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        try {
            return words.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String cadence(Words words, String days) {
        Integer n = Handleplans.number(days);
        return n == null || n <= 0 ? words.text("actionplan.change.noCadence") : words.text("actionplan.card.cadence", n);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String shorten(String text) {
        String value = orDash(text);
        return value.length() > 120 ? value.substring(0, 119) + "…" : value;
    }
}
