package dk.kernebot.actionplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kernebot.chat.Texts;

/**
 * Dates as people type them in a Danish chat ("1. marts", "1/3-2027", "i morgen") and as they read them back.
 * A date that does not exist is refused rather than rolled over, so "31/2" never quietly becomes 3 March.
 */
public final class DanishDates {

    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // Day first, then month; the year may follow a '/', '-', '.' or a space, or be left out.
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2}) ?[./-] ?(\\d{1,2})(?:(?: ?[./-] ?| )(\\d{4}|\\d{2}))?\\.?");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})\\.? ?(\\p{L}+)\\.?(?: (\\d{4}))?");

    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("d. MMMM yyyy", Texts.DANISH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.ENGLISH);

    private DanishDates() {
    }

    /**
     * @param today the day "i dag" means, and the day from which a date without a year is looked for
     * @return the date, or empty when the text is not a date or names one that does not exist
     */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null || today == null) {
            return Optional.empty();
        }
        String input = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        // "den 1. marts" is how most Danes write a date in a sentence.
        if (input.startsWith("den ")) {
            input = input.substring(4);
        }
        switch (input) {
            case "i dag", "idag" -> {
                return Optional.of(today);
            }
            case "i morgen", "imorgen" -> {
                return Optional.of(today.plusDays(1));
            }
            case "i overmorgen", "iovermorgen" -> {
                return Optional.of(today.plusDays(2));
            }
            default -> {
            }
        }
        Matcher iso = ISO.matcher(input);
        if (iso.matches()) {
            return date(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(input);
        if (numeric.matches()) {
            return withYear(number(numeric.group(1)), number(numeric.group(2)), numeric.group(3), today);
        }
        Matcher named = NAMED.matcher(input);
        if (named.matches()) {
            int month = month(named.group(2));
            return month == 0 ? Optional.empty() : withYear(number(named.group(1)), month, named.group(3), today);
        }
        return Optional.empty();
    }

    /** "1. marts 2027" in Danish (and for any locale that is not English), "1 March 2027" in English. */
    public static String format(LocalDate date, Locale locale) {
        return (Texts.supported(locale).equals(Texts.ENGLISH) ? ENGLISH : DANISH).format(date);
    }

    /** A month name or any abbreviation of at least three letters: "mar", "mart", "sept", "okt". */
    private static int month(String word) {
        if (word.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(word)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> withYear(int day, int month, String year, LocalDate today) {
        if (year != null) {
            int y = number(year);
            return date(year.length() == 2 ? 2000 + y : y, month, day);
        }
        // Without a year people mean the next such day; 29/2 waits for the next leap year.
        for (int y = today.getYear(); y <= today.getYear() + 8; y++) {
            Optional<LocalDate> candidate = date(y, month, day);
            if (candidate.isPresent() && !candidate.get().isBefore(today)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
