package dk.kernebot.questions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many questions of these conversations still wait for their leader (open or being looked into), in one query. */
@Component
public class OpenQuestions {

    private final JdbcClient jdbc;

    OpenQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return per conversation id; a conversation without open questions is left out */
    public Map<String, Integer> count(List<String> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT conversation_id, count(*) AS n FROM question WHERE conversation_id IN (:ids) "
                        + "AND status IN ('OPEN', 'INVESTIGATING') GROUP BY conversation_id")
                .param("ids", conversationIds)
                .query((row, n) -> Map.entry(row.getString("conversation_id"), row.getInt("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
