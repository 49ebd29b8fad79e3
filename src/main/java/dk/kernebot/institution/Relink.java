package dk.kernebot.institution;

/**
 * A conversation or team that changed hands: it belonged to {@code from} and now belongs to {@code to}
 * ({@code to} is null when a replaced file no longer claims it). Admins are told, since it changes what a group sees.
 */
record Relink(LinkKind kind, String ref, String from, String to) {
}
