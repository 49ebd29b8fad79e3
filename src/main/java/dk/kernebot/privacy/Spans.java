package dk.kernebot.privacy;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.stream.Stream;

import dk.kernebot.chat.Texts;

/** Retention periods and link lifetimes as people say them: "4 år", "30 dage", "1 time". */
final class Spans {

    private Spans() {
    }

    static String of(Texts texts, Locale locale, Period period) {
        Period normal = period.normalized();
        if (normal.getDays() == 0 && normal.getMonths() == 0 && normal.getYears() > 0) {
            return texts.get(locale, "privacy.period.years", normal.getYears());
        }
        if (normal.getDays() == 0 && normal.toTotalMonths() > 0) {
            return texts.get(locale, "privacy.period.months", normal.toTotalMonths());
        }
        return texts.get(locale, "privacy.period.days", normal.getYears() * 365 + normal.getMonths() * 30 + normal.getDays());
    }

    static String of(Texts texts, Locale locale, Duration duration) {
        if (duration.toHours() >= 48 && duration.toHoursPart() == 0) {
            return texts.get(locale, "privacy.period.days", duration.toDays());
        }
        return texts.get(locale, "privacy.period.hours", Math.max(1, duration.toHours()));
    }

    /** The longest of the periods: what a short text may promise for all of them ("deleted after ..."). */
    static Period longest(Period... periods) {
        return Stream.of(periods).max((a, b) -> Long.compare(approximateDays(a), approximateDays(b))).orElseThrow();
    }

    static long approximateDays(Period period) {
        return period.getYears() * 366L + period.getMonths() * 31L + period.getDays();
    }
}
