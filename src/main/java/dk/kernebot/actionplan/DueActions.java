package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The open actions of a conversation's handleplan that are due by a date, overdue ones first: the first few, and
 * how many there are in all. Two bounded queries, whatever the size of the plan.
 */
@Service
public class DueActions {

    /** The first {@code shown} due actions, and how many are due in all. */
    public record Due(List<DueAction> shown, int total) {

        public int rest() {
            return total - shown.size();
        }
    }

    private static final String DUE = " FROM plan_action a JOIN handleplan p ON p.id = a.plan_id "
            + "WHERE p.conversation_id = :c AND a.status NOT IN ('FAERDIG', 'OPGIVET') AND a.due_date <= :by";

    private final JdbcClient jdbc;

    DueActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Due dueBy(String conversationId, LocalDate by, LocalDate today, int limit) {
        List<DueAction> shown = jdbc.sql("SELECT a.text, a.owner_name, a.due_date" + DUE
                        + " ORDER BY a.due_date, a.seq, a.id LIMIT :l")
                .param("c", conversationId).param("by", by.toString()).param("l", limit)
                .query((row, n) -> {
                    LocalDate due = LocalDate.parse(row.getString("due_date"));
                    return new DueAction(row.getString("text"), row.getString("owner_name"), due, due.isBefore(today));
                })
                .list();
        int total = shown.size() < limit ? shown.size() : jdbc.sql("SELECT count(*)" + DUE)
                .param("c", conversationId).param("by", by.toString()).query(Integer.class).single();
        return new Due(shown, total);
    }
}
