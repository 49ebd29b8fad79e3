package dk.kernebot.reflection;

/** An answer the group saved to a reflection card. */
public record SavedAnswer(String id, String drawId, String themeId, String themeName, String question, String answer,
                          String authorName, long createdAt) {
}
