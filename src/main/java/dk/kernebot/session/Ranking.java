package dk.kernebot.session;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The group's priority: most votes first; equal votes keep the order the bobler were written in. */
public final class Ranking {

    private Ranking() {
    }

    public static List<Entry> rank(List<Entry> entries, Map<String, Integer> votes) {
        return entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> -votes.getOrDefault(e.id(), 0))
                        .thenComparingLong(Entry::createdAt).thenComparing(Entry::id))
                .toList();
    }

    /**
     * 1-based rank of an entry (equal votes, equal rank), or null when nobody has voted on it: from the votes alone,
     * as only entries with votes outrank one, so a card ranks its page without reading the rest.
     */
    public static Integer rankOf(Map<String, Integer> votes, Entry entry) {
        int mine = votes.getOrDefault(entry.id(), 0);
        return mine == 0 ? null : 1 + (int) votes.values().stream().filter(v -> v > mine).count();
    }

    /** 1-based rank of an entry (equal votes, equal rank), or null when nobody has voted on it. */
    public static Integer rankOf(List<Entry> ranked, Map<String, Integer> votes, Entry entry) {
        int mine = votes.getOrDefault(entry.id(), 0);
        if (mine == 0) {
            return null;
        }
        return 1 + (int) ranked.stream().filter(e -> votes.getOrDefault(e.id(), 0) > mine).count();
    }
}
