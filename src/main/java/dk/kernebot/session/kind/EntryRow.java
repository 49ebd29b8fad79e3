package dk.kernebot.session.kind;

/**
 * One entry on a step card, with the buttons its kind offers on it.
 *
 * @param rankPrefix text before the entry ("1\. " for a ranked boble, "Mål: " for a dialogue entry), or empty
 */
public record EntryRow(String id, String rankPrefix, String text, String textWeight, String entryStyle, String byline,
                       String details, boolean hasDetails, boolean showVote, String voteLabel, boolean showAgree,
                       String agreeLabel, boolean showPractice, String practiceLabel, boolean showEdit, String editLabel,
                       String editInputId, String editInputLabel, String editValue, String saveEditLabel,
                       String withdrawLabel) {
}
