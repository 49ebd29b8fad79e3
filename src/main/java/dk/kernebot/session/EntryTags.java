package dk.kernebot.session;

import java.util.List;

/** What a kind tags a new entry with; see {@link Entry}. Each factory sets the fields of one kind's entries. */
public record EntryTags(String ring, String category, String role, String qualityType, String capital,
                        List<String> values) {

    public static final EntryTags NONE = new EntryTags(null, null, null, null, null, List.of());

    public EntryTags {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static EntryTags ring(String ring) {
        return new EntryTags(ring, null, null, null, null, List.of());
    }

    public static EntryTags role(String role) {
        return new EntryTags(null, null, role, null, null, List.of());
    }

    public static EntryTags dialogue(String category, String qualityType, String capital) {
        return new EntryTags(null, category, null, qualityType, capital, List.of());
    }

    public static EntryTags values(List<String> valueIds) {
        return new EntryTags(null, null, null, null, null, valueIds);
    }
}
