package dk.kernebot.privacy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes in batches, one transaction each: a batch is gone as a whole or not at all, so a kill in the middle
 * leaves every record either complete or absent, and the next run goes on where this one stopped. Short
 * transactions also keep SQLite's single writer free for the chat between batches.
 */
@Component
class Batches {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int size;

    Batches(JdbcClient jdbc, PlatformTransactionManager transactions, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.size = settings.batchSize();
    }

    /**
     * Picks up to a batch of ids with {@code selectIds} (which must end in {@code LIMIT :limit}) and hands them to
     * {@code deleteBatch} inside a transaction, until no more are picked.
     *
     * @return how many ids were handled
     */
    int run(String selectIds, Map<String, ?> params, Consumer<List<String>> deleteBatch) {
        int total = 0;
        List<String> previous = List.of();
        while (true) {
            List<String> ids = transaction.execute(status -> {
                List<String> picked = jdbc.sql(selectIds).params(params).param("limit", size)
                        .query((row, n) -> row.getString(1)).list();
                if (!picked.isEmpty()) {
                    deleteBatch.accept(picked);
                }
                return picked;
            });
            if (ids == null || ids.isEmpty()) {
                return total;
            }
            if (ids.equals(previous)) {
                throw new IllegalStateException("A retention batch deleted nothing it picked: " + selectIds);
            }
            total += ids.size();
            previous = ids;
            if (ids.size() < size) {
                return total;
            }
        }
    }

    /** One statement that changes rows in batches of its own ({@code ... IN (SELECT ... LIMIT :limit)}). */
    int repeat(String statement, Map<String, ?> params) {
        int total = 0;
        while (true) {
            Integer changed = transaction.execute(status -> jdbc.sql(statement).params(params).param("limit", size).update());
            int n = changed == null ? 0 : changed;
            total += n;
            if (n < size) {
                return total;
            }
        }
    }

    int size() {
        return size;
    }
}
