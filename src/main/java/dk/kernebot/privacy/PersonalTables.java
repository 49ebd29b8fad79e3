package dk.kernebot.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * What one feature's tables hold about people, and how it goes away. One implementation per group of tables keeps
 * all the SQL that knows those tables in one small place (a feature that changes its tables changes that class);
 * the privacy services only run them in turn: to find a person, export them, erase them, delete a conversation and
 * apply the retention periods. The erasure test scans every text column of every table afterwards, so a table
 * left out here is noticed.
 */
interface PersonalTables {

    /** Adds the Teams user ids and Entra ids stored with {@link Person#asked()}. */
    void findIds(Person person);

    /** Adds the names and conversations stored with the person's ids, and their 1:1 chats. */
    void findTraces(Person person);

    /** The person's data in these tables, under section names, for the export (right of access). */
    void export(Person person, Map<String, Object> document);

    /**
     * Erases the person, inside the erasure's transaction: private rows are deleted, shared records keep the
     * contribution with {@code former}'s placeholder name and id.
     */
    void erase(Person person, Former former);

    /** Deletes everything these tables hold for one conversation (the bot was removed from it). */
    void purge(String conversationId, Batches batches);

    /** Deletes (or empties) what the retention periods say is due; adds the counts per kind to {@code deleted}. */
    void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted);
}
