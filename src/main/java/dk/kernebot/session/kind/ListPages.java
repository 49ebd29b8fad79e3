package dk.kernebot.session.kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which page of a long list (a step's entries, a summary's lines) the step card shows. The card is the same for
 * everyone in the chat, so the page belongs to the step; it is kept with the number of items it was chosen at, and
 * when that number has changed (someone wrote or withdrew an entry) the card is back on its first page.
 */
@Component
class ListPages {

    /** The verb of "Vis flere" and "Tilbage" under a long list; the data carry the page asked for. */
    static final String VERB = "session.page";

    private final JdbcClient jdbc;

    ListPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page chosen for this list while it still has {@code items} items; 1 when none was chosen. */
    int page(StepContext context, int items) {
        return jdbc.sql("SELECT page FROM session_list_page WHERE session_id = :s AND step_id = :step AND item_count = :n")
                .param("s", context.sessionId()).param("step", context.stepId()).param("n", items)
                .query(Integer.class).optional().orElse(1);
    }

    /** "Vis flere" / "Tilbage": the page asked for (a bad number is the first page), for the list as it is now. */
    Outcome choose(StepContext context, StepClick click, int items) {
        int page = parse(click.string("page"));
        jdbc.sql("INSERT INTO session_list_page (session_id, step_id, page, item_count) VALUES (:s, :step, :page, :n) "
                        + "ON CONFLICT (session_id, step_id) DO UPDATE SET page = excluded.page, item_count = excluded.item_count")
                .param("s", context.sessionId()).param("step", context.stepId()).param("page", page).param("n", items)
                .update();
        return Outcome.changed();
    }

    private static int parse(String value) {
        try {
            return value == null ? 1 : Math.max(1, (int) Math.min(100_000, Math.round(Double.parseDouble(value.strip()))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
