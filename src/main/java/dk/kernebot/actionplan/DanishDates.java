package dk.kernebot.actionplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** STUB until branch planparts is merged: reads the date forms Danish staff write, and writes dates back. */
public final class DanishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("marts", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(?U)(\\d{1,2})\\.?\\s+([a-zæøå]+)\\.?(?:\\s+(\\d{4}))?");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?");

    private DanishDates() {
    }

    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (t) {
            case "i dag", "idag", "today" -> {
                return Optional.of(today);
            }
            case "i morgen", "imorgen", "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            default -> {
            }
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = WORDS.matcher(t);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return Optional.of(withYear(num(m, 1), MONTHS.get(m.group(2)), m.group(3), today));
            }
            m = NUMBERS.matcher(t);
            if (m.matches()) {
                return Optional.of(withYear(num(m, 1), num(m, 2), m.group(3), today));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static String format(LocalDate date, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return date.format(english ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")));
    }

    private static LocalDate withYear(int day, int month, String year, LocalDate today) {
        if (year == null) {
            LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
            return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
        }
        int y = Integer.parseInt(year);
        return LocalDate.of(year.length() == 2 ? 2000 + y : y, month, day);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
