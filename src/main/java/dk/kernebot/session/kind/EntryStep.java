package dk.kernebot.session.kind;

import java.util.List;

/**
 * A step where each person writes entries: everyone is asked for a voice, and the voices are the entries' authors.
 * The kinds differ in what an entry is, not in who has spoken.
 */
interface EntryStep extends StepType {

    /** The entry list the step shows, whose authors are its voices. */
    EntryRows rows();

    @Override
    default boolean collectsVoices() {
        return true;
    }

    @Override
    default List<String> contributors(StepContext context) {
        return rows().authors(context);
    }
}
