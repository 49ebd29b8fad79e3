package dk.kernebot.session;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the staff's names out of what they wrote, for a text that leaves the staff room (the summary for the
 * bestyrelse): every whole full name, first name or surname of the people the session knows becomes a neutral
 * word. Longer names go first, so "Anne Hansen" is one replacement, not two.
 */
final class NameScrubber {

    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private final List<Pattern> names;
    private final String replacement;
    private final String genitive;

    /** @param genitive the replacement for a name in the genitive ("Annes idé" becomes "en medarbejders idé") */
    NameScrubber(List<String> people, String replacement, String genitive) {
        Set<String> words = new LinkedHashSet<>();
        for (String person : people) {
            if (person == null || person.isBlank()) {
                continue;
            }
            String full = person.strip().replaceAll("\\s+", " ");
            words.add(full);
            for (String part : full.split(" ")) {
                if (part.codePointCount(0, part.length()) >= 2) {
                    words.add(part);
                }
            }
        }
        this.names = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "((?:'|’)?s)?" + AFTER,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.replacement = replacement;
        this.genitive = genitive;
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern name : names) {
            result = name.matcher(result).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(1) == null ? replacement : genitive));
        }
        return result;
    }
}
