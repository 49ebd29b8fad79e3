package dk.kernebot.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The machine-readable tables of docs/ordliste.md: the words not to write (with where they are allowed), the
 * Danish plural forms that must not follow the number 1, and the Danish words that give away an untranslated text.
 * The glossary is the single source; the tests only read it.
 */
record Glossary(List<Forbidden> forbidden, Set<String> pluralForms, Set<String> englishPlurals, Set<String> danishWords) {

    static final Path FILE = Projects.ROOT.resolve("docs/ordliste.md");

    /** One row of "Skriv ikke": each phrase is matched as whole words, case-insensitive; a trailing * takes any ending. */
    record Forbidden(List<String> phrases, String instead, Set<TextKind> allowedIn) {

        List<String> findIn(String text) {
            List<String> found = new ArrayList<>();
            for (String phrase : phrases) {
                Matcher m = pattern(phrase).matcher(text);
                if (m.find()) {
                    found.add(m.group());
                }
            }
            return found;
        }

        private static Pattern pattern(String phrase) {
            boolean anyEnding = phrase.endsWith("*");
            String words = anyEnding ? phrase.substring(0, phrase.length() - 1) : phrase;
            String body = Arrays.stream(words.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
            String end = anyEnding ? "[\\p{L}\\d-]*" : "(?![\\p{L}\\d])";
            return Pattern.compile("(?<![\\p{L}\\d])" + body + end, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    static Glossary read() throws IOException {
        String markdown = Files.readString(FILE, StandardCharsets.UTF_8);
        List<Forbidden> forbidden = new ArrayList<>();
        for (List<String> row : table(markdown, "## Skriv ikke")) {
            List<String> phrases = Arrays.stream(row.get(0).split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            Set<TextKind> allowed = Arrays.stream(row.get(2).split(","))
                    .map(String::strip).filter(a -> !a.isEmpty()).map(TextKind::fromGlossary)
                    .collect(Collectors.toSet());
            forbidden.add(new Forbidden(phrases, row.get(1), allowed));
        }
        List<List<String>> pluralRows = table(markdown, "### Flertal");
        Set<String> plurals = column(pluralRows, 0);
        Set<String> englishPlurals = column(pluralRows, 2);
        Set<String> danish = Arrays.stream(section(markdown, "## Danske ord, der afslører en manglende oversættelse")
                        .replaceAll("(?s)^.*?```\\s*", "").replaceAll("(?s)```.*$", "").split("[,\\s]+"))
                .map(String::strip).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new Glossary(List.copyOf(forbidden), plurals, englishPlurals, danish);
    }

    private static Set<String> column(List<List<String>> rows, int index) {
        return rows.stream().map(row -> row.get(index).toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty() && !word.equals("–")).collect(Collectors.toSet());
    }

    /** The data rows of the first table under a heading, cells stripped of backticks and bold. */
    private static List<List<String>> table(String markdown, String heading) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : section(markdown, heading).split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|") || trimmed.matches("\\|[-| :]+\\|")) {
                continue;
            }
            List<String> cells = Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|", -1))
                    .map(c -> c.replace("`", "").replace("**", "").strip()).toList();
            rows.add(cells);
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new AssertionError("docs/ordliste.md has no section \"" + heading + "\"");
        }
        int level = heading.indexOf(' ');
        String rest = markdown.substring(start + heading.length() + 2);
        Matcher next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }

    /** Kinds that a "Skriv ikke" row may allow, keyed by the glossary's words for them. */
    static final Map<String, TextKind> KINDS = Map.of("kortsættet", TextKind.DECK, "administratorer", TextKind.ADMIN);
}
