package dk.kernebot.privacy;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Deletes all of one conversation's data, table group by table group, each in batches of its own transactions.
 * The conversation's own row and its removal mark go last, so a purge cut short is found again by the next run and
 * finished; running it twice does nothing the second time.
 */
@Component
class ConversationPurge {

    private final List<PersonalTables> tables;
    private final Batches batches;

    ConversationPurge(List<PersonalTables> tables, Batches batches) {
        this.tables = tables;
        this.batches = batches;
    }

    void purge(String conversationId) {
        tables.forEach(t -> t.purge(conversationId, batches));
    }
}
