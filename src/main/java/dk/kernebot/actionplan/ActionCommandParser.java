package dk.kernebot.actionplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "handling &lt;tekst&gt; ansvarlig @navn frist &lt;dato&gt; [til mål 2] [hver 14 dage]" and its English twin
 * "action &lt;text&gt; owner @name due &lt;date&gt; [to goal 2] [every 14 days]". The parts after the text may come
 * in any order. Teams removes the @mention from the text (the person arrives as a mention), so the owner part is
 * often empty here.
 */
final class ActionCommandParser {

    /** What was typed, part by part; null where a part was not given. */
    record Parsed(String text, String owner, boolean ownerGiven, String date, Integer goalNumber, Integer cadenceDays) {
    }

    private static final Pattern OWNER = Pattern.compile("(?iU)(?:^|\\s)(ansvarlig|owner)(?=\\s|$)");
    private static final Pattern DUE = Pattern.compile("(?iU)(?:^|\\s)(frist|due)(?=\\s|$)");
    private static final Pattern GOAL = Pattern.compile("(?iU)(?:^|\\s)(?:til\\s+mål|til\\s+maal|to\\s+goal)\\s+(\\d{1,3})(?=\\s|$)");
    private static final Pattern CADENCE = Pattern.compile(
            "(?iU)(?:^|\\s)(?:opfølgning\\s+|opfoelgning\\s+|follow-up\\s+)?(?:hver|every)\\s+(\\d{1,3})\\.?\\s*(?:dag|dage|day|days)(?=\\s|$)");

    private record Part(int start, int end, String kind, String value) {
    }

    private ActionCommandParser() {
    }

    static Parsed parse(String arguments) {
        String input = arguments == null ? "" : arguments.strip();
        List<Part> fixed = new ArrayList<>();
        find(GOAL, input, "goal", fixed);
        find(CADENCE, input, "cadence", fixed);
        // Cut goal and cadence out first, so "frist 1. marts hver 14 dage" leaves a clean date.
        StringBuilder rest = new StringBuilder(input);
        fixed.stream().sorted(Comparator.comparingInt(Part::start).reversed())
                .forEach(p -> rest.replace(p.start(), p.end(), " "));
        String remaining = rest.toString();
        List<int[]> keywords = new ArrayList<>();
        addKeywords(OWNER, remaining, 0, keywords);
        addKeywords(DUE, remaining, 1, keywords);
        keywords.sort(Comparator.comparingInt(k -> k[0]));
        String text = keywords.isEmpty() ? remaining : remaining.substring(0, keywords.get(0)[0]);
        String owner = null;
        String date = null;
        boolean ownerGiven = false;
        for (int i = 0; i < keywords.size(); i++) {
            int[] k = keywords.get(i);
            int end = i + 1 < keywords.size() ? keywords.get(i + 1)[0] : remaining.length();
            String value = Limits.clean(remaining.substring(k[1], end));
            if (k[2] == 0) {
                ownerGiven = true;
                owner = value;
            } else {
                date = value.isEmpty() ? null : value;
            }
        }
        Integer goal = fixed.stream().filter(p -> p.kind().equals("goal")).findFirst()
                .map(p -> Integer.parseInt(p.value())).orElse(null);
        Integer cadence = fixed.stream().filter(p -> p.kind().equals("cadence")).findFirst()
                .map(p -> Integer.parseInt(p.value())).orElse(null);
        return new Parsed(Limits.clean(text), owner, ownerGiven, date, goal, cadence);
    }

    static boolean meansMe(String owner) {
        String o = owner == null ? "" : owner.strip().toLowerCase(Locale.ROOT);
        return o.equals("mig") || o.equals("me") || o.equals("jeg");
    }

    private static void find(Pattern pattern, String input, String kind, List<Part> into) {
        Matcher m = pattern.matcher(input);
        if (m.find()) {
            into.add(new Part(m.start(), m.end(), kind, m.group(1)));
        }
    }

    /**
     * {start of keyword incl. the space before, end of keyword, 0 = owner / 1 = due}; the last of each kind, because
     * the structured parts come after the text, and the text may itself say "frist".
     */
    private static void addKeywords(Pattern pattern, String input, int kind, List<int[]> into) {
        Matcher m = pattern.matcher(input);
        int[] last = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end(), kind};
        }
        if (last != null) {
            into.add(last);
        }
    }
}
