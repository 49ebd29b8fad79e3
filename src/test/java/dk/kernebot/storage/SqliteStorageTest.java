package dk.kernebot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import dk.kernebot.chat.ConversationType;
import dk.kernebot.conversation.ConversationReference;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.support.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.jdbc.core.simple.JdbcClient;

class SqliteStorageTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcDialect dialect;
    @Autowired
    ConversationStore store;
    @Autowired
    ConversationRepository repository;

    @Test
    void runsOnOurSqliteDialectWithWalAndForeignKeys() {
        assertThat(dialect).isSameAs(SqliteDialect.INSTANCE);
        assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
        assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("PRAGMA busy_timeout").query(Integer.class).single()).isPositive();
    }

    @Test
    void foreignKeysAreEnforced() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS fk_parent (id INTEGER PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS fk_child (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL REFERENCES fk_parent(id))").update();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO fk_child (id, parent) VALUES (1, 999)").update())
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void flywayMigrationsRan() {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success = 1").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void upsertKeepsOneRowPerConversationAndFollowsAMovedServiceUrl() {
        String id = "19:upsert-" + System.nanoTime() + "@thread.v2";
        store.remember(reference(id, "https://smba.example/emea/", null));
        store.remember(reference(id, "https://smba.example/emea/", null));
        store.remember(reference(id, "https://smba.example/europe/", "team-1"));

        var stored = repository.findById(id).orElseThrow();
        assertThat(stored.serviceUrl()).isEqualTo("https://smba.example/europe/");
        assertThat(stored.teamId()).isEqualTo("team-1");
        assertThat(jdbc.sql("SELECT count(*) FROM conversation WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void concurrentFirstContactNeitherFailsNorDuplicates() {
        String id = "19:race-" + System.nanoTime() + "@thread.v2";
        List<CompletableFuture<Void>> writers = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.runAsync(() -> store.remember(reference(id, "https://smba.example/", null))))
                .toList();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();

        assertThat(jdbc.sql("SELECT count(*) FROM conversation WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
        long claims = IntStream.range(0, 5).filter(i -> store.claimWelcome(id)).count();
        assertThat(claims).isEqualTo(1);
    }

    @Test
    void pagedQueriesUseTheDialectsLimitAndOffset() {
        for (int i = 0; i < 3; i++) {
            store.remember(reference("00:page-" + i + "-" + System.nanoTime(), "https://smba.example/", null));
        }
        var page = repository.findAll(PageRequest.of(1, 2, Sort.by("id")));

        assertThat(page.getContent()).hasSize(2);
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(3);
    }

    private static ConversationReference reference(String id, String serviceUrl, String teamId) {
        return new ConversationReference(id, "tenant-test", "msteams", serviceUrl, ConversationType.GROUP_CHAT,
                teamId, "28:bot", "Kernebot", "da-DK");
    }
}
