package dk.kernebot.session.kind;

/**
 * The buttons a kind puts on each of its entries.
 *
 * @param voteLabel     the vote button's title, or empty for no vote button
 * @param practiceLabel the "in practice" toggle's title, or empty for none
 */
record EntryButtons(String voteLabel, boolean agree, String practiceLabel, boolean edit) {

    static final EntryButtons EDIT_ONLY = new EntryButtons("", false, "", true);
    static final EntryButtons NONE = new EntryButtons("", false, "", false);
}
