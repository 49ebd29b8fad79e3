package dk.kernebot.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import dk.kernebot.actionplan.DanishDates;
import dk.kernebot.cards.CardText;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** The session's texts from the bundles, and the small formatting every session card shares (names, dates). */
@Component
public class SessionTexts {

    private final Texts texts;
    private final Clock clock;

    SessionTexts(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    public String t(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    /** The process's own wording of a shared text ({@code key.<process id>}) if it has one, else the shared one. */
    public String forProcess(Locale locale, String key, ProcessDefinition process, Object... args) {
        return texts.variant(locale, key, process.id(), args);
    }

    /** A person's name as a card shows it: markdown-safe, "?" when Teams gave none. */
    public String name(String name) {
        return name == null || name.isBlank() ? "?" : CardText.escapeMarkdown(name);
    }

    /** User text as a TextBlock shows it, without markdown taking effect. */
    public String escape(String text) {
        return CardText.escapeMarkdown(text);
    }

    public String date(Locale locale, Long epochMillis) {
        if (epochMillis == null) {
            return "";
        }
        return date(locale, Instant.ofEpochMilli(epochMillis).atZone(clock.getZone()).toLocalDate());
    }

    public String date(Locale locale, LocalDate date) {
        return DanishDates.format(date, Texts.supported(locale));
    }

    /** A moment as "3. december 2026 kl. 10.15" in the reader's language and the institution's time zone. */
    public String moment(Locale locale, long epochMillis) {
        java.time.ZonedDateTime at = Instant.ofEpochMilli(epochMillis).atZone(clock.getZone());
        return t(locale, "session.at", date(locale, at.toLocalDate()),
                at.format(java.time.format.DateTimeFormatter.ofPattern("HH.mm")));
    }

    public Clock clock() {
        return clock;
    }
}
