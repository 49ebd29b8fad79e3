package dk.kernebot.chat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds the command a message starts with. Longer keywords win, so "træk et kort" is not read as "træk".
 * Matching ignores letter case and extra spaces; the arguments keep the user's own spelling.
 */
@Component
public class CommandRouter {

    private record Entry(String keyword, ChatCommand command) {
    }

    private final List<Entry> entries;
    private final List<Entry> phrases;

    public CommandRouter(List<ChatCommand> commands) {
        this.entries = commands.stream()
                .flatMap(command -> command.keywords().stream().map(k -> new Entry(normalise(k), command)))
                .sorted(Comparator.comparingInt((Entry e) -> e.keyword().length()).reversed())
                .toList();
        this.phrases = commands.stream()
                .flatMap(command -> java.util.stream.Stream.concat(command.keywords().stream(), command.phrases().stream())
                        .map(k -> new Entry(normalise(k), command)))
                .distinct()
                .toList();
    }

    public record Match(ChatCommand command, String arguments) {
    }

    public Optional<Match> route(String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        String lower = cleaned.toLowerCase(Locale.ROOT);
        for (Entry entry : entries) {
            if (lower.equals(entry.keyword())) {
                return Optional.of(new Match(entry.command(), ""));
            }
            if (lower.startsWith(entry.keyword() + " ")) {
                return Optional.of(new Match(entry.command(), cleaned.substring(entry.keyword().length()).strip()));
            }
        }
        return Optional.empty();
    }

    /** A command close to what was typed: the keyword it was meant to be and the text after the misspelt words. */
    public record Suggestion(String keyword, String arguments) {

        /** What to send to run the suggested command with the user's own arguments. */
        public String commandText() {
            return arguments.isEmpty() ? keyword : keyword + " " + arguments;
        }
    }

    /**
     * What to suggest instead of running the text: the closest command when no command matches, or, when the text
     * starts with a command that has longer forms ("start"), the longer form it nearly spells ("start kerneopgve").
     */
    public Optional<Suggestion> suggestion(String text) {
        Optional<Match> match = route(text);
        if (match.isEmpty()) {
            return closest(text, null);
        }
        if (match.get().arguments().isEmpty()) {
            return Optional.empty();
        }
        String matched = match.get().command().keywords().stream().map(CommandRouter::normalise)
                .filter(k -> (text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + " ").startsWith(k + " "))
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        return closest(text, matched + " ");
    }

    /**
     * The command a misspelt text most likely meant ("hjlp", "start kerneopgve"): the keyword closest to the text's
     * first words, within a small number of typing mistakes that grows with the keyword's length. Short keywords
     * ("?") are never suggested; nothing is when no keyword is close.
     */
    private Optional<Suggestion> closest(String text, String extending) {
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        String[] words = cleaned.split(" ");
        Suggestion best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entry entry : phrases) {
            String keyword = entry.keyword();
            int wordCount = keyword.split(" ").length;
            if (keyword.length() < 3 || words.length < wordCount
                    || extending != null && !keyword.startsWith(extending)) {
                continue;
            }
            String typed = String.join(" ", java.util.Arrays.copyOfRange(words, 0, wordCount));
            int distance = Typos.distance(typed.toLowerCase(Locale.ROOT), keyword);
            if (distance == 0 && extending != null) {
                // Typed exactly as one of the longer forms ("start laereplansevaluering" beside "start
                // læreplansevaluering"): nothing to suggest, however close another form is.
                return Optional.empty();
            }
            if (distance > 0 && distance <= Typos.allowedFor(keyword) && distance < bestDistance) {
                bestDistance = distance;
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, wordCount, words.length));
                best = new Suggestion(keyword, rest);
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normalise(String keyword) {
        return keyword.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
