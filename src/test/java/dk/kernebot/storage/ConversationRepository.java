package dk.kernebot.storage;

import dk.kernebot.conversation.ConversationRecord;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/**
 * A Spring Data JDBC repository over the conversation table, so the tests can show that our SQLite dialect serves
 * Spring Data's generated queries (paging, sorting). The bot itself reads and writes through ConversationStore.
 */
interface ConversationRepository
        extends ListCrudRepository<ConversationRecord, String>, ListPagingAndSortingRepository<ConversationRecord, String> {
}
