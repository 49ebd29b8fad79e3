package dk.kernebot.conversation;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** Reads stored conversations. Writes go through {@link ConversationStore}, which upserts. */
public interface ConversationRepository
        extends ListCrudRepository<ConversationRecord, String>, ListPagingAndSortingRepository<ConversationRecord, String> {
}
