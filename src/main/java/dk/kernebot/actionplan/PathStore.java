package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan_path_event table. */
@Component
class PathStore {

    private static final String COLUMNS = "id, plan_id, stage, on_day, by_id, by_name, note, at";

    private final JdbcClient jdbc;
    private final Clock clock;

    PathStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Oldest step first. */
    List<PathEvent> events(String planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_path_event WHERE plan_id = :p ORDER BY at, stage")
                .param("p", planId).query(PathEvent.class).list();
    }

    /**
     * Marks {@code stage} if it is the plan's next step: its predecessor is marked (or is the drafted start) and it
     * is not marked yet. One statement, so two leaders clicking at once mark it once.
     *
     * @return false when it was not the next step any more (someone marked it first)
     */
    boolean mark(String planId, PathStage stage, LocalDate day, UserRef by, String note) {
        PathStage before = stage.previous().orElseThrow();
        String predecessor = before == PathStage.DRAFTED ? ""
                : " AND EXISTS (SELECT 1 FROM plan_path_event WHERE plan_id = :p AND stage = :before)";
        return jdbc.sql("INSERT INTO plan_path_event (" + COLUMNS + ") SELECT :id, :p, :stage, :day, :by, :byName, "
                        + ":note, :at WHERE NOT EXISTS (SELECT 1 FROM plan_path_event WHERE plan_id = :p AND stage = :stage)"
                        + predecessor + " ON CONFLICT (plan_id, stage) DO NOTHING")
                .param("id", UUID.randomUUID().toString()).param("p", planId).param("stage", stage.name())
                .param("before", before.name()).param("day", day.toString())
                .param("by", by.id()).param("byName", by.name())
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("at", clock.millis())
                .update() == 1;
    }
}
