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

    public CommandRouter(List<ChatCommand> commands) {
        this.entries = commands.stream()
                .flatMap(command -> command.keywords().stream().map(k -> new Entry(normalise(k), command)))
                .sorted(Comparator.comparingInt((Entry e) -> e.keyword().length()).reversed())
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

    private static String normalise(String keyword) {
        return keyword.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
