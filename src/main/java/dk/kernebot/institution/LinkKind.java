package dk.kernebot.institution;

import java.util.Locale;

/**
 * How a conversation belongs to an institution: by its own id, or through its Teams team (every channel of the
 * team, including channels created later). Kept apart because a team's id equals its General channel's id.
 */
enum LinkKind {
    CONVERSATION,
    TEAM;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LinkKind fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
