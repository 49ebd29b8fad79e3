package dk.kernebot.reflection;

/** Open until the group answers it, skips it (next card, other theme) or sends it to the leader. */
public enum DrawStatus {
    OPEN,
    ANSWERED,
    SKIPPED,
    ESCALATED
}
