package dk.kernebot.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's rights: everything stored about them as one document (access), and erasure. Erasure is one
 * transaction: it happens completely or not at all, so a kill in the middle changes nothing and it can simply be
 * asked again; asking again after it succeeded finds nobody.
 */
@Service
public class PersonalData {

    private final List<PersonalTables> tables;
    private final Scrubber scrubber;
    private final Texts texts;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Batches batches;

    PersonalData(List<PersonalTables> tables, Scrubber scrubber, Texts texts, Clock clock,
                 PlatformTransactionManager transactions, Batches batches) {
        this.tables = tables;
        this.scrubber = scrubber;
        this.texts = texts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.batches = batches;
    }

    /** Everything about the person, or empty when Kernebot knows nobody by that id. */
    public Optional<Map<String, Object>> export(String entraOrTeamsId) {
        return transaction.execute(status -> {
            Person person = find(entraOrTeamsId);
            if (!person.isKnown()) {
                return Optional.<Map<String, Object>>empty();
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("exportedAt", clock.instant().toString());
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("entraObjectIds", List.copyOf(person.aadIds()));
            who.put("teamsUserIds", List.copyOf(person.userIds()));
            who.put("names", List.copyOf(person.names()));
            document.put("person", who);
            tables.forEach(t -> t.export(person, document));
            return Optional.of(document);
        });
    }

    /** What an erasure did, for the administrator (and the audit trail: the new id, never the old ones). */
    public record Erasure(String placeholderId, int conversations, int personalChatsDeleted, int valuesScrubbed) {
    }

    public Optional<Erasure> erase(String entraOrTeamsId) {
        return transaction.execute(status -> {
            Person person = find(entraOrTeamsId);
            if (!person.isKnown()) {
                return Optional.<Erasure>empty();
            }
            Former former = new Former(texts.get(Texts.DANISH, "privacy.former"), texts.get(Texts.ENGLISH, "privacy.former"));
            // Their own 1:1 chats are private data: deleted whole, as when the bot is removed from a chat.
            for (String chat : person.personalChats()) {
                tables.forEach(t -> t.purge(chat, batches));
            }
            tables.forEach(t -> t.erase(person, former));
            int scrubbed = scrubber.scrub(person, former);
            return Optional.of(new Erasure(former.id(), person.conversations().size() - person.personalChats().size(),
                    person.personalChats().size(), scrubbed));
        });
    }

    private Person find(String asked) {
        Person person = new Person(asked.strip());
        tables.forEach(t -> t.findIds(person));
        tables.forEach(t -> t.findTraces(person));
        return person;
    }
}
